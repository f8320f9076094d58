/// The one list of every rule Copydesk runs, and the place configuration is applied to their findings.
public enum RuleRegistry {
    /// Every rule, in the order `copydesk rules` lists them.
    public static let all: [any Rule.Type] = [
        // Quotes and attribution.
        AttributeDirectQuotes.self, CloseEveryQuote.self, NameYourSources.self,

        // References and the entity ledger.
        IntroduceBeforeShortForm.self,
        ResolveAmbiguousReferences.self,
        SpellNamesConsistently.self,

        // Time and dates.
        AnchorRelativeDates.self,
        KeepWeekdaysWithinAWeek.self,
        MatchWeekdayToDate.self,
        MatchDatelineToFrontMatter.self,

        // The draft's own settings.
        WriteValidFrontMatter.self,
    ]

    /// The rule with `id`, if there is one.
    public static func rule(withID id: String) -> (any Rule.Type)? {
        all.first { $0.id == id }
    }

    /// Every rule id.
    public static var ids: [String] { all.map { $0.id } }

    /// Runs every enabled rule over `analysis` and returns their findings with configured severities, in document order.
    public static func findings(in analysis: DraftAnalysis, settings: AnalysisSettings) -> [Finding] {
        var findings: [Finding] = []
        for rule in all {
            let setting = settings.ruleSetting(for: rule)
            guard setting.isEnabled else { continue }
            for var finding in rule.init().findings(in: analysis) {
                // A rule may report some findings below its default (undated-event's lede note); a severity set in
                // configuration applies to all of them.
                if let configured = settings.rules[rule.id]?.severity { finding.severity = configured }
                findings.append(finding)
            }
        }
        findings.sort { ($0.range.lowerBound, $0.range.upperBound, $0.rule) < ($1.range.lowerBound, $1.range.upperBound, $1.rule) }
        return findings
    }
}
