/// The one list of messages a client may send to Copydesk, by method.
///
/// The server decodes a message's parameters into the type registered for its method; a request whose method is
/// not here is answered "method not found" and a notification is ignored. Messages only the server sends
/// (`textDocument/publishDiagnostics`, `workspace/configuration`) are not listed.
public enum MessageRegistry {
    /// Every request a client may send.
    public static let requests: [any RequestType.Type] = [
        InitializeRequest.self,
        ShutdownRequest.self,
        DocumentDiagnosticRequest.self,
        CodeActionRequest.self,
        HoverRequest.self,
        InlayHintRequest.self,
        DocumentSymbolRequest.self,
        DefinitionRequest.self,
        ReferencesRequest.self,
        PrepareRenameRequest.self,
        RenameRequest.self,
        SelectionRangeRequest.self,
    ]

    /// Every notification a client may send.
    public static let notifications: [any NotificationType.Type] = [
        InitializedNotification.self,
        ExitNotification.self,
        CancelRequestNotification.self,
        SetTraceNotification.self,
        DidOpenTextDocumentNotification.self,
        DidChangeTextDocumentNotification.self,
        DidCloseTextDocumentNotification.self,
        DidSaveTextDocumentNotification.self,
        DidChangeConfigurationNotification.self,
        DidChangeWatchedFilesNotification.self,
        DidChangeWorkspaceFoldersNotification.self,
    ]

    private static let requestsByMethod = Dictionary(requests.map { ($0.method, $0) }, uniquingKeysWith: { first, _ in first })
    private static let notificationsByMethod = Dictionary(notifications.map { ($0.method, $0) }, uniquingKeysWith: { first, _ in first })

    /// The request type for `method`, if Copydesk handles it.
    public static func requestType(for method: String) -> (any RequestType.Type)? {
        requestsByMethod[method]
    }

    /// The notification type for `method`, if Copydesk handles it.
    public static func notificationType(for method: String) -> (any NotificationType.Type)? {
        notificationsByMethod[method]
    }
}
