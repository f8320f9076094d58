/// Calendar dates, months, years, decades and quarters: `Sept. 3, 2025`, `3 September`, `2025-09-03`, `in March`,
/// `August 1988`, `in 2024`, `the 1990s`, `the third quarter of 1989`.
extension TimeRecognizer {
    /// Words before a bare year or month that make it a time (`in 2024`, `since March`).
    static let temporalPrepositions: Set<String> = [
        "in", "since", "by", "of", "until", "till", "through", "throughout", "before", "after", "during", "from", "to",
        "between", "around", "circa", "for", "and", "or", "as", "than", "early", "late", "mid", "last", "next", "this",
        "that", "the", "fiscal", "each", "every",
    ]

    /// Words before a number that make it a count or a label, never a year (`No. 2000`, `Flight 1990`).
    static let yearBlockers: Set<String> = [
        "no", "nos", "number", "flight", "route", "room", "suite", "highway", "interstate", "model", "page", "box",
        "about", "some", "nearly", "almost", "over", "under", "than", "roughly", "approximately", "exactly", "only",
        "least", "most", "top", "windows", "vision", "agenda", "resolution", "act", "bill", "article", "section",
        "chapter", "verse", "size", "code", "unit", "apartment", "apt", "street", "avenue", "gate", "platform", "bus",
        "train", "mile", "exit", "id", "zip",
    ]

    /// A month-led expression: `Sept. 3`, `Sept. 3, 2025`, `September 2025`, `March of 2024`, `in March`.
    func monthLed(at index: Int, limit: Int) -> Match? {
        let item = items[index]
        guard item.isCapitalized || item.hasModifierPrefix else { return nil }
        let month: Int
        let isAbbreviation: Bool
        switch item.word {
        case .month(let number): (month, isAbbreviation) = (number, false)
        case .monthAbbreviation(let number): (month, isAbbreviation) = (number, true)
        default: return nil
        }
        var next = index + 1
        if isAbbreviation, next < limit, isMark(next, ".") { next += 1 }
        if next < limit, let day = dayNumber(next), day <= CivilDate.daysIn(month: month, year: 2000) {
            var end = next + 1
            var yearIndex = end
            if yearIndex < limit, isMark(yearIndex, ",") { yearIndex += 1 }
            if yearIndex < limit, let year = fourDigitYear(yearIndex), let date = CivilDate(year: year, month: month, day: day) {
                end = yearIndex + 1
                return Match(start: index, end: end, reference: .date(date))
            }
            if let (years, relativeEnd) = relativeYear(at: end, limit: limit) {
                return Match(start: index, end: relativeEnd, reference: .inRelativeYear(month: month, day: day, years: years))
            }
            return Match(start: index, end: end, reference: .monthDay(month: month, day: day))
        }
        if let (year, end) = yearAfter(next, limit: limit) {
            return Match(start: index, end: end, reference: .month(month, year: year, shift: nil))
        }
        if !isAbbreviation, let (years, end) = relativeYear(at: next, limit: limit) {
            return Match(start: index, end: end, reference: .inRelativeYear(month: month, day: nil, years: years))
        }
        guard !isAbbreviation || isAnyWord(index - 1, ["in", "since", "until", "by", "early", "late", "mid"]) else { return nil }
        guard isBareMonth(at: index, month: month) else { return nil }
        return Match(start: index, end: index + 1, reference: .month(month, year: nil, shift: nil))
    }

    /// Whether a month name standing alone is a month: `May` and `March` are also a verb, and any month can be a
    /// first name (`June Carter`), so they need a word before them that introduces a time.
    private func isBareMonth(at index: Int, month: Int) -> Bool {
        if items[index].hasModifierPrefix { return true }
        let previous = index - 1
        let introduced = previous >= 0 && (Self.temporalPrepositions.contains(lowercased(previous)) || items[previous].word == .modifier)
        if month == 3 || month == 5 { return introduced }
        if index + 1 < items.count, items[index + 1].isCapitalized, items[index + 1].word == nil { return false }
        return introduced || previous < 0 || items[previous].kind != .word || !items[previous].isCapitalized
    }

    /// A day of the month at token `index`: `3`, `3rd`, or the first day of `3-5`.
    func dayNumber(_ index: Int) -> Int? {
        guard index < items.count, !items[index].hasModifierPrefix else { return nil }
        switch items[index].number {
        case .integer(let value, let digits) where digits <= 2 && (1...31).contains(value): return value
        case .ordinal(let value) where (1...31).contains(value): return value
        case .range(let first, _, let digits) where digits <= 2 && (1...31).contains(first): return first
        default: return nil
        }
    }

    /// A year after a month or season: `2025`, `, 2025`, `of 2025`, `of nineteen ninety-four`; returns the year
    /// and the token after it.
    func yearAfter(_ index: Int, limit: Int) -> (Int, Int)? {
        var next = index
        if next < limit, isMark(next, ",") || isWord(next, "of") { next += 1 }
        guard next < limit else { return nil }
        if let year = fourDigitYear(next) { return (year, next + 1) }
        if let spelled = spelledYear(at: next, limit: limit), spelled.start == next, case .year(let year) = spelled.reference {
            return (year, spelled.end)
        }
        return nil
    }

    /// `last year`, `this year`, `next year` after a month or date (`July last year`); the year offset and the
    /// token after it.
    func relativeYear(at index: Int, limit: Int) -> (Int, Int)? {
        guard index + 1 < limit, case .shift(let shift) = items[index].word, case .unit(.year, false) = items[index + 1].word,
            !items[index + 1].isPossessive
        else { return nil }
        return (shift == .last ? -1 : shift == .next ? 1 : 0, index + 2)
    }

    /// A number-led expression: numeric dates, day-first dates, counts, years, decades and ordinals.
    func numberLed(at index: Int, limit: Int) -> Match? {
        let item = items[index]
        switch item.number {
        case .isoDate(let year, let month, let day), .slashDate(let month, let day, let year):
            guard !item.hasModifierPrefix, let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return Match(start: index, end: index + 1, reference: .date(date))
        case .integer(let value, let digits):
            if digits <= 2, let dayFirst = dayFirst(at: index, day: value, limit: limit) { return dayFirst }
            if let count = countLed(at: index, limit: limit) { return count }
            if digits == 4, let year = bareYear(at: index, value: value, limit: limit) { return year }
            return nil
        case .ordinal(let value):
            if let dayFirst = dayFirst(at: index, day: value, limit: limit) { return dayFirst }
            if index + 1 < limit, isWord(index + 1, "century"), (1...30).contains(value) {
                return Match(start: index, end: index + 2, reference: .century(value - 1))
            }
            return (1...4).contains(value) ? ordinalLed(at: index, limit: limit) : nil
        case .decade(let value):
            // `in his 30s` is an age.
            if value < 100, isAnyWord(index - 1, ["his", "her", "their", "my", "your", "our", "its", "early", "late", "mid"]) {
                return nil
            }
            let decade = value < 100 ? (value >= 30 ? 1900 + value : 2000 + value) : value
            return Match(start: index, end: index + 1, reference: .decade(decade))
        case .range(let first, _, let digits):
            guard digits == 4, let year = bareYear(at: index, value: first, limit: limit) else { return nil }
            return year
        default:
            return nil
        }
    }

    /// `3 September 2025`, `3 Sept.`, `the 3rd of September`.
    private func dayFirst(at index: Int, day: Int, limit: Int) -> Match? {
        guard (1...31).contains(day) else { return nil }
        var next = index + 1
        if next < limit, isWord(next, "of") { next += 1 }
        guard next < limit, items[next].isCapitalized else { return nil }
        let month: Int
        switch items[next].word {
        case .month(let number), .monthAbbreviation(let number): month = number
        default: return nil
        }
        guard day <= CivilDate.daysIn(month: month, year: 2000) else { return nil }
        var end = next + 1
        if case .monthAbbreviation = items[next].word, end < limit, isMark(end, ".") { end += 1 }
        if end < limit, let year = fourDigitYear(end), let date = CivilDate(year: year, month: month, day: day) {
            return Match(start: index, end: end + 1, reference: .date(date))
        }
        var start = index
        if index > 0, items[index - 1].word == .the, case .ordinal = items[index].number { start = index - 1 }
        return Match(start: start, end: end, reference: .monthDay(month: month, day: day))
    }

    /// A four-digit number standing alone, when the words around it make it a year (`in 2024`, `its 1990
    /// invasion`, `2024's`) and not a count or a label (`2000 people`, `Flight 1990`, `Orion 1980`).
    ///
    /// News style writes counts of a thousand or more with a comma, so a bare four-digit number from 1900 to 2099
    /// is a year unless the words around it say otherwise; outside that range a word like `in` must introduce it.
    private func bareYear(at index: Int, value: Int, limit: Int) -> Match? {
        guard (1000...2199).contains(value) else { return nil }
        let previous = index - 1
        var introduced = false
        if previous >= 0 {
            if items[previous].kind == .symbol || isMark(previous, "#") { return nil }
            if items[previous].kind == .word {
                let word = lowercased(previous)
                if Self.yearBlockers.contains(word) { return nil }
                introduced = Self.temporalPrepositions.contains(word) || items[previous].word != nil
                // `Orion 1980`, `Windows 2000`: a number after a name is part of it.
                if !introduced, items[previous].isCapitalized, !isSentenceStart(previous) { return nil }
            }
        }
        let next = index + 1
        if next < limit {
            if isAnyWord(next, ["percent", "per"]) || isMark(next, "%") { return nil }
            if items[next].kind == .word, Self.countNouns.contains(lowercased(next)) { return nil }
        }
        if !introduced, !(1900...2099).contains(value) { return nil }
        return Match(start: index, end: index + 1, reference: .year(value))
    }

    /// Nouns a number counts rather than dates (`2000 people`).
    static let countNouns: Set<String> = [
        "people", "persons", "troops", "soldiers", "workers", "employees", "residents", "students", "members", "men",
        "women", "children", "cases", "deaths", "votes", "jobs", "homes", "houses", "units", "shares", "feet", "foot",
        "miles", "meters", "metres", "kilometers", "kilometres", "km", "pounds", "tons", "tonnes", "acres", "dollars",
        "euros", "yuan", "rubles", "calories", "words", "pages", "vehicles", "cars", "barrels", "points", "square",
        "cubic", "degrees", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "times", "rounds",
        "copies", "seats", "beds", "patients", "victims", "refugees", "migrants", "police", "officers", "protesters",
        "delegates", "participants", "visitors", "customers", "users", "lives", "hectares", "gallons", "liters",
        "litres", "kilograms", "kg", "mph", "bpd", "megawatts", "mw", "gw", "rpm", "cc", "ml",
    ]

    /// Whether token `index` opens its sentence (no word before it in the paragraph, or closing punctuation).
    private func isSentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = items[index - 1]
        return before.mark == UInt8(ascii: ".") || before.mark == UInt8(ascii: "!") || before.mark == UInt8(ascii: "?")
            || before.kind == .quoteMark || before.mark == UInt8(ascii: "(") || before.mark == UInt8(ascii: "_")
    }

    /// `fiscal 1989`, `fiscal year 2024`, `the fiscal first quarter`.
    func fiscalLed(at index: Int, limit: Int) -> Match? {
        var next = index + 1
        if next < limit, isWord(next, "year") { next += 1 }
        if next < limit, let year = fourDigitYear(next) {
            return Match(start: index, end: next + 1, reference: .year(year))
        }
        if next < limit, var quarter = ordinalLed(at: next, limit: limit) {
            quarter.start = index
            return quarter
        }
        return nil
    }

    /// `third quarter`, `first half of 2024`, `fourth quarter 2025`.
    func ordinalLed(at index: Int, limit: Int) -> Match? {
        let ordinal: Int
        switch (items[index].word, items[index].number) {
        case (.ordinal(let number), _): ordinal = number
        case (_, .ordinal(let number)) where (1...4).contains(number): ordinal = number
        default: return nil
        }
        var next = index + 1
        if next < limit, isMark(next, "-") { next += 1 }
        if next < limit, items[next].word == .fiscal { next += 1 }
        // `the first two quarters of 1990` is its first half.
        if ordinal == 1, next + 1 < limit, isWord(next, "two"), isWord(next + 1, "quarters") {
            if let (year, end) = yearAfter(next + 2, limit: limit) {
                return Match(start: index, end: end, reference: .yearPart(.half(1), year: year, shift: nil))
            }
            return Match(start: index, end: next + 2, reference: .yearPart(.half(1), year: nil, shift: nil))
        }
        guard next < limit, case .unit(let unit, false) = items[next].word else { return nil }
        let part: YearPart
        switch unit {
        case .quarter: part = .quarter(ordinal)
        case .half where ordinal <= 2: part = .half(ordinal)
        default: return nil
        }
        if let (year, end) = yearAfter(next + 1, limit: limit) {
            return Match(start: index, end: end, reference: .yearPart(part, year: year, shift: nil))
        }
        return Match(start: index, end: next + 1, reference: .yearPart(part, year: nil, shift: nil))
    }

    /// `Q3`, `Q3 2025`, `H1`.
    func quarterCode(at index: Int, limit: Int) -> Match? {
        let range = tokens[index].range
        guard tokens[index].kind == .word, range.count == 2 else { return nil }
        let letter = bytes[range.lowerBound]
        let digit = Int(bytes[range.lowerBound + 1]) - 0x30
        let part: YearPart
        switch letter {
        case UInt8(ascii: "Q") where (1...4).contains(digit): part = .quarter(digit)
        case UInt8(ascii: "H") where (1...2).contains(digit): part = .half(digit)
        default: return nil
        }
        if let (year, end) = yearAfter(index + 1, limit: limit) {
            return Match(start: index, end: end, reference: .yearPart(part, year: year, shift: nil))
        }
        return Match(start: index, end: index + 1, reference: .yearPart(part, year: nil, shift: nil))
    }

    /// The second day of `April 24 and 25` or `Sept. 3 or 4`, after a month-and-day match, as a match of its own.
    func secondDay(after match: Match, limit: Int) -> Match? {
        let month: Int
        let year: Int?
        switch match.reference {
        case .monthDay(let value, _): (month, year) = (value, nil)
        case .date(let date): (month, year) = (date.month, date.year)
        default: return nil
        }
        let joiner = match.end
        let number = joiner + 1
        guard number < limit, isAnyWord(joiner, ["and", "or", "to", "through"]), let day = dayNumber(number),
            !items[number].hasModifierPrefix, day <= CivilDate.daysIn(month: month, year: year ?? 2000)
        else { return nil }
        // `Sept. 3 and 4 others`, `May 2 and 3 percent`: a count, not a day.
        if number + 1 < limit, items[number + 1].kind == .word || items[number + 1].kind == .number { return nil }
        let reference: TimeReference
        if let year, let date = CivilDate(year: year, month: month, day: day) {
            reference = .date(date)
        } else {
            reference = .monthDay(month: month, day: day)
        }
        return Match(start: number, end: number + 1, reference: reference)
    }

    /// The lowercase text of token `index`.
    func lowercased(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].range], as: UTF8.self).lowercased()
    }
}
