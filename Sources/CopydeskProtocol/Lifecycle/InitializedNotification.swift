/// `initialized`: the client has received the `initialize` result; the server may now send its own requests.
public struct InitializedNotification: NotificationType, Hashable {
    public static let method = "initialized"

    public init() {}
}
