/// `textDocument/publishDiagnostics` (server to client): the complete diagnostics of a document at `version`.
public struct PublishDiagnosticsNotification: NotificationType, Hashable {
    public static let method = "textDocument/publishDiagnostics"

    public var uri: DocumentURI
    /// The document version the diagnostics were computed for; nil for files that are not open.
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: DocumentURI, version: Int?, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}
