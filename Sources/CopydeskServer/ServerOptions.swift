/// How `copydesk serve` was asked to run.
public struct ServerOptions: Sendable {
    /// A directory to record the session's messages into as a protocol fixture, if any.
    public var recordDirectory: String?

    public init(recordDirectory: String? = nil) {
        self.recordDirectory = recordDirectory
    }
}
