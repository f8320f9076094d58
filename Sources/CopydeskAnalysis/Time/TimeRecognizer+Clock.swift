/// Clock times (`3 p.m.`, `10:35 a.m.`, `noon`) and years spelled out (`nineteen ninety-six`).
extension TimeRecognizer {
    /// A clock time at `index`: `3 p.m.`, `3:30 p.m.`, `10:35 a.m. (0735 GMT)`, `3pm`, `noon`, `midnight`,
    /// `5 p.m. EST`. Returns the time and the token after it.
    func clockTime(at index: Int, limit: Int) -> (time: ClockTime, end: Int)? {
        guard index < limit else { return nil }
        var time: ClockTime
        var end: Int
        if case .clockWord(let hour) = items[index].word {
            // `High Noon` is a film.
            if isWord(index - 1, "high") { return nil }
            time = ClockTime(hour: hour, minute: 0)
            end = index + 1
        } else {
            let hour: Int
            let minute: Int
            var isPM: Bool?
            switch items[index].number {
            case .integer(let value, let digits) where digits <= 2 && (1...12).contains(value):
                (hour, minute) = (value, 0)
            case .clock(let h, let m, let pm):
                (hour, minute, isPM) = (h, m, pm)
            default:
                return nil
            }
            end = index + 1
            if isPM == nil, end < limit, case .meridiem(let pm) = items[end].word {
                isPM = pm
                end += 1
            }
            if isPM == nil, end < limit, isWord(end, "o'clock") || isWord(end, "o’clock") {
                end += 1
                isPM = hour < 7 || hour == 12
            }
            if isPM == nil, let (pm, length) = dayPartAfterHour(end, limit: limit) {
                isPM = pm
                end += length
            }
            guard let pm = isPM, hour <= 12 else { return nil }
            let converted = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            time = ClockTime(hour: converted, minute: minute)
        }
        if end < limit, items[end].word == .timeZone, items[end].isCapitalized { end += 1 }
        return (time, end)
    }

    /// `in the morning`, `in the afternoon`, `in the evening` or `at night` after an hour (`4 in the morning`):
    /// whether it is p.m. and how many tokens it takes.
    private func dayPartAfterHour(_ index: Int, limit: Int) -> (isPM: Bool, length: Int)? {
        if index + 2 < limit, isWord(index, "in"), isWord(index + 1, "the"), case .dayPart(let part) = items[index + 2].word,
            part != .night
        {
            return (part != .morning, 3)
        }
        if index + 1 < limit, isWord(index, "at"), case .dayPart(.night) = items[index + 1].word { return (true, 2) }
        return nil
    }

    /// A year spelled out, as broadcast transcripts write them: `nineteen ninety-six`, `the year two thousand`,
    /// `two thousand and one`.
    func spelledYear(at index: Int, limit: Int) -> Match? {
        guard case .cardinal(let first) = items[index].word, index + 1 < limit else { return nil }
        var start = index
        if isWord(index - 1, "year"), isWord(index - 2, "the") { start = index - 2 }
        // `in nineteen ninety-six`, `a nineteen ninety-seven attack`: a word before it that a count would not follow.
        let introduced = start < index
            || (index > 0 && (Self.temporalPrepositions.contains(lowercased(index - 1)) || items[index - 1].word == .article
                || items[index - 1].isPossessive))
        // `two thousand jobs`, `nineteen eighty people`: a count in front of its noun.
        func isCount(_ end: Int) -> Bool {
            !introduced && end < limit && items[end].kind == .word && items[end].word == nil && !items[end].isCapitalized
        }
        if first == 2, isWord(index + 1, "thousand") {
            var end = index + 2
            var year = 2000
            var next = end
            if next < limit, isWord(next, "and") { next += 1 }
            if next < limit, let units = spelledNumber(next), units < 100 {
                year += units
                end = next + 1
            }
            return isCount(end) ? nil : Match(start: start, end: end, reference: .year(year))
        }
        guard (11...20).contains(first), let rest = spelledNumber(index + 1), (10...99).contains(rest), !isCount(index + 2)
        else { return nil }
        return Match(start: start, end: index + 2, reference: .year(first * 100 + rest))
    }

    /// A number from 1 to 99 written as one word (`ninety`, `ninety-six`, `twelve`), if token `index` is one.
    private func spelledNumber(_ index: Int) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        if case .cardinal(let value) = items[index].word, value < 100 { return value }
        let parts = lowercased(index).split(separator: "-")
        guard parts.count == 2, let tens = TimeLexicon.cardinals[String(parts[0])], tens % 10 == 0, tens >= 20,
            let units = TimeLexicon.cardinals[String(parts[1])], units < 10
        else { return nil }
        return tens + units
    }
}
