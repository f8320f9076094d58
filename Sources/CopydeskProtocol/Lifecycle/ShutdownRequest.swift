/// `shutdown`: finish what is in flight and answer; after it only `exit` is accepted.
public struct ShutdownRequest: RequestType, ParameterlessMessage, Hashable {
    public static let method = "shutdown"
    public typealias Response = VoidResponse

    public init() {}
}
