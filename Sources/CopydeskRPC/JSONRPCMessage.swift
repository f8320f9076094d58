import CopydeskJSON
import CopydeskProtocol

/// One JSON-RPC 2.0 message, read from or written to a frame body.
public enum JSONRPCMessage: Sendable, Hashable {
    case request(id: RequestID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    case response(id: RequestID, result: JSONValue)
    case errorResponse(id: RequestID?, error: ResponseError)

    /// Why a JSON value is not a message, and the id to answer with (when one could be read).
    public struct Invalid: Error, Sendable, Hashable {
        public var id: RequestID?
        public var error: ResponseError
        /// Whether the sender expects an answer: a request with a usable id, or something unreadable.
        public var expectsReply: Bool
    }

    /// Reads a message from the JSON of a frame body.
    public static func parse(_ json: JSONValue) -> Result<JSONRPCMessage, Invalid> {
        guard case .object(let object) = json else {
            let what = json.arrayValue != nil ? "batches are not supported by LSP" : "expected an object, found \(json.typeName)"
            return .failure(Invalid(id: nil, error: .invalidRequest("not a JSON-RPC message: \(what)"), expectsReply: true))
        }
        let rawID = object["id"]
        let id = rawID.flatMap(RequestID.init(json:))
        func invalid(_ message: String) -> Result<JSONRPCMessage, Invalid> {
            // A notification expects no answer; anything with an id (or an unusable one) does.
            let isNotification = object["method"]?.stringValue != nil && rawID == nil
            return .failure(Invalid(id: id, error: .invalidRequest(message), expectsReply: !isNotification))
        }
        guard object["jsonrpc"] == "2.0" else { return invalid("not a JSON-RPC 2.0 message: \"jsonrpc\" must be \"2.0\"") }
        if let methodValue = object["method"] {
            guard let method = methodValue.stringValue else { return invalid("\"method\" must be a string") }
            // Params of the wrong type are the handler's to reject (-32602), not a malformed message.
            let params: JSONValue? = object["params"] == .null ? .none : object["params"]
            guard let rawID else { return .success(.notification(method: method, params: params)) }
            guard let id else { return invalid("the id of \(method) must be an integer or a string, not \(rawID.typeName)") }
            return .success(.request(id: id, method: method, params: params))
        }
        if let error = object["error"] {
            guard let code = error["code"]?.intValue, let message = error["message"]?.stringValue else {
                return invalid("an error response needs an integer code and a message")
            }
            return .success(.errorResponse(id: id, error: ResponseError(code: ErrorCode(rawValue: code), message: message, data: error["data"])))
        }
        if let result = object["result"] {
            guard let id else { return invalid("a response needs the id of its request") }
            return .success(.response(id: id, result: result))
        }
        return invalid("neither a request, a notification nor a response")
    }

    /// The message as JSON.
    public var json: JSONValue {
        var object: [String: JSONValue] = ["jsonrpc": "2.0"]
        switch self {
        case .request(let id, let method, let params):
            object["id"] = id.json
            object["method"] = .string(method)
            if let params, params != .null { object["params"] = params }
        case .notification(let method, let params):
            object["method"] = .string(method)
            if let params, params != .null { object["params"] = params }
        case .response(let id, let result):
            object["id"] = id.json
            object["result"] = result
        case .errorResponse(let id, let error):
            object["id"] = id?.json ?? .null
            var body: [String: JSONValue] = ["code": .int(error.code.rawValue), "message": .string(error.message)]
            if let data = error.data { body["data"] = data }
            object["error"] = .object(body)
        }
        return .object(object)
    }

    /// The method of a request or notification.
    public var method: String? {
        switch self {
        case .request(_, let method, _), .notification(let method, _): return method
        case .response, .errorResponse: return nil
        }
    }
}
