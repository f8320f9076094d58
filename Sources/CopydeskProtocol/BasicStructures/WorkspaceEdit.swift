/// Changes to documents: either versioned `documentChanges` (which a client refuses to apply to a buffer that
/// has moved on) or plain `changes` by URI, for clients without `documentChanges` support.
public struct WorkspaceEdit: ResponseType, Hashable {
    public var changes: [String: [LSPTextEdit]]?
    public var documentChanges: [TextDocumentEdit]?

    public init(changes: [String: [LSPTextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
        self.changes = changes
        self.documentChanges = documentChanges
    }
}

/// Edits to one document at one version.
public struct TextDocumentEdit: Codable, Hashable, Sendable {
    public var textDocument: OptionalVersionedTextDocumentIdentifier
    public var edits: [LSPTextEdit]

    public init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [LSPTextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }
}
