/// One `copydesk` subcommand: its name, its help, and how it runs.
public protocol Subcommand {
    /// The word that selects it (`check`).
    static var name: String { get }
    /// One line for `copydesk --help`.
    static var summary: String { get }
    /// The full `copydesk NAME --help` text.
    static var help: String { get }
    /// Runs with `arguments` (after the subcommand name) and returns the exit status.
    static func run(_ arguments: [String], console: Console) -> Int32
}

/// The exit statuses every subcommand uses.
public enum ExitStatus {
    /// Success: nothing at or above the failure threshold.
    public static let success: Int32 = 0
    /// Findings at or above the failure threshold (or, for lookups, nothing found).
    public static let findings: Int32 = 1
    /// A usage, IO or configuration error.
    public static let error: Int32 = 2
}
