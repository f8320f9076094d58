/// An entity while the document pass builds it: the words that name it, the evidence for its kind, and its
/// mentions as indices into the pass's items.
struct LedgerEntity {
    /// The fullest name words seen so far.
    var words: [String]
    /// The draft range of the mention that gave `words`, whose text is the entity's name.
    var nameRange: Range<Int>?
    /// The items that mention it, in the order they joined.
    var items: [Int] = []
    /// Evidence for each kind, weighted.
    var votes: [Entity.Kind: Int] = [:]
    /// What the draft says the entity is: titles, roles, appositives.
    var roles: [String] = []
    /// `roles`, lowercased once for matching descriptions.
    var lowercasedRoles: [String] = []
    var gender: ReferenceLexicon.Gender?
    var acronym: String?
    /// The document order of its first full-form mention, if any.
    var firstFull: Int?
    /// The range of its first full-form mention, if any.
    var firstFullRange: Range<Int>?
    /// The document order of its latest mention so far in the pass.
    var lastSeen = -1
    /// Whether the words around some mention show a person: a title, role, appositive or speech verb.
    var personEvidence = false

    init(words: [String]) {
        self.words = words
    }

    /// The kind with the most evidence; ties prefer person, then organization, then place.
    var kind: Entity.Kind {
        let order: [Entity.Kind] = [.person, .organization, .place, .other]
        var best: Entity.Kind = .other
        var bestVotes = 0
        for kind in order where votes[kind, default: 0] > bestVotes {
            best = kind
            bestVotes = votes[kind, default: 0]
        }
        return best
    }

    mutating func vote(_ kind: Entity.Kind?, _ weight: Int = 1) {
        guard let kind else { return }
        votes[kind, default: 0] += weight
    }

    /// Whether a pronoun or description of `gender` may refer to the entity.
    func fits(_ gender: ReferenceLexicon.Gender?) -> Bool {
        guard let gender, let own = self.gender else { return true }
        return gender == own
    }
}
