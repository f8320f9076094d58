/// A time expression as read from one paragraph: where it is, what it refers to and the tense around it.
///
/// Every range is a paragraph-relative UTF-8 byte range (end exclusive); `TimePass` moves them into the draft.
public struct TimeMention: Sendable, Hashable {
    /// The grammatical time of the clause the expression sits in, which decides which Wednesday is meant.
    public enum Tense: String, Sendable, Hashable {
        case past, present, future, unknown
        /// The present progressive ("is meeting"), which puts a weekday ahead but says nothing about a month.
        case progressive
    }

    /// The expression's words (`Wednesday`, `last week`, `10 p.m. Wednesday`).
    public var range: Range<Int>
    /// What the words refer to.
    public var reference: TimeReference
    /// The tense of the clause, read from its verbs.
    public var tense: Tense
    /// A part of the day the expression names (`Wednesday night`, `this morning`).
    public var dayPart: DayPart?
    /// A clock time the expression names, as hour (0–24) and minute.
    public var clock: ClockTime?
    /// For a weekday written with a date, the weekday and the comma after it (`Wednesday, ` in
    /// `Wednesday, Sept. 3`), so fixes can drop or change it.
    public var weekdayRange: Range<Int>?
    /// For a weekday written with a date, the date's words (`Sept. 3, 2025`).
    public var dateRange: Range<Int>?
    /// Whether the expression is a vague time a writer may want to make precise (`recently`, `in recent weeks`).
    public var isVague: Bool
    /// Whether the expression names the week around its day (`the week of March 6`), so its value is that week.
    public var isWeekOf: Bool

    public init(
        range: Range<Int>, reference: TimeReference, tense: Tense = .unknown, dayPart: DayPart? = nil,
        clock: ClockTime? = nil, weekdayRange: Range<Int>? = nil, dateRange: Range<Int>? = nil, isVague: Bool = false,
        isWeekOf: Bool = false
    ) {
        self.range = range
        self.reference = reference
        self.tense = tense
        self.dayPart = dayPart
        self.clock = clock
        self.weekdayRange = weekdayRange
        self.dateRange = dateRange
        self.isVague = isVague
        self.isWeekOf = isWeekOf
    }

    /// The mention with every range moved by `offset` bytes (from paragraph-relative to draft offsets).
    func shifted(by offset: Int) -> TimeMention {
        var copy = self
        copy.range = (range.lowerBound + offset)..<(range.upperBound + offset)
        copy.weekdayRange = weekdayRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        copy.dateRange = dateRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return copy
    }
}

/// A time of day: `3:30 p.m.` is 15:30.
public struct ClockTime: Sendable, Hashable {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }
}
