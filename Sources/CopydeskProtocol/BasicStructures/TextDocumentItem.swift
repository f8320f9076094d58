/// A document as the client opens it: its URI, language, version and full text.
public struct TextDocumentItem: Codable, Hashable, Sendable {
    public var uri: DocumentURI
    /// The editor's language id (`markdown`, `plaintext`); decides whether the draft is read as Markdown.
    public var languageId: String
    public var version: Int
    public var text: String

    public init(uri: DocumentURI, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }
}
