/// `textDocument/didSave`: the editor wrote a document to disk.
public struct DidSaveTextDocumentNotification: NotificationType, Hashable {
    public static let method = "textDocument/didSave"

    public var textDocument: TextDocumentIdentifier
    /// The saved text, when the server asked for it (Copydesk does not).
    public var text: String?

    public init(textDocument: TextDocumentIdentifier, text: String? = nil) {
        self.textDocument = textDocument
        self.text = text
    }
}
