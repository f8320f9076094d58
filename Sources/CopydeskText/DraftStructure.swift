/// The prose of a draft: its front matter, the blocks a reader sees, and a masked copy of the text.
///
/// `prose` has exactly the draft's length, so every UTF-8 byte offset into it is an offset into the draft. Bytes
/// that are not prose — front matter, code, HTML, link targets, Markdown markup, bare URLs — are replaced by spaces
/// (line breaks are kept), which lets every later stage read prose without knowing about markup.
public struct DraftStructure: Sendable {
    /// The markup the draft was read as.
    public let format: DraftFormat
    /// The front matter, when the draft starts with one.
    public let frontMatter: FrontMatter?
    /// The draft's bytes with everything that is not prose replaced by spaces.
    public let prose: [UInt8]
    /// The draft's blocks in order, each a UTF-8 byte range of `prose`.
    public let blocks: [TextBlock]

    public init(format: DraftFormat, frontMatter: FrontMatter?, prose: [UInt8], blocks: [TextBlock]) {
        self.format = format
        self.frontMatter = frontMatter
        self.prose = prose
        self.blocks = blocks
    }

    /// Reads the structure of `bytes` as `format`. Never fails: unclosed markup simply runs to the end.
    public static func parse(_ bytes: [UInt8], format: DraftFormat) -> DraftStructure {
        let frontMatter = FrontMatter.parse(bytes)
        var prose = bytes
        if let frontMatter {
            ProseMask.blank(frontMatter.range, in: &prose)
        }
        let bodyStart = frontMatter?.range.upperBound ?? 0
        var blocks: [TextBlock]
        switch format {
        case .markdown:
            blocks = MarkdownScanner.scan(&prose, from: bodyStart)
        case .plainText:
            blocks = PlainTextScanner.scan(&prose, from: bodyStart)
        }
        blocks = blocks.compactMap { ProseMask.trimmed($0, in: prose) }
        if format == .plainText, let first = blocks.first, PlainTextScanner.isHeadline(first.range, in: prose) {
            blocks[0].kind = .heading(level: 1)
        }
        return DraftStructure(format: format, frontMatter: frontMatter, prose: prose, blocks: blocks)
    }

    /// The text of `range` of the prose, as a string.
    public func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, prose.count))
        let upper = max(lower, min(range.upperBound, prose.count))
        return String(decoding: prose[lower..<upper], as: UTF8.self)
    }
}
