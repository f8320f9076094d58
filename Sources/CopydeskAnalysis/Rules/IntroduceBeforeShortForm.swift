import CopydeskText

/// Finds references the reader cannot resolve because nothing introduced them earlier: a bare surname or title
/// and surname before the full name ("Schiff said" before "Adam Schiff"), an acronym before it is spelled out, a
/// description such as "the Russian leader" before anyone it could mean, and a story that opens on "He".
///
/// When the full form comes later, the finding points to it and the fix moves it up by writing the full form in
/// place of the short one; when knowledge gives a first-reference form, the fix offers that instead.
struct IntroduceBeforeShortForm: Rule {
    static let id = "dangling-reference"
    static let defaultSeverity = Severity.warning
    static let summary = "A short form, description, pronoun or acronym comes before the draft introduces what it refers to."
    static let explanation = """
        News style introduces everyone and everything once, in full, before using short forms: "Rep. Adam Schiff" \
        before "Schiff", "the Shanghai Cooperation Organization (SCO)" before "SCO". A short form that comes first \
        — often because an edit cut or moved the first reference — leaves the reader guessing. Give the full name \
        at the first mention; the quick fix writes the later full form (or the newsroom's first-reference form) in \
        place of the short one. A bare surname never given in full is flagged when the words around it show a \
        person: a title or role, an appositive ("Viljoen, leader of the party,"), a role said of it ("Kall is \
        director of debate"), a party tag ("Vitter (R-La.)"), a quotation or credit line credited to it ("said \
        Onarheim.", "“…,” Okafor said.", "― Padilla"), a family or campaign ("Slepian's wife"); a pronoun after \
        someone the story does not name ("a spokesman said. He added") refers to them. Acronyms readers know \
        (U.S., UN, NATO, EU, FBI …) need no spelling out; add your own with the `knownAcronyms` setting. Quoted \
        speech is never flagged, and headlines, decks and labels, which use bare surnames by house style, are not \
        either unless the desk holds them to body style with `"checkHeadlineReferences": true`.
        """
    static let example = """
        Schiff said the committee would meet. … Rep. Adam Schiff, the top Democrat, …
        → Rep. Adam Schiff said the committee would meet. …
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var found: [Finding] = []
        for entity in analysis.entities {
            for mention in entity.mentions {
                switch mention.issue {
                case .dangling(let fullForm)?:
                    found.append(finding(for: mention, fullForm: fullForm, entity: entity, in: analysis))
                case .unexpandedAcronym(let expansion)?:
                    let acronym = analysis.text(mention.range)
                    let spelled = "\(expansion) (\(acronym))"
                    let fix = Fix(title: Self.spellOut(spelled), edits: [TextEdit(range: mention.range, replacement: spelled)], isPreferred: true)
                    found.append(finding(Self.acronymNeverSpelledOut(acronym, expansion), at: mention.range, fixes: [fix]))
                default:
                    continue
                }
            }
        }
        for mention in analysis.unresolvedReferences {
            guard case .dangling(let fullForm) = mention.issue else { continue }
            found.append(finding(for: mention, fullForm: fullForm, entity: nil, in: analysis))
        }
        return found
    }

    private func finding(for mention: Mention, fullForm: Range<Int>?, entity: Entity?, in analysis: DraftAnalysis) -> Finding {
        let short = analysis.text(mention.range)
        let full = fullForm.map { analysis.text($0) }
        var related: [RelatedLocation] = []
        var fixes: [Fix] = []
        if let fullForm, let full {
            related.append(RelatedLocation(range: fullForm, message: Self.introducedHere(full)))
            if full != short {
                fixes.append(Fix(title: Self.useFullForm(full), edits: [TextEdit(range: mention.range, replacement: full)], isPreferred: true))
            }
        }
        if let firstReference = entity?.knowledgeNote?.firstReference, firstReference != full {
            let range = (mention.titleRange?.lowerBound ?? mention.range.lowerBound)..<mention.range.upperBound
            fixes.append(Fix(title: Self.useFullForm(firstReference), edits: [TextEdit(range: range, replacement: firstReference)], isPreferred: fixes.isEmpty))
        }
        let message: String
        switch mention.form {
        case .name: message = full.map { Self.nameBeforeFullForm(short, $0) } ?? Self.nameNeverIntroduced(short)
        case .acronym: message = full.map { Self.acronymBeforeSpelledOut(short, $0) } ?? Self.descriptionWithoutReferent(short)
        case .description: message = full.map { Self.nameBeforeFullForm(short, $0) } ?? Self.descriptionWithoutReferent(short)
        case .pronoun: message = Self.pronounWithoutReferent(short)
        }
        return finding(message, at: mention.range, related: related, fixes: fixes)
    }

    // MARK: - Messages

    static func nameBeforeFullForm(_ short: String, _ full: String) -> String {
        "“\(short)” comes before the draft introduces \(full); give the full name at this first reference"
    }

    static func nameNeverIntroduced(_ short: String) -> String {
        "“\(short)” is never introduced; give the person's full name at the first reference"
    }

    static func acronymBeforeSpelledOut(_ short: String, _ full: String) -> String {
        "“\(short)” is used before it is spelled out as \(full); spell it out at the first reference"
    }

    static func acronymNeverSpelledOut(_ short: String, _ expansion: String) -> String {
        "“\(short)” is never spelled out; spell it out at the first reference (\(expansion))"
    }

    static func spellOut(_ spelled: String) -> String {
        "Spell it out: “\(spelled)”"
    }

    static func descriptionWithoutReferent(_ short: String) -> String {
        "“\(short)” refers to no one the draft has introduced; name them first"
    }

    static func pronounWithoutReferent(_ short: String) -> String {
        "“\(short)” comes before anyone it could refer to; name the person first"
    }

    static func introducedHere(_ full: String) -> String {
        "\(full) is introduced here"
    }

    static func useFullForm(_ full: String) -> String {
        "Use the full form “\(full)”"
    }
}
