import CopydeskText

/// Finds weekdays used for dates more than a week from the publication date (`weekday-out-of-range`).
///
/// AP style names the day of the week only for dates within seven days of publication and uses the month and day
/// beyond that. This rule flags "Wednesday, Sept. 3" in a story published Sept. 20, and "Wednesday of last week"
/// when that is more than seven days back; the fix writes the date in AP form ("Sept. 3", with the year when it
/// differs from the publication date's).
struct KeepWeekdaysWithinAWeek: Rule {
    static let id = "weekday-out-of-range"
    static let defaultSeverity = Severity.warning
    static let summary = "Finds weekdays used for dates more than a week from publication (AP style)."
    static let explanation = """
        AP style uses the day of the week only for dates within a week of publication; beyond that a reader has to \
        count back, so write the month and day instead. The fix replaces the weekday (and any date after it) with \
        the date in AP form. The rule needs a publication date; without one, undated-event asks for it.
        """
    static let example = """
        Flagged:  The council met Wednesday, Sept. 3, to debate the budget.   (published Sept. 20, 2025)
        Fixed:    The council met Sept. 3 to debate the budget.
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        guard let anchor = analysis.anchor?.date else { return [] }
        var findings: [Finding] = []
        for time in analysis.times {
            let date: CivilDate
            switch time.reference {
            case .weekdayDate(let weekday, let month, let day, let year):
                guard let written = year.flatMap({ CivilDate(year: $0, month: month, day: day) }) ?? time.date, written.isoWeekday == weekday
                else { continue }
                date = written
            case .weekday(_, _, let weeks) where weeks != 0:
                guard let resolved = time.date else { continue }
                date = resolved
            default:
                continue
            }
            let distance = abs(anchor.days(to: date))
            guard distance > 7 else { continue }
            let apForm = APDateStyle.date(date, currentYear: anchor.year)
            let written = time.mention.weekdayRange.map { $0.lowerBound..<time.range.upperBound } ?? time.range
            var range = written
            // "met Wednesday, Sept. 3, to debate": without the weekday the date is no longer set off by commas,
            // unless a year still follows it ("Sept. 3, 2024, to debate").
            if date.year == anchor.year, let weekday = time.mention.weekdayRange, analysis.text(weekday).hasSuffix(","),
                range.upperBound < analysis.text.count, analysis.text[range.upperBound] == UInt8(ascii: ",")
            {
                range = range.lowerBound..<(range.upperBound + 1)
            }
            findings.append(
                finding(
                    Messages.outOfRange(analysis.text(written), days: distance, before: date < anchor, apForm: apForm),
                    at: time.mention.weekdayRange.map { $0.lowerBound..<wordEnd($0, in: analysis) } ?? time.range,
                    fixes: [Fix(title: "Write \(apForm)", edits: [TextEdit(range: range, replacement: apForm)], isPreferred: true)]
                )
            )
        }
        return findings
    }

    /// The end of the weekday word at the start of `range` (without the comma after it).
    private func wordEnd(_ range: Range<Int>, in analysis: DraftAnalysis) -> Int {
        var end = range.lowerBound
        while end < range.upperBound, end < analysis.text.count, analysis.text[end] >= 0x41 { end += 1 }
        return end
    }

    enum Messages {
        static func outOfRange(_ words: String, days: Int, before: Bool, apForm: String) -> String {
            "“\(words)” is \(days) days \(before ? "before" : "after") publication: AP style uses the weekday only within a week, so write “\(apForm)”."
        }
    }
}
