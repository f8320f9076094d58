/// `workspace/diagnostic/refresh` (server to client): settings changed, so pull every document's diagnostics again.
public struct DiagnosticRefreshRequest: RequestType, ParameterlessMessage, Hashable {
    public static let method = "workspace/diagnostic/refresh"
    public typealias Response = VoidResponse

    public init() {}
}
