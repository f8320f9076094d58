/// A check that reads a finished `DraftAnalysis` and reports findings.
///
/// One rule lives in one file named as an instruction (`AttributeDirectQuotes`); its `id` is what users see and
/// configure. A rule reports findings at its `defaultSeverity`; `RuleRegistry` applies the user's configuration
/// (switching rules off, changing severities), so rules never read settings for that.
public protocol Rule: Sendable {
    /// The kebab-case id users see and configure (`unattributed-quote`).
    static var id: String { get }
    /// The severity of its findings unless configuration says otherwise.
    static var defaultSeverity: Severity { get }
    /// Whether the rule runs unless configuration switches it on.
    static var isEnabledByDefault: Bool { get }
    /// One sentence saying what the rule finds.
    static var summary: String { get }
    /// One paragraph saying why it matters and how to fix what it finds.
    static var explanation: String { get }
    /// A short example draft that the rule flags, and how it reads when fixed.
    static var example: String { get }

    init()

    /// The findings in `analysis`, at `Self.defaultSeverity`.
    func findings(in analysis: DraftAnalysis) -> [Finding]
}

extension Rule {
    public static var isEnabledByDefault: Bool { true }

    /// A finding of this rule at its default severity.
    public func finding(
        _ message: String, at range: Range<Int>, related: [RelatedLocation] = [], fixes: [Fix] = []
    ) -> Finding {
        Finding(rule: Self.id, severity: Self.defaultSeverity, message: message, range: range, related: related, fixes: fixes)
    }
}
