/// What the editor shows when the writer hovers over part of a draft: Markdown about the thing under the cursor.
public struct HoverInfo: Sendable, Hashable {
    /// The UTF-8 byte range of the draft the hover is about (the name, the quote, the time expression).
    public var range: Range<Int>
    /// The hover text, as Markdown.
    public var markdown: String

    public init(range: Range<Int>, markdown: String) {
        self.range = range
        self.markdown = markdown
    }
}
