/// Whether a rule runs and at what severity, after configuration.
public struct RuleSetting: Sendable, Hashable {
    public var isEnabled: Bool
    public var severity: Severity

    public init(isEnabled: Bool, severity: Severity) {
        self.isEnabled = isEnabled
        self.severity = severity
    }
}
