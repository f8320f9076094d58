/// A finding a rule test expects: at a marker, with a message (or the start of one).
public struct FindingExpectation: CustomStringConvertible, Sendable {
    /// The marker the finding's range starts at.
    public var marker: String
    /// The expected message, or its beginning when `messagePrefix` is set.
    public var message: String
    /// Whether `message` need only start the finding's message.
    public var messagePrefix: Bool

    public init(_ marker: String, _ message: String, prefix: Bool = false) {
        self.marker = marker
        self.message = message
        self.messagePrefix = prefix
    }

    public var description: String { "\(marker) \(message)" }
}
