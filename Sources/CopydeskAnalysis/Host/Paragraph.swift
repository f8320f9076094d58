import CopydeskText

/// One paragraph of an analysed draft: its place in the draft and its cached facts.
public struct Paragraph: Sendable {
    /// The paragraph's position among the draft's paragraphs, from 0.
    public let index: Int
    /// The paragraph's UTF-8 byte range in the draft and its block kind.
    public let block: TextBlock
    /// The facts read from its text, with paragraph-relative offsets.
    public let facts: ParagraphFacts

    public init(index: Int, block: TextBlock, facts: ParagraphFacts) {
        self.index = index
        self.block = block
        self.facts = facts
    }

    /// The draft offset of the paragraph's first byte.
    public var start: Int { block.range.lowerBound }

    /// A paragraph-relative range as a range of the draft.
    public func absolute(_ range: Range<Int>) -> Range<Int> {
        (range.lowerBound + start)..<(range.upperBound + start)
    }

    /// A range of the draft as a paragraph-relative range, clamped to the paragraph.
    public func relative(_ range: Range<Int>) -> Range<Int> {
        let lower = max(0, min(range.lowerBound - start, facts.bytes.count))
        let upper = max(lower, min(range.upperBound - start, facts.bytes.count))
        return lower..<upper
    }
}
