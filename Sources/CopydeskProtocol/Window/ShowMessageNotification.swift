/// `window/showMessage` (server to client): a message the editor shows the user.
public struct ShowMessageNotification: NotificationType, Hashable {
    public static let method = "window/showMessage"

    public var type: WindowMessageType
    public var message: String

    public init(type: WindowMessageType, message: String) {
        self.type = type
        self.message = message
    }
}
