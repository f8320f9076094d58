import CopydeskJSON

/// `workspace/didChangeConfiguration`: the editor's settings changed. Clients that answer
/// `workspace/configuration` often send `null` here and expect the server to ask again.
public struct DidChangeConfigurationNotification: NotificationType, Hashable {
    public static let method = "workspace/didChangeConfiguration"

    public var settings: JSONValue?

    public init(settings: JSONValue?) {
        self.settings = settings
    }
}
