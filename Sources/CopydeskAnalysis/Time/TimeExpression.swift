/// A time expression in a draft and, when it can be placed, its value in TimeML TIMEX3 form.
public struct TimeExpression: Sendable, Hashable {
    /// The expression's UTF-8 byte range (`on Wednesday` is `Wednesday`; `last week` is both words).
    public var range: Range<Int>
    /// The TIMEX3 value (`2025-09-03`, `2025-09`, `2025-W36`, `PAST_REF`), or nil when it cannot be placed.
    public var value: String?
    /// Whether the value depends on the publication date (a weekday, `yesterday`, `last week`).
    public var isRelative: Bool
    /// Whether a relative expression was resolved against an anchor.
    public var isAnchored: Bool

    public init(range: Range<Int>, value: String?, isRelative: Bool, isAnchored: Bool) {
        self.range = range
        self.value = value
        self.isRelative = isRelative
        self.isAnchored = isAnchored
    }
}
