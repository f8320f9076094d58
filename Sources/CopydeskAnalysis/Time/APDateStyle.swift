/// Writes dates the way AP style does: `Sept. 3`, `Sept. 3, 2024` when the year differs from the publication
/// date's, `Wednesday`, `March 2024`.
enum APDateStyle {
    /// `Sept. 3`, with `, 2024` added when `date` is not in `currentYear` (or no current year is known).
    static func date(_ date: CivilDate, currentYear: Int?) -> String {
        let month = TimeLexicon.apMonthForms[date.month - 1]
        return date.year == currentYear ? "\(month) \(date.day)" : "\(month) \(date.day), \(date.year)"
    }

    /// `Sept. 3, 2025`, always with the year, for hints and hovers.
    static func fullDate(_ date: CivilDate) -> String {
        "\(TimeLexicon.apMonthForms[date.month - 1]) \(date.day), \(date.year)"
    }

    /// The weekday's name: `Wednesday`.
    static func weekday(_ weekday: Int) -> String {
        TimeLexicon.weekdayNames[(weekday - 1 + 7) % 7]
    }

    /// The month's full name: `September`.
    static func month(_ month: Int) -> String {
        TimeLexicon.monthNames[(month - 1 + 12) % 12]
    }

    /// A TIMEX3 value as a reader would say it: `Sept. 3, 2025`, `the week of Sept. 1, 2025`, `September 2025`,
    /// `the third quarter of 2025`, `summer 2025`, `2025`, `the 1990s`; nil for values it cannot say.
    static func describe(_ value: String) -> String? {
        let parts = value.split(separator: "T", maxSplits: 1).map(String.init)
        let body = parts[0]
        let fields = body.split(separator: "-").map(String.init)
        if let date = CivilDate(iso: body) {
            var text = fullDate(date)
            if parts.count == 2 { text += ", " + timeOfDay(parts[1]) }
            return text
        }
        guard let year = fields.first.flatMap({ Int($0) }) else { return nil }
        switch (fields.count, fields.first?.count) {
        case (1, 4): return String(year)
        case (1, 3): return "the \(year)0s"
        case (1, 2): return "the \(year + 1)\(ordinalSuffix(year + 1)) century"
        default: break
        }
        guard fields.count >= 2 else { return nil }
        let field = fields[1]
        if let month = Int(field), (1...12).contains(month) { return "\(self.month(month)) \(year)" }
        if field.hasPrefix("W"), let week = Int(field.dropFirst()), let january4 = CivilDate(year: year, month: 1, day: 4) {
            // ISO week 1 is the week with Jan. 4 in it; say the week by its Monday, or the weekend by its Saturday.
            let monday = january4.adding(days: 1 - january4.isoWeekday + 7 * (week - 1))
            let weekend = fields.count == 3 && fields[2] == "WE"
            return weekend ? "the weekend of \(fullDate(monday.adding(days: 5)))" : "the week of \(fullDate(monday))"
        }
        let quarters = ["Q1": "first", "Q2": "second", "Q3": "third", "Q4": "fourth"]
        if let ordinal = quarters[field] { return "the \(ordinal) quarter of \(year)" }
        switch field {
        case "H1": return "the first half of \(year)"
        case "H2": return "the second half of \(year)"
        case "SP": return "spring \(year)"
        case "SU": return "summer \(year)"
        case "FA": return "fall \(year)"
        case "WI": return "winter \(year)–\(String(year + 1).suffix(2))"
        default: return nil
        }
    }

    /// `15:00` as `3 p.m.`, `MO` as `morning`.
    private static func timeOfDay(_ text: String) -> String {
        switch text {
        case "MO": return "morning"
        case "AF": return "afternoon"
        case "EV": return "evening"
        case "NI": return "night"
        default: break
        }
        let pieces = text.split(separator: ":")
        guard pieces.count == 2, let hour = Int(pieces[0]), let minute = Int(pieces[1]) else { return text }
        if hour == 12, minute == 0 { return "noon" }
        if hour == 24 || (hour == 0 && minute == 0) { return "midnight" }
        let suffix = hour >= 12 && hour < 24 ? "p.m." : "a.m."
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return minute == 0 ? "\(twelve) \(suffix)" : "\(twelve):\(TimeResolver.pad(minute, 2)) \(suffix)"
    }

    private static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
