/// Someone or something the draft mentions, with every mention that refers to it.
public struct Entity: Sendable, Hashable {
    /// What kind of thing the entity is.
    public enum Kind: String, Sendable, Hashable {
        case person, organization, place, other
    }

    /// A number unique within one analysis.
    public var id: Int
    /// The fullest name the draft (or knowledge) gives it.
    public var name: String
    public var kind: Kind
    /// What the draft or knowledge says it is ("Ukrainian President"), if anything.
    public var description: String?
    /// Every mention in document order.
    public var mentions: [Mention]
    /// What the draft itself says the entity is: titles, roles and appositives, in order of appearance.
    public var roles: [String] = []
    /// The index in `mentions` of the first reference that introduces the entity in full, if the draft has one.
    public var introduction: Int?
    /// The acronym the draft or knowledge gives the entity (`SCO`), if any.
    public var acronym: String?
    /// What knowledge says about the entity, if it knows it.
    public var knowledgeNote: KnowledgeNote?
    /// The id of the knowledge record the entity matched (`person:vladimir-putin`), if any.
    public var knowledgeID: String?

    public init(id: Int, name: String, kind: Kind, description: String? = nil, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.mentions = mentions
    }

    /// The UTF-8 byte range of the last name mention (with its title) before draft offset `offset`, if any: what a
    /// pronoun at `offset` stands for.
    public func lastNameMention(before offset: Int) -> Range<Int>? {
        guard let mention = mentions.last(where: { $0.form == .name && $0.range.upperBound <= offset }) else { return nil }
        return (mention.titleRange?.lowerBound ?? mention.range.lowerBound)..<mention.range.upperBound
    }

    /// The mention that introduces the entity, or its first mention when the draft never introduces it in full.
    public var firstReference: Mention? {
        if let introduction, mentions.indices.contains(introduction) { return mentions[introduction] }
        return mentions.first
    }
}

/// What knowledge says about an entity, as the hover card shows it.
public struct KnowledgeNote: Sendable, Hashable {
    public var description: String?
    /// The form style wants on first reference ("Russian President Vladimir Putin"), if knowledge gives one.
    public var firstReference: String?
    public var source: String?
    /// The date the facts were true as of (`2025-09-01`).
    public var asOf: String?

    public init(description: String? = nil, firstReference: String? = nil, source: String? = nil, asOf: String? = nil) {
        self.description = description
        self.firstReference = firstReference
        self.source = source
        self.asOf = asOf
    }
}

/// One place the draft names or refers to an entity.
public struct Mention: Sendable, Hashable {
    /// How the mention refers to its entity.
    public enum Form: String, Sendable, Hashable {
        /// A name, full or short (`Vladimir Putin`, `Putin`, `Mr McLetchie`).
        case name
        /// A pronoun (`he`, `they`).
        case pronoun
        /// A description (`the Russian leader`, `the ministry`).
        case description
        /// An acronym (`SCO`).
        case acronym
    }

    /// The UTF-8 byte range of the mention.
    public var range: Range<Int>
    public var form: Form
    /// Whether the mention names the entity in full (a first reference: `Volodymyr Zelensky`, `President Obama`).
    public var isFullForm = false
    /// The UTF-8 byte range of a title or honorific written before the name (`Rep.` in `Rep. Schiff`), if any.
    public var titleRange: Range<Int>?
    /// What is wrong with the mention as a reference, if anything.
    public var issue: ReferenceIssue?

    public init(range: Range<Int>, form: Form) {
        self.range = range
        self.form = form
    }
}

/// Why a mention does not work as a reference.
public enum ReferenceIssue: Sendable, Hashable {
    /// A short form, description, pronoun or acronym the draft has not introduced before it; `fullForm` is the
    /// UTF-8 byte range of the full form when it comes later in the draft.
    case dangling(fullForm: Range<Int>?)
    /// An acronym the draft never spells out; `expansion` is what knowledge says it stands for.
    case unexpandedAcronym(expansion: String)
    /// A description or pronoun that fits several introduced entities equally, by id.
    case ambiguous(candidates: [Int])
    /// A name spelled differently from the entity's first reference or the newsroom's preferred spelling.
    case variantSpelling(preferred: String, firstReference: Range<Int>)
}
