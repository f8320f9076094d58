/// A reference issue as the ledger records it: by item and ledger-entity indices, turned into draft ranges and
/// entity ids only when the ledger is finished.
enum PendingIssue: Hashable {
    /// Not introduced before; `fullItem` is the item naming it in full later (its bracketed form when `paired`).
    case dangling(fullItem: Int?, paired: Bool)
    /// An acronym never spelled out whose expansion knowledge gives.
    case unexpanded(expansion: String)
    /// Fits several entities equally, by ledger index.
    case ambiguous([Int])
    /// A variant spelling; `firstItem` is the first reference, nil for the newsroom's preferred spelling.
    case variant(preferred: String, firstItem: Int?)
}

/// A mention candidate placed in the draft: its candidate facts with draft offsets, for the document pass.
struct LedgerItem {
    /// The candidate as read from its paragraph (paragraph-relative offsets).
    var candidate: MentionCandidate
    /// The draft offset of the paragraph the mention is in: candidate ranges plus this are draft ranges.
    let paragraphStart: Int
    /// The paragraph the mention is in.
    let paragraph: Int
    /// Whether the paragraph is a heading, where short forms are house style and introduce no one.
    let isHeading: Bool
    /// The entity the mention joined, once it has joined one.
    var entity: Int?
    /// Whether the mention names its entity in full.
    var isFullForm = false
    /// What is wrong with the mention, by item and entity indices so a cached ledger stays valid as text shifts.
    var issue: PendingIssue?
    /// The words that name the entity, without particles and joiners.
    let nameWords: [String]
    /// The name as a lookup key: words joined, capitals folded for names set in capitals.
    let key: String

    init(candidate: MentionCandidate, paragraph: Paragraph, isHeading: Bool) {
        self.candidate = candidate
        self.paragraphStart = paragraph.start
        self.paragraph = paragraph.index
        self.isHeading = isHeading
        let words = candidate.words
        // Particles are not name words (`Von der Leyen` is a short form), except a name's last word.
        nameWords = words.enumerated().filter { offset, word in
            !Self.joiners.contains(word) && (offset == words.count - 1 || !ReferenceLexicon.nameParticles.contains(word.lowercased()))
        }.map(\.element)
        let name = words.count == 1 ? words[0] : words.joined(separator: " ")
        key = candidate.isAllCaps ? LedgerItem.fold(name) : LedgerItem.normalize(name)
    }

    /// The mention's UTF-8 byte range in the draft.
    var range: Range<Int> { inDraft(candidate.range) }
    /// The title's UTF-8 byte range in the draft, if any.
    var titleRange: Range<Int>? { candidate.titleRange.map(inDraft) }
    /// The paired acronym or spelled-out form's UTF-8 byte range in the draft, if any.
    var pairedRange: Range<Int>? { candidate.pairedForm.map(inDraft) }

    private func inDraft(_ range: Range<Int>) -> Range<Int> {
        (range.lowerBound + paragraphStart)..<(range.upperBound + paragraphStart)
    }

    /// Whether the mention is a short form that needs an earlier introduction: a one-word name, with or without
    /// a title that does not identify on its own.
    var isShortName: Bool {
        candidate.shape == .name && nameWords.count == 1 && !candidate.titleIdentifies && !candidate.isRelation
    }

    /// Whether a finding may be reported on the mention: not in a heading, not quoted speech, not a modifier.
    var isReportable: Bool {
        !isHeading && !candidate.position.isQuoted && !candidate.isAttributive && !candidate.isAllCaps
    }

    /// A name with its capitals folded as a key: `LEICESTERSHIRE` and `Leicestershire` meet.
    static func fold(_ text: String) -> String {
        normalize(text).lowercased()
    }

    /// A name with apostrophes and dashes written one way: `O’Neill` and `O'Neill` meet.
    static func normalize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return text }
        return String(text.map { character -> Character in
            switch character {
            case "’", "‘", "`", "ʼ": return "'"
            case "‐", "‑", "–": return "-"
            default: return character
            }
        })
    }

    static let joiners: Set<String> = ["of", "for", "the", "&", "and"]
}
