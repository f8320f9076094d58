/// `$/setTrace`: how much the server should report through `$/logTrace` from now on.
public struct SetTraceNotification: NotificationType, Hashable {
    public static let method = "$/setTrace"

    public var value: TraceValue

    public init(value: TraceValue) {
        self.value = value
    }
}
