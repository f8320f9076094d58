import CopydeskText

/// One possible mention read from a paragraph's text alone: a name, acronym, description or pronoun, with what the
/// words around it say about it. Every range is a paragraph-relative UTF-8 byte range.
///
/// The document pass decides which candidates are mentions and which entity each joins.
public struct MentionCandidate: Sendable, Hashable {
    /// What the candidate's words are.
    public enum Shape: Sendable, Hashable {
        /// Capitalised name words (`Volodymyr Zelensky`, `Zelensky`, `Dimension Data`).
        case name
        /// An all-capitals abbreviation (`SCO`, `U.S.`).
        case acronym
        /// A definite description (`the Russian leader`, `the ministry`).
        case description
        /// A third-person pronoun (`he`, `her`).
        case pronoun
    }

    /// Where the candidate stands in its sentence and paragraph.
    public struct Position: Sendable, Hashable {
        /// The index of its sentence in the paragraph.
        public var sentence: Int
        /// Whether it opens its sentence (after any opening quote marks), where every word is capitalised.
        public var opensSentence: Bool
        /// Whether it stands inside quotation marks.
        public var isQuoted: Bool
        /// Whether it opens its clause, before any verb: the clause's likely subject.
        public var isClauseSubject: Bool
    }

    /// The mention's range: the name without titles or a possessive ending, the acronym, the description or pronoun.
    public var range: Range<Int>
    public var shape: Shape
    /// The name's words without a possessive ending (`["Volodymyr", "Zelensky"]`); the head word of a description
    /// (`["leader"]`); the pronoun, lowercased.
    public var words: [String]
    public var position: Position
    /// The kind the words themselves show (an organization suffix, a title, a place word), if they show one.
    public var kindHint: Entity.Kind?
    /// The title, honorific or role before the name (`Ukrainian President`, `Dr.`, `Democratic pollster`).
    public var title: String?
    /// The range of the title written before the name, if any.
    public var titleRange: Range<Int>?
    /// Whether the title names one office-holder well enough to introduce them (`President`).
    public var titleIdentifies = false
    /// Whether the title is an honorific (`Mr.`, `Dr.`) rather than an office.
    public var isHonorific = false
    /// The role an appositive gives the name (`a spokeswoman for the ministry`), if one follows it.
    public var appositive: String?
    /// The gender the title, honorific, role or pronoun implies.
    var gender: ReferenceLexicon.Gender?
    /// A nationality or organization word qualifying a description (`Russian` in `the Russian leader`).
    public var qualifier: String?
    /// For a spelled-out name followed by its acronym in brackets, the acronym; for an acronym, its expansion.
    public var pairedForm: Range<Int>?
    /// Whether the name is used as a modifier (`the Obama administration`), needing no introduction of its own.
    public var isAttributive = false
    /// Whether the name stands next to a result verb or score (`Leicestershire beat Somerset`, `Surrey 123`), as
    /// teams do.
    public var isInSportsResult = false
    /// Whether the name is a place's standing for its team in a result or table: an entity of its own.
    public var isTeam = false
    /// Whether a kinship noun introduces the name (`his wife, Laura`).
    public var isRelation = false
    /// Whether a speech verb stands right before or after the name (`Schiff said`, `said Fowler`).
    public var isSpeaker = false
    /// Whether the words around the name are ones only a person's name takes: attribution with the speech verb
    /// first (`said Fowler.`) or on a line after a quotation (`“…” ― Padilla`), a party and state tag (`Vitter
    /// (R-La.)`, `Graham, R-S.C.,`), a relative or campaign of theirs (`Clinton's wife`).
    public var wordsShowAPerson = false
    /// Whether the name stands in a line where capitals say nothing about names: written in capitals throughout (a
    /// wire headline or dateline) or a label in title case.
    public var isAllCaps = false
    /// Whether a preposition of place comes right before the name (`in Tianjin`).
    public var followsPlacePreposition = false
    /// For a pronoun, whether a noun for a person the draft has not named comes before it in its paragraph
    /// (`a spokesman said … He added`).
    public var followsUnnamedPerson = false

    /// For names and acronyms, what the document pass looks the name up by, worked out once when the paragraph is
    /// read (and cached with it) rather than on every ledger build: see `settleLookupKeys`.
    /// The words that name the entity, without particles and joiners.
    var nameWords: [String] = []
    /// The name as a lookup key: words joined, capitals folded for names set in capitals.
    var key = ""
    /// The last name word folded (`LedgerItem.fold`), and its spelling skeleton (`NameSpelling`).
    var surnameKey = ""
    var surnameSkeleton: String?

    public init(range: Range<Int>, shape: Shape, words: [String], position: Position) {
        self.range = range
        self.shape = shape
        self.words = words
        self.position = position
    }

    /// Works out `nameWords`, `key`, `surnameKey` and `surnameSkeleton` from the words, for names and acronyms.
    mutating func settleLookupKeys() {
        guard shape == .name || shape == .acronym else { return }
        // Particles are not name words (`Von der Leyen` is a short form), except a name's last word.
        nameWords = words.enumerated().filter { offset, word in
            !LedgerItem.joiners.contains(word) && (offset == words.count - 1 || !ReferenceLexicon.nameParticles.contains(word.lowercased()))
        }.map(\.element)
        let name = words.count == 1 ? words[0] : words.joined(separator: " ")
        // A word of a title-case label is written as the name is, so it meets the name's other mentions.
        key = isAllCaps && TokenText.isAllCaps(name) ? LedgerItem.fold(name) : LedgerItem.normalize(name)
        if isTeam { key = "team " + LedgerItem.fold(name) }
        if let last = nameWords.last {
            surnameKey = LedgerItem.fold(last)
            surnameSkeleton = NameSpelling.skeleton(last)
        }
    }

    /// The name as written, its words joined by spaces.
    public var name: String { words.joined(separator: " ") }
}
