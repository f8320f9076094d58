/// LSP's `TextEdit`: replace `range` with `newText`.
///
/// Named `LSPTextEdit` so it never clashes with the text layer's byte-offset `TextEdit`.
public struct LSPTextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String

    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}
