/// A command line Copydesk cannot run: a message for standard error and exit status 2.
public struct UsageError: Error, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
