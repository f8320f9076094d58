/// Weekdays, deictic words, shifted and counted units, seasons and year-earlier compounds: `Wednesday`,
/// `Wednesday night`, `yesterday`, `last week`, `this morning`, `two days ago`, `a year earlier`, `last fall`.
extension TimeRecognizer {
    /// Words after a bare season that keep it a time rather than a modifier of a noun (`summer camp`).
    static let seasonFollowers: Set<String> = [
        "and", "or", "when", "as", "to", "before", "after", "in", "on", "at", "with", "for", "but", "that", "because",
        "while", "if", "is", "was", "will", "would", "had", "has", "have", "the", "a", "an", "he", "she", "they", "it",
        "we", "i", "you", "there", "this", "his", "her", "their", "its", "our", "until", "than", "amid", "despite",
    ]

    /// `Wednesday`, `Wednesday's`, `Wednesday night`, `Wednesday, Sept. 3, 2025`, `Wednesday of last week`.
    func weekdayLed(at index: Int, limit: Int) -> Match? {
        guard case .weekday(let weekday) = items[index].word, items[index].isCapitalized else { return nil }
        // `each Thursday`, `every Friday` are recurring, not a date.
        if isAnyWord(index - 1, ["each", "every"]) { return nil }
        if !items[index].isPossessive {
            // `Wednesday, Sept. 3, 2025` or `Wednesday Sept. 3`.
            var next = index + 1
            if next < limit, isMark(next, ",") { next += 1 }
            if next < limit, let date = monthLed(at: next, limit: limit) {
                switch date.reference {
                case .date(let value):
                    return Match(
                        start: index, end: date.end,
                        reference: .weekdayDate(weekday: weekday, month: value.month, day: value.day, year: value.year),
                        weekdayTokens: index..<next, dateTokens: next..<date.end
                    )
                case .monthDay(let month, let day):
                    return Match(
                        start: index, end: date.end, reference: .weekdayDate(weekday: weekday, month: month, day: day, year: nil),
                        weekdayTokens: index..<next, dateTokens: next..<date.end
                    )
                default:
                    break
                }
            }
        }
        var match = Match(start: index, end: index + 1, reference: .weekday(weekday, shift: nil, weeks: 0))
        extendDayPart(&match, limit: limit)
        // `Wednesday of last week`, `Wednesday of next week`
        let next = match.end
        if next + 2 < limit, isWord(next, "of"), case .shift(let shift) = items[next + 1].word,
            case .unit(.week, false) = items[next + 2].word, !items[next + 2].isPossessive
        {
            match.reference = .weekday(weekday, shift: nil, weeks: shift == .last ? -1 : shift == .next ? 1 : 0)
            match.end = next + 3
        }
        return match
    }

    /// Whether a word is a calendar unit or part of the day (capitalized after a capitalized shifter, a title).
    static func isUnitWord(_ word: TimeWord) -> Bool {
        switch word {
        case .unit, .dayPart: return true
        default: return false
        }
    }

    /// Adds a following part of the day to a day-level match: `Wednesday night`, `yesterday morning`.
    func extendDayPart(_ match: inout Match, limit: Int) {
        guard match.end < limit, !items[match.end - 1].isPossessive, case .dayPart(let part) = items[match.end].word else { return }
        match.dayPart = part
        match.end += 1
    }

    /// `today`, `yesterday`, `tomorrow`, `tonight`, `yesterday morning`, `today's`.
    func deicticLed(at index: Int, limit: Int) -> Match? {
        guard case .deictic(let days, let part) = items[index].word else { return nil }
        // `USA Today`, `VOA Today`: a capitalized deictic word after a name is part of the name; `the people of
        // tomorrow` is the future in general.
        if items[index].isCapitalized, index > 0, items[index - 1].kind == .word, items[index - 1].isCapitalized { return nil }
        if isWord(index - 1, "of") { return nil }
        var match = Match(start: index, end: index + 1, reference: .dayOffset(days), dayPart: part)
        if part == nil { extendDayPart(&match, limit: limit) }
        return match
    }

    /// `last week`, `this year`, `next month`, `last Wednesday`, `this morning`, `last night`, `last fall`,
    /// `next March`, `the past week`.
    func shiftLed(at index: Int, limit: Int) -> Match? {
        guard case .shift(let shift) = items[index].word, index + 1 < limit else { return nil }
        let next = index + 1
        // `This Week`, `Next Year`: a title, not a time.
        if items[index].isCapitalized, items[next].isCapitalized, items[next].word.map(Self.isUnitWord) == true { return nil }
        let offset = shift == .last ? -1 : shift == .next ? 1 : 0
        switch items[next].word {
        case .weekday(let weekday) where items[next].isCapitalized:
            var match = Match(start: index, end: next + 1, reference: .weekday(weekday, shift: shift, weeks: 0))
            extendDayPart(&match, limit: limit)
            return match
        case .month(let month) where items[next].isCapitalized:
            return Match(start: index, end: next + 1, reference: .month(month, year: nil, shift: shift))
        case .season(let part):
            return Match(start: index, end: next + 1, reference: .yearPart(part, year: nil, shift: shift))
        case .holiday(let holiday):
            return Match(start: index, end: next + 1, reference: .holiday(holiday, year: nil, shift: shift))
        case .dayPart(let part):
            // `this morning` is today's; `last night` is yesterday's; `last evening` too.
            guard shift != .next else { return nil }
            let days = shift == .last ? -1 : 0
            return Match(start: index, end: next + 1, reference: .dayOffset(days), dayPart: part)
        case .unit(.year, false) where items[next].isPossessive && next + 1 < limit && isAnyWord(next + 1, ["quarter", "period"]):
            // `last year's quarter` is the year-ago quarter of a results story.
            guard shift == .last else { return nil }
            return Match(start: index, end: next + 2, reference: .yearEarlier(quarter: true))
        case .unit(let unit, false):
            if unit == .half { return nil }
            if unit == .day {
                // `the next day`, `the previous day` are narrative time, not the publication date's.
                return nil
            }
            return Match(start: index, end: next + 1, reference: .unitOffset(unit, offset))
        default:
            return nil
        }
    }

    /// Expressions that start with `the`: `the weekend`, `the third quarter`, `the 1990s`, `the quarter`,
    /// `the year-ago quarter`, `the past week`, `the summer`, `the 20th century`, `the fiscal first quarter`.
    func theLed(at index: Int, limit: Int) -> Match? {
        let next = index + 1
        guard next < limit else { return nil }
        func startingHere(_ match: Match?) -> Match? {
            guard var match else { return nil }
            match.start = index
            return match
        }
        if let anaphor = anaphoricUnit(at: next, limit: limit) { return startingHere(anaphor) }
        if let number = items[next].number {
            switch number {
            case .decade, .ordinal: return startingHere(numberLed(at: next, limit: limit))
            case .integer(let value, 4) where (1000...2999).contains(value):
                // `the 1988 period`, `the 1989 third quarter`
                if next + 1 < limit, isAnyWord(next + 1, ["period", "quarter"]) {
                    return Match(start: index, end: next + 2, reference: .periodOfYear(value))
                }
                if next + 1 < limit, isAnyWord(next + 1, ["season", "year"]) {
                    return Match(start: index, end: next + 2, reference: .year(value))
                }
                if next + 1 < limit, let quarter = ordinalLed(at: next + 1, limit: limit) {
                    guard case .yearPart(let part, nil, nil) = quarter.reference else { return nil }
                    return Match(start: index, end: quarter.end, reference: .yearPart(part, year: value, shift: nil))
                }
                return nil
            default:
                return nil
            }
        }
        switch items[next].word {
        case .ordinal:
            return startingHere(ordinalLed(at: next, limit: limit))
        case .fiscal:
            return startingHere(fiscalLed(at: next, limit: limit))
        case .unit(.weekend, false):
            return Match(start: index, end: next + 1, reference: .unitOffset(.weekend, 0))
        case .unit(.quarter, false):
            return Match(start: index, end: next + 1, reference: .latestQuarter)
        case .shift(let shift) where shift == .last || isWord(next, "coming") || isWord(next, "current"):
            // `the past week`, `the coming year`, `the current quarter`; `the last quarter of 2024` is Q4.
            // `the last two quarters of 1989` is its second half.
            if shift == .last, isWord(next, "last"), next + 2 < limit {
                var unit = next + 1
                let isPair = isWord(unit, "two") && isWord(unit + 1, "quarters")
                if isPair { unit += 1 }
                if isPair || isAnyWord(unit, ["quarter", "half"]), let (year, end) = yearAfter(unit + 1, limit: limit) {
                    let part = isPair || isWord(unit, "half") ? YearPart.half(2) : .quarter(4)
                    return Match(start: index, end: end, reference: .yearPart(part, year: year, shift: nil))
                }
            }
            return startingHere(shiftLed(at: next, limit: limit))
        case .compound(.yearEarlier):
            if next + 1 < limit, isAnyWord(next + 1, ["quarter", "period"]) {
                return Match(start: index, end: next + 2, reference: .yearEarlier(quarter: true))
            }
            return nil
        case .season:
            return startingHere(seasonLed(at: next, limit: limit, introduced: true))
        case .decadeName(let decade):
            return Match(start: index, end: next + 1, reference: .decade(decade))
        case .unit(.week, false) where next + 2 < limit && isWord(next + 1, "of"):
            // `the week of March 6`: the week around the date.
            guard var date = monthLed(at: next + 2, limit: limit) else { return nil }
            switch date.reference {
            case .date, .monthDay: break
            default: return nil
            }
            date.start = index
            date.isWeekOf = true
            return date
        case .unit(let unit, false) where unit == .year || unit == .month || unit == .week:
            // `for the year`, `the end of the month`, `the week's most active session`: the current one. `the year
            // before`, `the week of March 6` count from something else; `a high for the year of $42` does not.
            let introduced = items[next].isPossessive || isAnyWord(index - 1, ["for", "through", "during", "throughout", "of"])
            if !introduced || items[next].isCapitalized { return nil }
            if next + 1 < limit, !items[next].isPossessive,
                isAnyWord(next + 1, ["before", "after", "earlier", "later", "that", "when", "of", "following", "since", "ago", "in", "prior"]),
                !(isWord(next + 1, "of") && next + 2 < limit && (items[next + 2].kind == .symbol || items[next + 2].kind == .number))
            {
                return nil
            }
            return Match(start: index, end: next + 1, reference: .unitOffset(unit, 0))
        default:
            break
        }
        // `the same period last year`, `the corresponding quarter a year earlier`, `the comparable period of 1988`
        if isAnyWord(next, ["same", "corresponding", "comparable", "like"]), next + 2 < limit, isAnyWord(next + 1, ["period", "quarter"]) {
            let after = next + 2
            if let (years, end) = relativeYear(at: after, limit: limit), years == -1 {
                return Match(start: index, end: end, reference: .yearEarlier(quarter: true))
            }
            if after + 2 < limit, items[after].word == .article, isWord(after + 1, "year"), isAnyWord(after + 2, ["ago", "earlier"]) {
                return Match(start: index, end: after + 3, reference: .yearEarlier(quarter: true))
            }
            if let (year, end) = yearAfter(after, limit: limit) {
                return Match(start: index, end: end, reference: .periodOfYear(year))
            }
            return nil
        }
        // `the latest quarter`, `the most recent quarter`
        if isWord(next, "latest") || isWord(next, "recent"), next + 1 < limit, case .unit(.quarter, false) = items[next + 1].word {
            return Match(start: index, end: next + 2, reference: .latestQuarter)
        }
        if isWord(next, "most"), next + 2 < limit, isWord(next + 1, "recent"), case .unit(.quarter, false) = items[next + 2].word {
            return Match(start: index, end: next + 3, reference: .latestQuarter)
        }
        return nil
    }

    /// `that year`, `that same day`, `that night`: the unit of the time the story named last.
    func thatLed(at index: Int, limit: Int) -> Match? {
        var next = index + 1
        if next < limit, isWord(next, "same") { next += 1 }
        guard next < limit, !items[next].isCapitalized || items[index].isCapitalized else { return nil }
        switch items[next].word {
        case .unit(let unit, false) where Self.anaphoricUnits.contains(unit):
            return Match(start: index, end: next + 1, reference: .anaphoric(unit, 0))
        case .dayPart(let part):
            return Match(start: index, end: next + 1, reference: .anaphoric(.day, 0), dayPart: part)
        default:
            return nil
        }
    }

    /// The units a story counts from its last named time in: `the following day`, `that year`.
    static let anaphoricUnits: Set<CalendarUnit> = [.day, .week, .month, .quarter, .year]

    /// After `the`: `following year`, `next day`, `previous month`, `prior year`, `next morning`, `same day`,
    /// `previous Friday`, counted from the time the story named last. `over the next year` looks ahead from publication instead.
    private func anaphoricUnit(at index: Int, limit: Int) -> Match? {
        guard index + 1 < limit else { return nil }
        let offset: Int
        if isWord(index, "following") || (isWord(index, "next") && !isAnyWord(index - 2, ["in", "within", "over", "during", "for"])) {
            offset = 1
        } else if isAnyWord(index, ["previous", "prior"]) {
            offset = -1
        } else if isWord(index, "same") {
            offset = 0
        } else {
            return nil
        }
        switch items[index + 1].word {
        case .weekday(let weekday) where offset != 0 && items[index + 1].isCapitalized:
            var match = Match(start: index, end: index + 2, reference: .anaphoricWeekday(weekday, forward: offset > 0))
            extendDayPart(&match, limit: limit)
            return match
        case .unit(let unit, false) where Self.anaphoricUnits.contains(unit):
            return Match(start: index, end: index + 2, reference: .anaphoric(unit, offset))
        case .dayPart(let part) where offset != 0:
            return Match(start: index, end: index + 2, reference: .anaphoric(.day, offset), dayPart: part)
        default:
            return nil
        }
    }

    /// Counted offsets: `two days ago`, `a year earlier`, `3 weeks ago`, `five years later`, `a week from now`,
    /// `a week or so ago`; and, in a clause that looks ahead, `in five years`.
    func countLed(at index: Int, limit: Int) -> Match? {
        let count: Int
        switch (items[index].word, items[index].number) {
        case (.cardinal(let value), _): count = value
        case (.article, _): count = 1
        case (_, .integer(let value, let digits)) where digits <= 3 && !items[index].hasModifierPrefix: count = value
        default: return nil
        }
        var next = index + 1
        // `twenty-five years ago` is one token; `a few days ago` is vague.
        guard next < limit, case .unit(let unit, let plural) = items[next].word, plural == (count != 1) else { return nil }
        guard unit != .weekend, unit != .half else { return nil }
        next += 1
        // `in five years` is five years from now when the clause looks ahead (`will be repaid in five years`).
        if isWord(index - 1, "in"), next >= limit || !Self.isDirection(items[next].word) {
            var match = Match(start: index, end: next, reference: Self.offsetReference(unit, count))
            match.needsFuture = true
            return match
        }
        if next + 2 < limit, isWord(next, "or"), isWord(next + 1, "so") { next += 2 }
        guard next < limit else { return nil }
        let isPast: Bool
        if case .direction(let past) = items[next].word, !isWord(next, "before"), !isWord(next, "after"),
            !isWord(next, "previously")
        {
            isPast = past
        } else if isWord(next, "from"), next + 1 < limit, isWord(next + 1, "now") {
            isPast = false
            next += 1
        } else {
            return nil
        }
        let offset = isPast ? -count : count
        // `two years later` counts from the time the story named last, not from publication.
        if isWord(next, "later") {
            let reference: TimeReference = switch unit {
            case .decade: .anaphoric(.year, offset * 10)
            case .century: .anaphoric(.year, offset * 100)
            default: .anaphoric(unit, offset)
            }
            return Match(start: index, end: next + 1, reference: reference)
        }
        // `a year ago` in a results story is the same period a year before; `TimePass` reads the period.
        let reference = unit == .year && offset == -1 ? .yearEarlier(quarter: false) : Self.offsetReference(unit, offset)
        return Match(start: index, end: next + 1, reference: reference)
    }

    private static func isDirection(_ word: TimeWord?) -> Bool {
        if case .direction = word { return true }
        return false
    }

    /// The reference `offset` units from the publication date, in the unit's own granularity as TimeML values it:
    /// `two days ago` is a day, `three weeks ago` a week, `six months ago` a month; `a decade ago` is the year ten
    /// years back (1989 in 1999), not the decade before this one.
    static func offsetReference(_ unit: CalendarUnit, _ offset: Int) -> TimeReference {
        switch unit {
        case .day: return .dayOffset(offset)
        case .decade: return .unitOffset(.year, offset * 10)
        case .century: return .unitOffset(.year, offset * 100)
        default: return .unitOffset(unit, offset)
        }
    }

    /// A part of the day joined to the day after it (`afternoon yesterday`, `mid-afternoon Friday`), or standing
    /// alone with `early`, `mid` or `late` after a preposition (`by mid-afternoon`), which is the publication day's.
    func dayPartLed(at index: Int, limit: Int) -> Match? {
        guard case .dayPart(let part) = items[index].word, !items[index].isPossessive else { return nil }
        let next = index + 1
        if next < limit, let day = deicticLed(at: next, limit: limit) ?? weekdayLed(at: next, limit: limit), day.dayPart == nil,
            day.end == next + 1
        {
            var joined = day
            joined.start = index
            joined.dayPart = part
            return joined
        }
        let isModified = items[index].hasModifierPrefix || (index > 0 && items[index - 1].word == .modifier)
        // `late-night talk show`, `an early morning raid`: a modifier of the noun after it.
        guard isModified, next >= limit || items[next].kind != .word else { return nil }
        let before = items[index].hasModifierPrefix ? index - 1 : index - 2
        guard isAnyWord(before, ["by", "in", "at", "until", "till", "since", "from", "around", "before", "after", "during"])
        else { return nil }
        return Match(start: index, end: next, reference: .dayOffset(0), dayPart: part)
    }

    /// A season: `in the summer`, `summer 2024`, `the fall of 1998`, `winter's`.
    func seasonLed(at index: Int, limit: Int, introduced: Bool = false) -> Match? {
        guard case .season(let part) = items[index].word else { return nil }
        if let (year, end) = yearAfter(index + 1, limit: limit) {
            return Match(start: index, end: end, reference: .yearPart(part, year: year, shift: nil))
        }
        let before = index - 1
        let isIntroduced = introduced || items[index].hasModifierPrefix
            || (before >= 0 && (isAnyWord(before, ["in", "this", "last", "next", "early", "late", "during", "since", "until", "by"])))
        guard isIntroduced else { return nil }
        let after = index + 1
        if !items[index].isPossessive, after < limit, items[after].kind == .word, items[after].word == nil,
            !Self.seasonFollowers.contains(lowercased(after))
        {
            return nil
        }
        return Match(start: index, end: index + 1, reference: .yearPart(part, year: nil, shift: nil))
    }

    /// `third-quarter`, `year-earlier`, `the year-ago quarter`.
    func compoundLed(_ compound: TimeCompound, at index: Int, limit: Int) -> Match? {
        switch compound {
        case .yearPart(let part):
            if let (year, end) = yearAfter(index + 1, limit: limit) {
                return Match(start: index, end: end, reference: .yearPart(part, year: year, shift: nil))
            }
            return Match(start: index, end: index + 1, reference: .yearPart(part, year: nil, shift: nil))
        case .yearEnd:
            return Match(start: index, end: index + 1, reference: .unitOffset(.year, 0))
        case .yearEarlier:
            let isQuarter = index + 1 < limit && isAnyWord(index + 1, ["quarter", "period"])
            return Match(start: index, end: index + (isQuarter ? 2 : 1), reference: .yearEarlier(quarter: isQuarter))
        }
    }

    /// A holiday on its own (`Christmas`, `Thanksgiving`), when a word before it introduces a time or a year
    /// follows; multiword names (`Thanksgiving Day`, `New Year's Eve`) are phrases.
    func holidayLed(at index: Int, limit: Int) -> Match? {
        guard case .holiday(let holiday) = items[index].word, items[index].isCapitalized else { return nil }
        if let (year, end) = yearAfter(index + 1, limit: limit) {
            return Match(start: index, end: end, reference: .holiday(holiday, year: year, shift: nil))
        }
        guard isAnyWord(index - 1, ["on", "by", "until", "since", "before", "after", "over", "through", "around", "at", "for"])
        else { return nil }
        return Match(start: index, end: index + 1, reference: .holiday(holiday, year: nil, shift: nil))
    }
}
