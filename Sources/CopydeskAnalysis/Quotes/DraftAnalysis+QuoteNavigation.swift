/// What quotes contribute to hover, inlay hints and the outline.
extension DraftAnalysis {
    /// The hover for a quote under `offset`: its speaker and cue.
    func quoteHover(at offset: Int) -> HoverInfo? {
        nil
    }

    /// Hints after quotes credited only by a pronoun, naming whom the pronoun means.
    func quoteInlayHints() -> [InlayHintInfo] {
        []
    }

    /// Quotes grouped by speaker.
    func quoteSymbols() -> [SymbolInfo] {
        []
    }
}
