/// `workspace/inlayHint/refresh` (server to client): settings changed, so ask for inlay hints again.
public struct InlayHintRefreshRequest: RequestType, ParameterlessMessage, Hashable {
    public static let method = "workspace/inlayHint/refresh"
    public typealias Response = VoidResponse

    public init() {}
}
