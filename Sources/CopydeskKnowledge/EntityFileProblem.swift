/// Something wrong with one line of a newsroom entity file: the file, the line, the field and what is wrong.
public struct EntityFileProblem: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is: an error drops the line or the field, a warning only points something out.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// The path of the entity file, as the caller named it.
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// The field at fault (`name`, `aliases`, …), or nil when the line as a whole is (bad JSON, not an object).
    public var field: String?
    public var message: String
    public var severity: Severity
    /// The UTF-8 byte range of the line in the file, end exclusive, without its line break.
    public var range: Range<Int>

    public init(path: String, line: Int, field: String?, message: String, severity: Severity = .error, range: Range<Int>) {
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        self.severity = severity
        self.range = range
    }

    /// `field 'name': message`, or the message alone when the line as a whole is at fault.
    public var fieldMessage: String {
        field.map { "field '\($0)': \(message)" } ?? message
    }

    /// `path:line: severity: field 'name': message`, the form the CLI prints.
    public var description: String {
        "\(path):\(line): \(severity.rawValue): \(fieldMessage)"
    }
}
