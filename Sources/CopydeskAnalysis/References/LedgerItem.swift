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

/// A mention candidate placed in the draft, for the document pass: where its candidate is (the ledger reads the
/// candidate from its paragraph's facts rather than keeping a copy) and what the pass has decided about it.
struct LedgerItem {
    /// The paragraph the mention is in.
    let paragraph: Int
    /// The candidate's index among its paragraph's candidates.
    let candidateIndex: Int
    /// The draft offset of the paragraph when the ledger was built: candidate ranges plus this are draft ranges.
    let paragraphStart: Int
    /// Whether the paragraph is a heading, where short forms are house style and introduce no one.
    let isHeading: Bool
    /// The entity the mention joined, once it has joined one.
    var entity: Int?
    /// Whether the mention names its entity in full.
    var isFullForm = false
    /// What is wrong with the mention, by item and entity indices so a cached ledger stays valid as text shifts.
    var issue: PendingIssue?
    init(index: Int, paragraph: Paragraph, isHeading: Bool) {
        self.paragraph = paragraph.index
        self.candidateIndex = index
        self.paragraphStart = paragraph.start
        self.isHeading = isHeading
    }

    /// A paragraph-relative range of the item's paragraph as a draft range, as the draft stood when the ledger was
    /// built.
    func inDraft(_ range: Range<Int>) -> Range<Int> {
        (range.lowerBound + paragraphStart)..<(range.upperBound + paragraphStart)
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
