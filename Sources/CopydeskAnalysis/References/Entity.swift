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

    public init(id: Int, name: String, kind: Kind, description: String? = nil, mentions: [Mention]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.mentions = mentions
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

    public init(range: Range<Int>, form: Form) {
        self.range = range
        self.form = form
    }
}
