import CopydeskText

/// Finds a dateline whose date disagrees with the front matter's `date:` (`dateline-date-conflict`).
///
/// Readers count "yesterday" and "on Wednesday" from the dateline they see; Copydesk counts them from the front
/// matter date, which is stronger. When the two disagree ("BEIJING, Sept. 3 (Reuters) —" over `date:
/// 2025-09-10`), one of them is stale and every relative time may be read a week off. A dateline without a year
/// is compared by month and day. The fixes make either one match the other.
struct MatchDatelineToFrontMatter: Rule {
    static let id = "dateline-date-conflict"
    static let defaultSeverity = Severity.warning
    static let summary = "Finds a dateline whose date disagrees with the front matter's date."
    static let explanation = """
        Readers place "yesterday" and "on Wednesday" by the dateline they see, while Copydesk (and a CMS reading \
        the front matter) uses the front matter's date. When they disagree, one of them is stale — usually a \
        dateline left over from an earlier version — and relative times may be read days off. Make them agree: \
        one fix changes the dateline's date, the other the front matter's date.
        """
    static let example = """
        Flagged:  date: 2025-09-10   …   BEIJING, Sept. 3 (Reuters) — Officials said on Wednesday …
        Fixed:    date: 2025-09-10   …   BEIJING, Sept. 10 (Reuters) — Officials said on Wednesday …
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        guard let frontMatter = analysis.structure.frontMatter, let written = frontMatter.date,
            let valueRange = frontMatter.valueRanges["date"], let published = AnchorSelection.date(from: written),
            let dateline = AnchorSelection.dateline(in: analysis)
        else { return [] }
        let year = dateline.year ?? published.year
        guard dateline.month != published.month || dateline.day != published.day || year != published.year,
            let datelineDate = CivilDate(year: year, month: dateline.month, day: dateline.day)
        else { return [] }
        let datelineWords = analysis.text(dateline.dateRange)
        let apDate = dateline.year == nil ? APDateStyle.date(published, currentYear: published.year) : APDateStyle.fullDate(published)
        // A front matter date with a time keeps it: only the `YYYY-MM-DD` part changes.
        let isoPart = written.utf8.count > 10 && AnchorSelection.date(from: String(written.prefix(10))) != nil
        let dateEdit = isoPart ? valueRange.lowerBound..<(valueRange.lowerBound + 10) : valueRange
        return [
            finding(
                Messages.conflict(dateline: datelineWords, published: APDateStyle.fullDate(published)), at: dateline.dateRange,
                related: [RelatedLocation(range: valueRange, message: Messages.frontMatter)],
                fixes: [
                    Fix(title: "Change the dateline to \(apDate)", edits: [TextEdit(range: dateline.dateRange, replacement: apDate)]),
                    Fix(
                        title: "Change the front matter date to \(datelineDate.iso)",
                        edits: [TextEdit(range: dateEdit, replacement: datelineDate.iso)]
                    ),
                ]
            )
        ]
    }

    enum Messages {
        static func conflict(dateline: String, published: String) -> String {
            "The dateline says “\(dateline)” but the front matter date is \(published): one of them is stale, and "
                + "relative times can be read days off. Make them agree."
        }

        static let frontMatter = "The front matter date relative times count from."
    }
}
