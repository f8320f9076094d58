import CopydeskText

/// Finds a weekday written with a date that falls on another day (`date-weekday-mismatch`).
///
/// "Wednesday, Sept. 4, 2025" is wrong when Sept. 4, 2025 was a Thursday: one of the two is a typo, and the
/// reader cannot tell which. A date without a year is checked in the year the publication date puts it in. The
/// fix changes the weekday to match the date; if the weekday was right, fix the date by hand.
struct MatchWeekdayToDate: Rule {
    static let id = "date-weekday-mismatch"
    static let defaultSeverity = Severity.error
    static let summary = "Finds a weekday written with a date that falls on another day of the week."
    static let explanation = """
        When a weekday and a date disagree ("Wednesday, Sept. 4, 2025" — Sept. 4, 2025 is a Thursday), one of them \
        is wrong and readers cannot tell which. Check the date against your notes; the fix changes the weekday to \
        the one the date falls on. Dates without a year are checked in the year the publication date implies.
        """
    static let example = """
        Flagged:  The hearing is set for Wednesday, Sept. 4, 2025.
        Fixed:    The hearing is set for Thursday, Sept. 4, 2025.
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for time in analysis.times {
            guard case .weekdayDate(let weekday, let month, let day, let year) = time.reference,
                let date = year.flatMap({ CivilDate(year: $0, month: month, day: day) }) ?? time.date,
                date.isoWeekday != weekday, let weekdayRange = time.mention.weekdayRange
            else { continue }
            var end = weekdayRange.lowerBound
            while end < weekdayRange.upperBound, end < analysis.text.count, analysis.text[end] >= 0x41 { end += 1 }
            let actual = APDateStyle.weekday(date.isoWeekday)
            let dateText = time.mention.dateRange.map { analysis.text($0) } ?? APDateStyle.fullDate(date)
            findings.append(
                finding(
                    Messages.mismatch(written: APDateStyle.weekday(weekday), date: dateText, actual: actual, yearWritten: year != nil, year: date.year),
                    at: weekdayRange.lowerBound..<end,
                    fixes: [Fix(title: "Change to \(actual)", edits: [TextEdit(range: weekdayRange.lowerBound..<end, replacement: actual)])]
                )
            )
        }
        return findings
    }

    enum Messages {
        static func mismatch(written: String, date: String, actual: String, yearWritten: Bool, year: Int) -> String {
            let when = yearWritten ? date : "\(date) (\(year))"
            return "\(when) is a \(actual), not a \(written): check the date and the weekday."
        }
    }
}
