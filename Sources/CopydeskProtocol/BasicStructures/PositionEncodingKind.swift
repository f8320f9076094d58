/// The unit in which positions count characters: `utf-8`, `utf-16` (every client's default) or `utf-32`.
///
/// A struct rather than an enum so that a client offering an encoding Copydesk does not know is not an error.
public struct PositionEncodingKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let utf8 = PositionEncodingKind(rawValue: "utf-8")
    public static let utf16 = PositionEncodingKind(rawValue: "utf-16")
    public static let utf32 = PositionEncodingKind(rawValue: "utf-32")
}
