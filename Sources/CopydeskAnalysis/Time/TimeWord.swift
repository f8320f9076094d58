/// What one word means to time recognition: a month, a weekday, a unit, a shifter like `last`, a vague time.
///
/// `TimeLexicon` maps lowercase words to these; `TimeRecognizer` combines them into expressions.
enum TimeWord: Sendable, Hashable {
    /// A month by its full name (`September`), 1–12.
    case month(Int)
    /// A month by its abbreviation (`Sept`, `Jan`), 1–12; news copy writes it with a period.
    case monthAbbreviation(Int)
    /// A day of the week, ISO numbered: 1 = Monday … 7 = Sunday.
    case weekday(Int)
    /// A day named relative to the publication date: `today` 0, `yesterday` -1, `tomorrow` 1, `tonight` 0 at night.
    case deictic(days: Int, part: DayPart?)
    /// A part of the day: `morning`, `afternoon`, `evening`, `night`, `overnight`.
    case dayPart(DayPart)
    /// A named clock time: `noon` and `midday` are 12, `midnight` 24.
    case clockWord(hour: Int)
    /// `a.m.` or `p.m.` (and `am`, `pm`).
    case meridiem(isPM: Bool)
    /// A calendar unit: `day`, `week`, `month`, `year`, `decade`, `quarter`, `weekend` (singular and plural).
    case unit(CalendarUnit, isPlural: Bool)
    /// A season: `spring`, `summer`, `fall`, `autumn`, `winter`.
    case season(YearPart)
    /// An ordinal that can number a quarter or half: `first` 1 … `fourth` 4, and `final`/`last` as 4.
    case ordinal(Int)
    /// A number written as a word: `one` 1 … `twenty` 20, `thirty` … `hundred`.
    case cardinal(Int)
    /// A word that picks one occurrence relative to now: `last`, `next`, `this`, `past`, `coming`.
    case shift(TimeShift)
    /// A word that narrows an expression without changing its value: `early`, `late`, `mid`, `earlier`, `later`.
    case modifier
    /// `ago`, `earlier`, `later`, `before`, `after`, `hence`: the direction of a counted offset.
    case direction(isPast: Bool)
    /// A vague time with a fixed TIMEX3 reference value (`recently` is PAST_REF).
    case vague(TimeReference.Point, isFlagged: Bool)
    /// A holiday name.
    case holiday(Holiday)
    /// A decade written as a word: `nineties` is 1990.
    case decadeName(Int)
    /// A compound like `third-quarter` or `year-earlier`.
    case compound(TimeCompound)
    /// A time-zone abbreviation that may follow a clock time (`EST`, `GMT`).
    case timeZone
    /// `fiscal`, which may precede a year or quarter.
    case fiscal
    /// `end`, `beginning`, `start`: `the end of March` narrows `March`.
    case boundary
    /// The article `the`.
    case the
    /// `that`, which points back to a time already named (`that year`, `later that day`).
    case that
    /// `a` or `an`, which count as one in `a week ago`.
    case article
}

/// A part of the day, with its TIMEX3 suffix.
public enum DayPart: String, Sendable, Hashable {
    case morning = "MO"
    case afternoon = "AF"
    case evening = "EV"
    case night = "NI"
}

/// The calendar units relative expressions count in.
public enum CalendarUnit: Sendable, Hashable {
    case day, week, weekend, month, quarter, half, year, decade, century
}

/// Which occurrence a shifter word picks.
public enum TimeShift: Sendable, Hashable {
    /// `last`, `past`, `previous`: the one before the publication date.
    case last
    /// `this`, `current`: the one containing it.
    case this
    /// `next`, `coming`, `following`: the one after it.
    case next
}

/// A part of a year: seasons, quarters and halves, each with its TIMEX3 code.
public enum YearPart: Sendable, Hashable {
    case spring, summer, fall, winter
    case quarter(Int)
    case half(Int)

    /// The TIMEX3 suffix: `SP`, `SU`, `FA`, `WI`, `Q1`…`Q4`, `H1`, `H2`.
    public var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .fall: return "FA"
        case .winter: return "WI"
        case .quarter(let number): return "Q\(number)"
        case .half(let number): return "H\(number)"
        }
    }

    /// The first and last month the part covers, counted from January of its year as 1 (winter runs from
    /// December into the next year, so its months are 12...14).
    var months: ClosedRange<Int> {
        switch self {
        case .spring: return 3...5
        case .summer: return 6...8
        case .fall: return 9...11
        case .winter: return 12...14
        case .quarter(let number): return (number * 3 - 2)...(number * 3)
        case .half(let number): return (number * 6 - 5)...(number * 6)
        }
    }
}

/// Holidays whose date a reader can work out from the year.
public enum Holiday: Sendable, Hashable {
    case newYearsDay, newYearsEve, valentinesDay, easter, memorialDay, independenceDay, laborDay, halloween
    case thanksgiving, christmasEve, christmas, electionDay
}

/// Hyphenated compounds that carry a time reference on their own.
enum TimeCompound: Sendable, Hashable {
    /// `third-quarter`, `first-half`.
    case yearPart(YearPart)
    /// `year-earlier`, `year-ago`: the same period a year before.
    case yearEarlier
    /// `year-end`: the end of the current year.
    case yearEnd
}
