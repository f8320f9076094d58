/// What the entity ledger contributes to hover and the outline.
extension DraftAnalysis {
    /// The entity card for a mention under `offset`.
    func entityHover(at offset: Int) -> HoverInfo? {
        nil
    }

    /// People, organizations and places.
    func entitySymbols() -> [SymbolInfo] {
        []
    }
}
