/// The words time expressions are built from, as data: months and their AP abbreviations, weekdays, deictic
/// words, units, shifters, seasons, vague times and holidays.
enum TimeLexicon {
    /// Full month names, in order.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// How AP style writes each month before a day: `Jan.`, `Feb.`, `Aug.`, `Sept.`, `Oct.`, `Nov.`, `Dec.`
    /// abbreviated; March through July spelled out.
    static let apMonthForms = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]

    /// Weekday names, ISO order (Monday first).
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Abbreviations news copy uses for months (with a period after them), including non-AP ones.
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    static let deictic: [String: TimeWord] = [
        "today": .deictic(days: 0, part: nil),
        "yesterday": .deictic(days: -1, part: nil),
        "tomorrow": .deictic(days: 1, part: nil),
        "tonight": .deictic(days: 0, part: .night),
    ]

    static let dayParts: [String: DayPart] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night, "overnight": .night,
    ]

    static let clockWords: [String: Int] = ["noon": 12, "midday": 12, "midnight": 24]

    static let units: [String: (CalendarUnit, Bool)] = [
        "day": (.day, false), "days": (.day, true), "week": (.week, false), "weeks": (.week, true),
        "weekend": (.weekend, false), "weekends": (.weekend, true), "month": (.month, false),
        "months": (.month, true), "quarter": (.quarter, false), "quarters": (.quarter, true),
        "half": (.half, false), "year": (.year, false), "years": (.year, true), "decade": (.decade, false),
        "decades": (.decade, true), "century": (.century, false), "centuries": (.century, true),
    ]

    static let seasons: [String: YearPart] = [
        "spring": .spring, "summer": .summer, "fall": .fall, "autumn": .fall, "winter": .winter,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "fiscal-first": 1, "fiscal-second": 2, "fiscal-third": 3, "fiscal-fourth": 4,
    ]

    static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]

    static let shifts: [String: TimeShift] = [
        "last": .last, "past": .last, "previous": .last, "this": .this, "current": .this, "next": .next,
        "coming": .next, "following": .next,
    ]

    /// Words that narrow an expression without changing its TIMEX3 value (`early next year`, `late Wednesday`);
    /// `earlier` and `later` do too (`later this year`), but they are listed as directions (`a year later`).
    static let modifiers: Set<String> = ["early", "late", "mid"]

    static let directions: [String: Bool] = [
        "ago": true, "earlier": true, "before": true, "later": false, "after": false,
        "hence": false,
    ]

    /// Single words with a fixed reference value; `isFlagged` marks the vague ones `undated-event` can report.
    static let vague: [String: (TimeReference.Point, Bool)] = [
        "now": (.present, false), "currently": (.present, false), "nowadays": (.present, false),
        "recently": (.past, true), "lately": (.past, true), "previously": (.past, false), "formerly": (.past, false),
        "soon": (.future, true), "shortly": (.future, true), "recent": (.past, false), "future": (.future, false),
    ]

    /// Decades written as words: `the nineties` is 1990.
    static let decadeNames: [String: Int] = [
        "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
        "eighties": 1980, "nineties": 1990,
    ]

    static let holidays: [String: Holiday] = [
        "christmas": .christmas, "thanksgiving": .thanksgiving, "halloween": .halloween, "easter": .easter,
    ]

    static let compounds: [String: TimeCompound] = [
        "first-quarter": .yearPart(.quarter(1)), "second-quarter": .yearPart(.quarter(2)),
        "third-quarter": .yearPart(.quarter(3)), "fourth-quarter": .yearPart(.quarter(4)),
        "first-half": .yearPart(.half(1)), "second-half": .yearPart(.half(2)),
        "year-earlier": .yearEarlier, "year-ago": .yearEarlier, "year-end": .yearEnd,
    ]

    /// Multiword expressions matched word for word (case-insensitive); `start` is the index of the first word that
    /// belongs to the expression (`in recent weeks` is the expression `recent weeks`).
    static let phrases: [TimePhrase] = {
        var phrases: [TimePhrase] = []
        for unit in ["days", "weeks", "months", "years"] {
            phrases.append(TimePhrase("in recent \(unit)", start: 1, .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("recent \(unit)", .point(.past, isFlagged: false)))
            phrases.append(TimePhrase("in the coming \(unit)", start: 1, .point(.future, isFlagged: true)))
            phrases.append(TimePhrase("in the next few \(unit)", start: 1, .point(.future, isFlagged: true)))
            phrases.append(TimePhrase("in the past few \(unit)", start: 1, .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("over the past few \(unit)", start: 1, .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("in the last few \(unit)", start: 1, .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("over the last few \(unit)", start: 1, .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("a few \(unit) ago", .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("several \(unit) ago", .point(.past, isFlagged: true)))
        }
        phrases += [
            TimePhrase("in the near future", start: 1, .point(.future, isFlagged: true)),
            TimePhrase("at a later date", start: 1, .point(.future, isFlagged: true)),
            TimePhrase("at a future date", start: 1, .point(.future, isFlagged: true)),
            TimePhrase("in the future", start: 1, .point(.future, isFlagged: false)),
            TimePhrase("the future", .point(.future, isFlagged: false)),
            TimePhrase("in the past", start: 1, .point(.past, isFlagged: false)),
            TimePhrase("these days", .point(.present, isFlagged: false)),
            TimePhrase("right now", .point(.present, isFlagged: false)),
            TimePhrase("at the moment", start: 1, .point(.present, isFlagged: false)),
            TimePhrase("at present", start: 1, .point(.present, isFlagged: false)),
            TimePhrase("not long ago", .point(.past, isFlagged: true)),
            TimePhrase("a while ago", .point(.past, isFlagged: true)),
            TimePhrase("the other day", .point(.past, isFlagged: true)),
            TimePhrase("the day before yesterday", .dayOffset(-2)),
            TimePhrase("the day after tomorrow", .dayOffset(2)),
            TimePhrase("new year's day", .holiday(.newYearsDay)),
            TimePhrase("new year’s day", .holiday(.newYearsDay)),
            TimePhrase("new year's eve", .holiday(.newYearsEve)),
            TimePhrase("new year’s eve", .holiday(.newYearsEve)),
            TimePhrase("valentine's day", .holiday(.valentinesDay)),
            TimePhrase("valentine’s day", .holiday(.valentinesDay)),
            TimePhrase("easter sunday", .holiday(.easter)),
            TimePhrase("memorial day", .holiday(.memorialDay)),
            TimePhrase("independence day", .holiday(.independenceDay)),
            TimePhrase("fourth of july", .holiday(.independenceDay)),
            TimePhrase("labor day", .holiday(.laborDay)),
            TimePhrase("thanksgiving day", .holiday(.thanksgiving)),
            TimePhrase("christmas eve", .holiday(.christmasEve)),
            TimePhrase("christmas day", .holiday(.christmas)),
            TimePhrase("election day", .holiday(.electionDay)),
            TimePhrase("the short term", .point(.future, isFlagged: false)),
            TimePhrase("the near term", .point(.future, isFlagged: false)),
            TimePhrase("year end", .unit(.year, 0)),
            TimePhrase("year's end", .unit(.year, 0)),
            TimePhrase("year’s end", .unit(.year, 0)),
            TimePhrase("the full year", .unit(.year, 0)),
            TimePhrase("the fiscal year", .unit(.year, 0)),
            TimePhrase("the current fiscal year", .unit(.year, 0)),
            TimePhrase("the latest fiscal year", .unit(.year, -1)),
            TimePhrase("the previous fiscal year", .unit(.year, -1)),
            TimePhrase("the past year", .unit(.year, -1)),
            TimePhrase("the latest period", .latestQuarter),
            TimePhrase("earlier in the year", .unit(.year, 0)),
            TimePhrase("later in the year", .unit(.year, 0)),
            TimePhrase("earlier in the month", .unit(.month, 0)),
            TimePhrase("later in the month", .unit(.month, 0)),
            TimePhrase("earlier in the week", .unit(.week, 0)),
            TimePhrase("earlier in the day", .dayOffset(0)),
            TimePhrase("later in the day", .dayOffset(0)),
            TimePhrase("later in the week", .unit(.week, 0)),
            TimePhrase("the most recent period", .latestQuarter),
        ]
        for unit in ["days", "weeks", "months", "years", "quarters"] {
            phrases.append(TimePhrase("coming \(unit)", .point(.future, isFlagged: false)))
            phrases.append(TimePhrase("future \(unit)", .point(.future, isFlagged: false)))
            phrases.append(TimePhrase("past \(unit)", .point(.past, isFlagged: false)))
            phrases.append(TimePhrase("the past several \(unit)", .point(.past, isFlagged: true)))
            phrases.append(TimePhrase("the last several \(unit)", .point(.past, isFlagged: true)))
        }
        return phrases
    }()

    /// Time-zone abbreviations news copy puts after a clock time.
    static let timeZones: Set<String> = [
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "ct", "pt",
    ]

    /// What the lexicon knows about one word: its meaning and the phrases it starts.
    struct Entry: Sendable {
        var word: TimeWord?
        /// The index in `phraseGroups` of the phrases that start with this word.
        var phraseGroup: Int?
    }

    /// Every word above in one table, so each token is looked up once.
    static let table: WordTable<Entry> = {
        var entries: [String: Entry] = [:]
        for (word, meaning) in words { entries[word, default: Entry()].word = meaning }
        for (group, first) in phraseFirstWords.enumerated() { entries[first, default: Entry()].phraseGroup = group }
        return WordTable(entries)
    }()

    /// The first words of `phrases`, in the order of `phraseGroups`.
    private static let phraseFirstWords: [String] = {
        var seen: [String] = []
        for phrase in phrases where !seen.contains(phrase.firstWord) { seen.append(phrase.firstWord) }
        return seen
    }()

    /// `phrases` ordered by first word, so each group is a contiguous range of `groupedPhrases`.
    static let groupedPhrases: [TimePhrase] = phraseFirstWords.flatMap { first in phrases.filter { $0.firstWord == first } }

    /// For each first word, the range of `groupedPhrases` that start with it.
    static let phraseGroups: [Range<Int>] = {
        var groups: [Range<Int>] = []
        var start = 0
        for first in phraseFirstWords {
            let count = phrases.lazy.filter { $0.firstWord == first }.count
            groups.append(start..<(start + count))
            start += count
        }
        return groups
    }()

    /// The meaning of every single word.
    private static let words: [String: TimeWord] = {
        var entries: [String: TimeWord] = [:]
        for (index, name) in monthNames.enumerated() { entries[name.lowercased()] = .month(index + 1) }
        for (word, month) in monthAbbreviations { entries[word] = .monthAbbreviation(month) }
        for (index, name) in weekdayNames.enumerated() { entries[name.lowercased()] = .weekday(index + 1) }
        for (word, meaning) in deictic { entries[word] = meaning }
        for (word, part) in dayParts { entries[word] = .dayPart(part) }
        for (word, hour) in clockWords { entries[word] = .clockWord(hour: hour) }
        for word in ["a.m.", "am", "a.m"] { entries[word] = .meridiem(isPM: false) }
        for word in ["p.m.", "pm", "p.m"] { entries[word] = .meridiem(isPM: true) }
        for (word, unit) in units { entries[word] = .unit(unit.0, isPlural: unit.1) }
        for (word, part) in seasons { entries[word] = .season(part) }
        for (word, number) in ordinals { entries[word] = .ordinal(number) }
        for (word, number) in cardinals { entries[word] = .cardinal(number) }
        for (word, shift) in shifts { entries[word] = .shift(shift) }
        for word in modifiers { entries[word] = .modifier }
        for (word, isPast) in directions where entries[word] == nil { entries[word] = .direction(isPast: isPast) }
        for (word, meaning) in vague where entries[word] == nil { entries[word] = .vague(meaning.0, isFlagged: meaning.1) }
        for (word, holiday) in holidays { entries[word] = .holiday(holiday) }
        for (word, decade) in decadeNames { entries[word] = .decadeName(decade) }
        for (word, compound) in compounds { entries[word] = .compound(compound) }
        for word in timeZones { entries[word] = .timeZone }
        for word in boundaries { entries[word] = .boundary }
        entries["fiscal"] = .fiscal
        entries["the"] = .the
        entries["that"] = .that
        entries["a"] = .article
        entries["an"] = .article
        return entries
    }()

    /// Nouns of `the end of`, `the start of` that lead into an expression without changing its value.
    static let boundaries: Set<String> = ["end", "beginning", "start", "middle", "rest", "close", "turn"]
}
