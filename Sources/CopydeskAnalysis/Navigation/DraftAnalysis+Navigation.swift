import CopydeskText

/// The questions an editor asks about a position in an analysed draft, answered in the core's own terms.
///
/// Each feature contributes its part in its own file (`DraftAnalysis+QuoteNavigation.swift` and so on); this file
/// only combines them, so the server and the CLI ask one place.
extension DraftAnalysis {
    /// The hover for the UTF-8 byte `offset`, preferring the most specific thing under it.
    public func hover(at offset: Int) -> HoverInfo? {
        let candidates = [timeHover(at: offset), entityHover(at: offset), quoteHover(at: offset)].compactMap { $0 }
        return candidates.min { $0.range.count < $1.range.count }
    }

    /// The inlay hints whose offsets fall in `range` (UTF-8 byte offsets), in document order.
    public func inlayHints(in range: Range<Int>) -> [InlayHintInfo] {
        (quoteInlayHints() + timeInlayHints())
            .filter { range.contains($0.offset) || $0.offset == range.upperBound }
            .sorted { $0.offset < $1.offset }
    }

    /// The draft's outline: people, organizations and places, then quotes grouped by speaker.
    public func symbols() -> [SymbolInfo] {
        entitySymbols() + quoteSymbols()
    }

    /// The UTF-8 byte range of the first reference to whatever is mentioned at `offset`, if anything.
    public func definition(at offset: Int) -> Range<Int>? {
        entity(at: offset)?.firstReference?.range
    }

    /// Every mention of whatever is mentioned at `offset`, in document order.
    public func references(at offset: Int) -> [Range<Int>] {
        entity(at: offset)?.mentions.map(\.range) ?? []
    }

    /// Actions that apply to the UTF-8 byte `range` whatever the findings there (inserting a `date:` into front
    /// matter, say), best first; features contribute them here.
    public func actions(in range: Range<Int>) -> [Fix] {
        []
    }

    /// The entity one of whose mentions covers `offset`, if any.
    public func entity(at offset: Int) -> Entity? {
        entityMention(at: offset)?.0
    }
}
