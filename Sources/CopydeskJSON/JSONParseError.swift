/// Why a text is not JSON, and where: a UTF-8 byte offset with its one-based line and column.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The UTF-8 byte offset at which parsing failed.
    public var offset: Int
    /// The one-based line of `offset`.
    public var line: Int
    /// The one-based column of `offset`, in bytes.
    public var column: Int
    /// What was wrong, as a sentence fragment ("expected ':' after an object key").
    public var reason: String

    public init(offset: Int, line: Int, column: Int, reason: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String { "line \(line), column \(column): \(reason)" }
}
