/// An entity while the document pass builds it: the words that name it, the evidence for its kind, and its
/// mentions as indices into the pass's items.
struct LedgerEntity {
    /// The fullest name words seen so far.
    var words: [String]
    /// The item whose text gave `words`: the entity's name as written.
    var nameItem: Int?
    /// The name, knowledge note and record id, settled once the ledger is built (they do not move with offsets).
    var settled: (name: String, note: KnowledgeNote?, knowledgeID: String?)?
    /// The items that mention it, in the order they joined.
    var items: [Int] = []
    /// Evidence for each kind, weighted, in the order person, organization, place, other.
    private var votes = (0, 0, 0, 0)
    /// What the draft says the entity is: titles, roles, appositives.
    var roles: [String] = []
    /// The lowercased words of `roles`, for matching descriptions.
    var roleWords: Set<Substring> = []
    /// Knowledge's category and description words for the name and whether it is a country, once a description
    /// has asked (`EntityLedger.knowledgeWords`).
    var knowledgeWords: (words: Set<String>, isCountry: Bool)?
    var gender: ReferenceLexicon.Gender?
    var acronym: String?
    /// The document order of its first full-form mention, if any.
    var firstFull: Int?
    /// The document order of its latest mention so far in the pass.
    var lastSeen = -1
    /// Whether the words around some mention show a person: a title, role, appositive or speech verb.
    var personEvidence = false

    init(words: [String]) {
        self.words = words
    }

    /// The kind with the most evidence; ties prefer person, then organization, then place.
    var kind: Entity.Kind {
        var best: Entity.Kind = .other
        var bestVotes = 0
        if votes.0 > bestVotes { best = .person; bestVotes = votes.0 }
        if votes.1 > bestVotes { best = .organization; bestVotes = votes.1 }
        if votes.2 > bestVotes { best = .place; bestVotes = votes.2 }
        if votes.3 > bestVotes { best = .other }
        return best
    }

    mutating func vote(_ kind: Entity.Kind?, _ weight: Int = 1) {
        switch kind {
        case .person: votes.0 += weight
        case .organization: votes.1 += weight
        case .place: votes.2 += weight
        case .other: votes.3 += weight
        case nil: break
        }
    }

    /// Whether a pronoun or description of `gender` may refer to the entity.
    func fits(_ gender: ReferenceLexicon.Gender?) -> Bool {
        guard let gender, let own = self.gender else { return true }
        return gender == own
    }
}
