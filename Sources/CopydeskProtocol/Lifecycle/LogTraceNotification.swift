/// `$/logTrace` (server to client): one line about the server's work, with detail when tracing is `verbose`.
public struct LogTraceNotification: NotificationType, Hashable {
    public static let method = "$/logTrace"

    public var message: String
    public var verbose: String?

    public init(message: String, verbose: String? = nil) {
        self.message = message
        self.verbose = verbose
    }
}
