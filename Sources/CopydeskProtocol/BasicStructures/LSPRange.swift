import CopydeskJSON

/// LSP's `Range`: from `start` up to, not including, `end`.
///
/// Named `LSPRange` so it never shadows `Swift.Range` in files that use both.
public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

extension LSPRange: JSONValueConvertible {
    public var jsonValue: JSONValue { ["start": start.jsonValue, "end": end.jsonValue] }
}
