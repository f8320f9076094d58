/// One block of a draft: a paragraph, heading, list item or quoted block, as a range of prose.
public struct TextBlock: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: Sendable, Hashable {
        /// A body paragraph.
        case paragraph
        /// A heading; plain-text drafts treat a short first line as the headline (level 1).
        case heading(level: Int)
        /// An item of a bulleted or numbered list.
        case listItem
        /// A Markdown block quote (`> …`).
        case blockQuote
    }

    /// The block's UTF-8 byte range in the draft, trimmed of surrounding whitespace and markup.
    public var range: Range<Int>
    /// What kind of block this is.
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }

    /// Whether the block is a heading or headline, where title case and missing verbs are normal.
    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
