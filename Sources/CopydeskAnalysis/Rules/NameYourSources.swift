/// Finds faceless attribution: sources, critics or observers the draft does not name (`sources said`,
/// `critics say`, `some observers`, `according to people familiar with the matter`, `it is believed`).
///
/// Advice, not an error: anonymous sourcing is sometimes the only way to report a story, and wire copy relies on
/// it, so the rule is off unless a newsroom switches it on (`"rules": {"vague-attribution": "information"}` in
/// `.copydesk.json`, or `true`). When on, it reports at information severity; it offers no fix, since only the
/// writer knows who the source is.
struct NameYourSources: Rule {
    static let id = "vague-attribution"
    static let defaultSeverity = Severity.information
    static let isEnabledByDefault = false
    static let summary = "Attribution to sources, critics or observers the draft does not name."
    static let explanation = """
        Readers weigh a claim by who makes it. "Sources said", "critics say", "some observers" and "it is believed" \
        hide who is talking. Name the source, or say why they cannot be named and what they are in a position to \
        know ("a Treasury official who was not authorized to speak publicly"). Off by default, since anonymous \
        sourcing is routine in wire copy; switch it on for your desk in `.copydesk.json`.
        """
    static let example = """
        Flagged:  Critics say the plan favors developers.
        Fixed:    Council member Ana Ruiz, who voted against the plan, said it favors developers.
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for paragraph in analysis.paragraphs where !paragraph.block.isHeading {
            for range in paragraph.facts.quoteFacts.vagueAttributions {
                let absolute = paragraph.absolute(range)
                findings.append(finding(Self.message(analysis.singleSpaced(analysis.text(absolute))), at: absolute))
            }
        }
        return findings
    }

    // MARK: Messages

    static func message(_ words: String) -> String {
        "“\(words)” does not say who is speaking; name the source, or say why they cannot be named."
    }
}
