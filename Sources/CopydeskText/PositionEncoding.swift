/// The unit in which an editor counts characters within a line.
///
/// LSP 3.17 calls this the position encoding; UTF-16 is the default every client must support.
public enum PositionEncoding: String, Sendable, Hashable, CaseIterable {
    /// Characters are UTF-8 code units (bytes).
    case utf8 = "utf-8"
    /// Characters are UTF-16 code units: a character outside the Basic Multilingual Plane counts two.
    case utf16 = "utf-16"
    /// Characters are Unicode scalars.
    case utf32 = "utf-32"
}

/// A zero-based line and character position in the units of some `PositionEncoding`.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The zero-based line number.
    public var line: Int
    /// The zero-based character offset within the line, in the units of the encoding in use.
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    public var description: String { "\(line):\(character)" }
}

/// A half-open range between two `TextPosition`s.
public struct TextPositionRange: Sendable, Hashable {
    public var start: TextPosition
    public var end: TextPosition

    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }
}
