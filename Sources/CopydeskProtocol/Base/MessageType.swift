import CopydeskJSON

/// The LSP 3.17 messages Copydesk speaks, as plain Codable values.
///
/// CopydeskProtocol knows nothing of transports, files or analysis: it only says what each message looks like.
/// Every message type lives in its own file with its `method`, and `MessageRegistry` lists the ones a client may
/// send. Positions are LSP line/character pairs in whatever encoding was negotiated; this module never converts them.

/// A message's parameters: a request's or a notification's `params`.
public protocol MessageType: Codable, Sendable {}

/// A request: it has a method, parameters, and exactly one `Response` (or an error).
public protocol RequestType: MessageType {
    associatedtype Response: ResponseType
    /// The JSON-RPC method name (`textDocument/hover`).
    static var method: String { get }
}

/// A notification: a method and parameters, never answered.
public protocol NotificationType: MessageType {
    /// The JSON-RPC method name (`textDocument/didOpen`).
    static var method: String { get }
}

/// The result of a request.
public protocol ResponseType: Codable, Sendable {}

extension Optional: ResponseType where Wrapped: ResponseType {}
extension Array: ResponseType where Element: ResponseType {}
extension JSONValue: ResponseType {}

/// The result of requests that answer only `null` (`shutdown`, `client/registerCapability`).
public struct VoidResponse: ResponseType, Hashable {
    public init() {}

    public init(from decoder: any Decoder) throws {}

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

/// A message without parameters (`shutdown`, `exit`): `params` may be absent or `null` and is sent as absent.
public protocol ParameterlessMessage: MessageType {
    init()
}

extension ParameterlessMessage {
    public init(from decoder: any Decoder) throws {
        self.init()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
