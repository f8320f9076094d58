/// What a time expression refers to, read from its words alone, before any publication date is known.
///
/// Absolute references (`Sept. 3, 2025`, `2024`, `the 1990s`) carry their own value. Partial and relative ones
/// (`Sept. 3`, `in March`, `Wednesday`, `last week`) are completed by `TimeResolver` against the draft's anchor.
public enum TimeReference: Sendable, Hashable {
    /// A TIMEX3 reference point for vague times.
    public enum Point: String, Sendable, Hashable {
        case past = "PAST_REF"
        case present = "PRESENT_REF"
        case future = "FUTURE_REF"
    }

    /// A full calendar date: `Sept. 3, 2025`, `2025-09-03`, `9/3/2025`.
    case date(CivilDate)
    /// A month and day without a year: `Sept. 3`, `3 September`.
    case monthDay(month: Int, day: Int)
    /// A month, with its year when written (`March 2024`) and a shifter (`last March`).
    case month(Int, year: Int?, shift: TimeShift?)
    /// A month or date in a year named relative to the publication date: `July last year` (years -1),
    /// `Feb. 3 next year`.
    case inRelativeYear(month: Int, day: Int?, years: Int)
    /// A year: `2024`, `fiscal 1989`.
    case year(Int)
    /// A reporting period of a year: `the 1988 period`, `the 1989 quarter` (the quarter comes from the story).
    case periodOfYear(Int)
    /// A decade by its first year: `the 1990s` is 1990.
    case decade(Int)
    /// A century by its number: `the 20th century` is 20.
    case century(Int)
    /// A season, quarter or half, with its year when written (`the third quarter of 1989`) and a shifter.
    case yearPart(YearPart, year: Int?, shift: TimeShift?)
    /// The most recent reporting quarter: `the quarter`, `the latest quarter`.
    case latestQuarter
    /// The same period a year earlier: `year-earlier`, `the year-ago quarter`.
    case yearEarlier(quarter: Bool)
    /// A weekday, with a shifter when written (`last Wednesday`); `weeks` moves it by whole weeks
    /// (`Wednesday of last week` is -1).
    case weekday(Int, shift: TimeShift?, weeks: Int)
    /// A weekday written with a date: `Wednesday, Sept. 3, 2025` (the year may be missing).
    case weekdayDate(weekday: Int, month: Int, day: Int, year: Int?)
    /// A day counted from the publication date: `today` 0, `yesterday` -1, `three days ago` -3.
    case dayOffset(Int)
    /// A calendar unit counted from the publication date: `last week` (week, -1), `this year` (year, 0).
    case unitOffset(CalendarUnit, Int)
    /// A holiday, with its year when written.
    case holiday(Holiday, year: Int?, shift: TimeShift?)
    /// A vague time: `recently`, `now`, `in the coming weeks`.
    case point(Point)
    /// A clock time with no day written: `at 3 p.m.` (the day is the publication date's).
    case clockOnly
    /// A unit counted from the time the story named last, not from the publication date: `the following year`
    /// (year, 1), `the next day` (day, 1), `that year` (year, 0), `two years later` (year, 2).
    case anaphoric(CalendarUnit, Int)
    /// A weekday counted from the day the story named last: `the previous Friday` (forward false), `the following
    /// Monday`; with no day named before it, from the publication date, as `last Friday` and `next Monday` are.
    case anaphoricWeekday(Int, forward: Bool)

    /// Whether the reference needs the publication date to be placed.
    public var isRelative: Bool {
        switch self {
        case .date, .year, .periodOfYear, .decade, .century, .point: return false
        case .month(_, let year, _), .yearPart(_, let year, _), .holiday(_, let year, _): return year == nil
        case .weekdayDate(_, _, _, let year): return year == nil
        case .monthDay, .inRelativeYear, .latestQuarter, .yearEarlier, .weekday, .dayOffset, .unitOffset, .clockOnly:
            return true
        // Relative to the time named before it; `AnaphoricTimes` says whether that one was.
        case .anaphoric, .anaphoricWeekday: return true
        }
    }

    /// A short name for the kind of reference, for JSON output: `date`, `monthDay`, `weekday`, `dayOffset` …
    public var kind: String {
        switch self {
        case .date: return "date"
        case .monthDay: return "monthDay"
        case .month: return "month"
        case .inRelativeYear: return "monthOfRelativeYear"
        case .year: return "year"
        case .periodOfYear: return "periodOfYear"
        case .decade: return "decade"
        case .century: return "century"
        case .yearPart: return "yearPart"
        case .latestQuarter: return "latestQuarter"
        case .yearEarlier: return "yearEarlier"
        case .weekday: return "weekday"
        case .weekdayDate: return "weekdayDate"
        case .dayOffset: return "dayOffset"
        case .unitOffset: return "unitOffset"
        case .holiday: return "holiday"
        case .point: return "vague"
        case .clockOnly: return "clock"
        case .anaphoric, .anaphoricWeekday: return "anaphoric"
        }
    }

    /// Whether a reader who knows the publication day but not its year can place the reference: everything finer
    /// than a year, and nothing that counts in years.
    var isPlaceableWithoutYear: Bool {
        switch self {
        case .unitOffset(let unit, _): return unit == .day || unit == .week || unit == .weekend || unit == .month
        case .yearEarlier, .latestQuarter, .inRelativeYear: return false
        default: return true
        }
    }
}
