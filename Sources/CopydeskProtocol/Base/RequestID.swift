import CopydeskJSON

/// The id of a JSON-RPC request: an integer or a string, as the sender chose.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }

    /// The id as JSON.
    public var json: JSONValue {
        switch self {
        case .number(let number): return .int(number)
        case .string(let text): return .string(text)
        }
    }

    /// The id `json` holds, or nil when it is neither an integer nor a string.
    public init?(json: JSONValue) {
        switch json {
        case .string(let text): self = .string(text)
        case .int(let number): self = .number(number)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .number(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        }
    }
}
