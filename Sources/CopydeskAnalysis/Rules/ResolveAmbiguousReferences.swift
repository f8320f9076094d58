/// Finds descriptions that fit two or more people in play equally ("the president" with two presidents in the
/// last paragraphs), so the reader cannot tell who is meant.
///
/// This is advice: it names the candidates and points to them, and offers to write the most recent one's name.
struct ResolveAmbiguousReferences: Rule {
    static let id = "ambiguous-reference"
    static let defaultSeverity = Severity.information
    static let summary = "A description fits more than one person the draft has introduced."
    static let explanation = """
        With two presidents in the story, "the president said" leaves the reader to guess which one spoke. Copydesk \
        flags a description whose role fits two people mentioned in the last few paragraphs; name the one you mean, \
        or qualify the description ("the French president").
        """
    static let example = """
        Presidents Ana Ruiz and Tomas Berg met. … The president said …
        → … Ruiz said …
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var found: [Finding] = []
        for entity in analysis.entities {
            for mention in entity.mentions {
                guard case .ambiguous(let ids) = mention.issue else { continue }
                let candidates = ids.compactMap { id in analysis.entities.first { $0.id == id } }
                guard candidates.count >= 2 else { continue }
                let written = analysis.text(mention.range)
                let related = candidates.compactMap { candidate in
                    candidate.firstReference.map { RelatedLocation(range: $0.range, message: Self.candidate(candidate.name)) }
                }
                let fixes = candidates.map { candidate in
                    Fix(title: Self.name(candidate.name), edits: [.init(range: mention.range, replacement: candidate.name)])
                }
                found.append(finding(Self.fitsSeveral(written, candidates.map(\.name)), at: mention.range, related: related, fixes: fixes))
            }
        }
        return found
    }

    // MARK: - Messages

    static func fitsSeveral(_ written: String, _ names: [String]) -> String {
        "“\(written)” could mean \(names.dropLast().joined(separator: ", ")) or \(names.last ?? ""); name the one you mean"
    }

    static func candidate(_ name: String) -> String {
        "\(name) is introduced here"
    }

    static func name(_ name: String) -> String {
        "Write “\(name)”"
    }
}
