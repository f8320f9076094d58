/// A time expression in a draft and, when it can be placed, its value in TimeML TIMEX3 form.
public struct TimeExpression: Sendable, Hashable {
    /// The expression's UTF-8 byte range (`on Wednesday` is `Wednesday`; `last week` is both words).
    public var range: Range<Int>
    /// The TIMEX3 value (`2025-09-03`, `2025-09`, `2025-W36`, `PAST_REF`), or nil when it cannot be placed.
    public var value: String?
    /// Whether the value depends on the publication date (a weekday, `yesterday`, `last week`, `Sept. 3`).
    public var isRelative: Bool
    /// Whether a relative expression was resolved against an anchor.
    public var isAnchored: Bool
    /// What the words refer to, their tense and their parts, with draft offsets.
    public var mention: TimeMention
    /// The day the expression resolves to, for day-level expressions that could be placed.
    public var date: CivilDate?
    /// Whether a reader can place the expression: it is absolute, it was anchored, or a dateline without a year
    /// gives the day it counts from.
    public var isPlaceable: Bool
    /// The index of the paragraph the expression is in.
    public var paragraph: Int
    /// For an expression counted from the time named before it (`the following year`), that time's UTF-8 byte
    /// range in the draft.
    public var antecedent: Range<Int>?

    public init(
        range: Range<Int>, value: String?, isRelative: Bool, isAnchored: Bool, mention: TimeMention,
        date: CivilDate? = nil, isPlaceable: Bool, paragraph: Int
    ) {
        self.range = range
        self.value = value
        self.isRelative = isRelative
        self.isAnchored = isAnchored
        self.mention = mention
        self.date = date
        self.isPlaceable = isPlaceable
        self.paragraph = paragraph
    }

    /// What the expression refers to.
    public var reference: TimeReference { mention.reference }
}
