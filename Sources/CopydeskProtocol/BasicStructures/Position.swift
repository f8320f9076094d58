import CopydeskJSON

/// A zero-based line and character in a document, counted in the negotiated position encoding.
public struct Position: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    public var description: String { "\(line):\(character)" }
}

extension Position: JSONValueConvertible {
    public var jsonValue: JSONValue { ["line": .int(line), "character": .int(character)] }
}
