import CopydeskJSON

/// The error a request is answered with instead of a result.
public struct ResponseError: Error, Codable, Hashable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    /// One sentence saying what went wrong, for logs and for the user.
    public var message: String
    /// Extra structured information (for `serverCancelled`, whether the client should retry).
    public var data: JSONValue?

    public init(code: ErrorCode, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var description: String { "\(code.rawValue): \(message)" }

    /// The body of a frame was not JSON.
    public static func parseError(_ message: String) -> ResponseError { ResponseError(code: .parseError, message: message) }
    /// The JSON was not a valid request, or the request is not allowed now.
    public static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: .invalidRequest, message: message) }
    /// The parameters did not decode.
    public static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: .invalidParams, message: message) }
    /// The server does not handle the method.
    public static func methodNotFound(_ method: String) -> ResponseError {
        ResponseError(code: .methodNotFound, message: "method not found: \(method)")
    }
    /// The client cancelled the request before it was answered.
    public static let cancelled = ResponseError(code: .requestCancelled, message: "request cancelled")
    /// A request arrived before `initialize`.
    public static let serverNotInitialized = ResponseError(code: .serverNotInitialized, message: "the server is not initialized yet")

    /// The server gave up on a request whose answer went stale; `retrigger` asks the client to ask again.
    public static func serverCancelled(retrigger: Bool, _ message: String) -> ResponseError {
        ResponseError(code: .serverCancelled, message: message, data: ["retriggerRequest": .bool(retrigger)])
    }
}

/// A JSON-RPC or LSP error code.
public struct ErrorCode: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let parseError = ErrorCode(rawValue: -32700)
    public static let invalidRequest = ErrorCode(rawValue: -32600)
    public static let methodNotFound = ErrorCode(rawValue: -32601)
    public static let invalidParams = ErrorCode(rawValue: -32602)
    public static let internalError = ErrorCode(rawValue: -32603)
    public static let serverNotInitialized = ErrorCode(rawValue: -32002)
    public static let unknownErrorCode = ErrorCode(rawValue: -32001)
    public static let requestFailed = ErrorCode(rawValue: -32803)
    public static let serverCancelled = ErrorCode(rawValue: -32802)
    public static let contentModified = ErrorCode(rawValue: -32801)
    public static let requestCancelled = ErrorCode(rawValue: -32800)
}
