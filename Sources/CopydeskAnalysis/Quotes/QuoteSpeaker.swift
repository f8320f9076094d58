/// The words in a draft that credit a quote, and the entity they resolve to.
public struct QuoteSpeaker: Sendable, Hashable {
    /// What kind of words credit the quote.
    public enum Form: String, Sendable, Hashable {
        /// A name, with or without title (`Putin`, `Sen. Lindsey Graham`).
        case name
        /// A pronoun (`he`, `they`).
        case pronoun
        /// A description (`a Kremlin spokesman`, `the ministry`, `critics`).
        case description
    }

    /// How the draft ties the speaker to the quote.
    public enum Credit: String, Sendable, Hashable {
        /// A speech cue in the quote's own sentence (`“…,” he said`, `Putin said: “…”`, `According to X, “…”`).
        case cue
        /// An earlier quote of the same paragraph, whose speaker goes on talking.
        case earlierQuote
        /// A later quote of the same paragraph with nothing between them (`“…” “…,” she said.`).
        case laterQuote
        /// A speech cue earlier in the same paragraph (`Smith said the vote was close. “…”`).
        case earlierSentence
        /// The subject of the sentence a fragment of speech is woven into, with no speech verb
        /// (`Trump admires Putin as a “strong leader”`).
        case subject
        /// A lead-in ending in a colon, in the same sentence or as the paragraph before (`Caddell continued:`).
        case leadIn
        /// Another paragraph of the same multi-paragraph quote.
        case continuedQuote
    }

    /// The UTF-8 byte range of the crediting words.
    public var range: Range<Int>
    /// The id of the `Entity` the words refer to, when the ledger resolves them.
    public var entityID: Int?
    public var form: Form
    public var credit: Credit
    /// For a pronoun the ledger does not resolve: the UTF-8 byte range of the named speaker it most likely means
    /// (the last one credited before it), so hover and hints can still say who is talking.
    public var antecedent: Range<Int>?

    public init(range: Range<Int>, entityID: Int? = nil, form: Form = .name, credit: Credit = .cue, antecedent: Range<Int>? = nil) {
        self.range = range
        self.entityID = entityID
        self.form = form
        self.credit = credit
        self.antecedent = antecedent
    }
}
