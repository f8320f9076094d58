/// Finds one entity spelled two ways in a draft (Zelensky / Zelenskyy, Muhammad / Mohammed) and spellings the
/// newsroom's entity files list under `avoid`.
///
/// The fix writes the spelling of the first reference, or the newsroom's preferred spelling when its entity files
/// name one; the finding points to the first reference.
struct SpellNamesConsistently: Rule {
    static let id = "inconsistent-name"
    static let defaultSeverity = Severity.warning
    static let summary = "A name is spelled differently from its first reference or from the newsroom's preferred spelling."
    static let explanation = """
        Readers take two spellings for two people, and a misspelled name is the correction a newsroom least wants to \
        run. Copydesk joins near-identical spellings of one person's name (Zelensky / Zelenskyy, Muhammad / Mohammed) \
        and flags every spelling that differs from the first reference; spellings your newsroom's entity files list \
        under `avoid` are flagged wherever they appear. The fix writes the preferred spelling.
        """
    static let example = """
        Volodymyr Zelensky spoke first. … Zelenskyy said …
        → Volodymyr Zelensky spoke first. … Zelensky said …
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var found: [Finding] = []
        for entity in analysis.entities {
            for mention in entity.mentions {
                guard case .variantSpelling(let preferred, let firstReference) = mention.issue else { continue }
                let written = analysis.text(mention.range)
                let isNewsroom = firstReference == mention.range
                let message = isNewsroom ? Self.newsroomSpelling(written, preferred) : Self.differsFromFirstReference(written, preferred)
                let related = isNewsroom ? [] : [RelatedLocation(range: firstReference, message: Self.firstReferenceHere(preferred))]
                let fix = Fix(title: Self.usePreferred(preferred), edits: [.init(range: mention.range, replacement: preferred)], isPreferred: true)
                found.append(finding(message, at: mention.range, related: related, fixes: [fix]))
            }
        }
        return found
    }

    // MARK: - Messages

    static func differsFromFirstReference(_ written: String, _ preferred: String) -> String {
        "“\(written)” is spelled “\(preferred)” at the first reference; use one spelling throughout"
    }

    static func newsroomSpelling(_ written: String, _ preferred: String) -> String {
        "Newsroom style spells “\(written)” as “\(preferred)”"
    }

    static func firstReferenceHere(_ preferred: String) -> String {
        "first reference spells it “\(preferred)”"
    }

    static func usePreferred(_ preferred: String) -> String {
        "Spell it “\(preferred)”"
    }
}
