/// What time expressions contribute to hover and inlay hints.
extension DraftAnalysis {
    /// The hover for a time expression under `offset`: its value and the anchor it was resolved against.
    func timeHover(at offset: Int) -> HoverInfo? {
        nil
    }

    /// Hints after relative expressions with the date they resolve to.
    func timeInlayHints() -> [InlayHintInfo] {
        []
    }
}
