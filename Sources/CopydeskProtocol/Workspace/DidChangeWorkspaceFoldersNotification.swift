/// `workspace/didChangeWorkspaceFolders`: folders were added to or removed from the workspace.
public struct DidChangeWorkspaceFoldersNotification: NotificationType, Hashable {
    public static let method = "workspace/didChangeWorkspaceFolders"

    public var event: WorkspaceFoldersChangeEvent

    public init(event: WorkspaceFoldersChangeEvent) {
        self.event = event
    }
}

/// The folders added and removed.
public struct WorkspaceFoldersChangeEvent: Codable, Hashable, Sendable {
    public var added: [WorkspaceFolder]
    public var removed: [WorkspaceFolder]

    public init(added: [WorkspaceFolder], removed: [WorkspaceFolder]) {
        self.added = added
        self.removed = removed
    }
}
