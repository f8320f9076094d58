/// How much the server reports about its own work through `$/logTrace`.
public enum TraceValue: String, Codable, Hashable, Sendable {
    case off
    case messages
    case verbose
}
