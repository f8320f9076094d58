/// How much a finding matters, in LSP's four levels.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case error
    case warning
    case information
    case hint

    /// Error is the most severe; `a < b` means `a` is more severe than `b`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .information: return 2
        case .hint: return 3
        }
    }

    /// Whether this severity is at least as severe as `threshold`.
    public func isAtLeast(_ threshold: Severity) -> Bool {
        rank <= threshold.rank
    }

    /// Reads a severity as users write it: `error`, `warning`/`warn`, `information`/`info`, `hint`.
    public init?(userValue: String) {
        switch userValue.lowercased() {
        case "error": self = .error
        case "warning", "warn": self = .warning
        case "information", "info": self = .information
        case "hint": self = .hint
        default: return nil
        }
    }
}
