import CopydeskText

/// Finds events a reader cannot place in time (`undated-event`).
///
/// - warning: a relative or partial time expression ("on Wednesday", "last year", "Sept. 3") in a draft with no
///   publication date — no `date:` in the front matter, no dated dateline, no `publicationDate` in configuration,
///   no `--date`. The fix adds a `date:` to the front matter (see `FrontMatterDateFix` for plain text).
/// - warning: a month with no year, in a clause with no tense to decide it, about half a year from the
///   publication date, so it could be either year ("the vote in March" in a September story). The fixes add the
///   year.
/// - warning: a front matter `date:` Copydesk cannot read.
/// - information: a lede that reports a past event with no time element at all (`flagLedeWithoutTime`, on).
/// - information: vague times such as "recently" and "in recent weeks" (`flagVagueTimes`, off by default).
struct AnchorRelativeDates: Rule {
    static let id = "undated-event"
    static let defaultSeverity = Severity.warning
    static let summary = "Finds relative dates the reader cannot place, and ledes with no time element."
    static let explanation = """
        News is about when. "On Wednesday" means nothing once a draft has lost its dateline or sits in a queue for \
        a week, so every relative or partial date needs a publication date to count from: a `date:` in the front \
        matter, a dated dateline ("BEIJING, Sept. 3 (Reuters) —"), `publicationDate` in .copydesk.json or --date. \
        Without one, each "Wednesday", "last week" and "Sept. 3" is flagged, with a fix that adds `date:` to the \
        front matter. With one, a month with no year half a year away ("in March" in a September story, no tense to \
        say which) is flagged too. A lede that reports a past event with no time element, and (when \
        flagVagueTimes is on) vague times like "recently", get an information note.
        """
    static let example = """
        Flagged:  The council voted on Wednesday to close the library.   (no date anywhere)
        Fixed:    SPRINGFIELD, Sept. 3, 2025 — The council voted on Wednesday to close the library.
                  (or `date: 2025-09-03` in the front matter, which the quick fix adds)
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        let selection = AnchorSelection.select(in: analysis)
        var findings: [Finding] = []
        let fix = FrontMatterDateFix.fix(for: analysis)
        // Plain-text wire copy without front matter is not given YAML (see FrontMatterDateFix).
        let wire = analysis.structure.format == .plainText && analysis.structure.frontMatter == nil
        let remedy = wire ? Messages.wireRemedy : Messages.frontMatterRemedy
        if let range = selection.unreadableFrontMatterDate {
            findings.append(finding(Messages.unreadableDate(analysis.text(range)), at: range, fixes: fix.map { [$0] } ?? []))
        }
        for time in analysis.times {
            if time.isRelative, !time.isPlaceable {
                let words = analysis.text(time.range)
                let message = selection.datelineWithoutYear != nil
                    ? Messages.noYear(words)
                    : Messages.noAnchor(words, partial: isPartial(time.reference), remedy: remedy)
                findings.append(finding(message, at: time.range, fixes: fix.map { [$0] } ?? []))
            } else if let anchor = selection.anchor, let years = ambiguousYears(time, anchor: anchor.date) {
                let words = analysis.text(time.range)
                findings.append(
                    finding(
                        Messages.eitherYear(words, years), at: time.range,
                        fixes: [years.0, years.1].map { year in
                            Fix(title: "Write \(words) \(year)", edits: [TextEdit(range: time.range.upperBound..<time.range.upperBound, replacement: " \(year)")])
                        }
                    )
                )
            } else if time.mention.isVague, analysis.settings.flagVagueTimes {
                var note = finding(Messages.vague(analysis.text(time.range)), at: time.range)
                note.severity = .information
                findings.append(note)
            }
        }
        if analysis.settings.flagLedeWithoutTime, let verb = ledeEventWithoutTime(in: analysis) {
            var note = finding(Messages.timelessLede(analysis.text(verb)), at: verb)
            note.severity = .information
            findings.append(note)
        }
        return findings
    }

    /// Whether the reference is a date or month written without its year, rather than a relative one.
    private func isPartial(_ reference: TimeReference) -> Bool {
        switch reference {
        case .monthDay, .month, .yearPart, .holiday, .weekdayDate: return true
        default: return false
        }
    }

    /// The fewest words a first paragraph needs to be read as a lede.
    static let minimumLedeWords = 18

    /// The two years a bare month could be in, when the clause has no tense and the month is five to seven months
    /// from the publication date's, so neither reading is clearly nearer.
    private func ambiguousYears(_ time: TimeExpression, anchor: CivilDate) -> (Int, Int)? {
        guard case .month(let month, nil, nil) = time.reference,
            [.unknown, .present, .progressive].contains(time.mention.tense)
        else { return nil }
        let ahead = (month - anchor.month + 12) % 12
        guard (5...7).contains(ahead) else { return nil }
        return month > anchor.month ? (anchor.year - 1, anchor.year) : (anchor.year, anchor.year + 1)
    }

    /// The event verb of a lede that reports something that happened without saying when: the first body
    /// paragraph (after any byline), whose first sentence has a past event and which holds no time expression.
    private func ledeEventWithoutTime(in analysis: DraftAnalysis) -> Range<Int>? {
        for paragraph in analysis.paragraphs.prefix(AnchorSelection.datelineSearchDepth) where !paragraph.block.isHeading {
            if AnchorSelection.isByline(paragraph) { continue }
            let facts = paragraph.facts.timeFacts
            if let dateline = facts.dateline, paragraph.facts.tokens.last.map({ $0.range.upperBound <= dateline.range.upperBound }) == true {
                continue
            }
            // A short first block is a headline or a standfirst (plain-text drafts do not mark them), not a lede.
            let words = paragraph.facts.tokens.lazy.filter { $0.kind == .word }.count
            guard words >= Self.minimumLedeWords, facts.mentions.isEmpty, let verb = facts.firstPastEvent else { return nil }
            return paragraph.absolute(verb)
        }
        return nil
    }

    enum Messages {
        static let frontMatterRemedy = "add a date: to the front matter or a dated dateline"
        static let wireRemedy = "add a dated dateline (“SPRINGFIELD, Sept. 3 —”), or give the date with --date or publicationDate in .copydesk.json"

        static func noAnchor(_ words: String, partial: Bool, remedy: String) -> String {
            partial
                ? "“\(words)” has no year, and the draft has no publication date to supply one: \(remedy)."
                : "“\(words)” cannot be placed: the draft has no publication date; \(remedy)."
        }

        static func noYear(_ words: String) -> String {
            "“\(words)” cannot be placed: the dateline gives a day but no year. Add a date: to the front matter."
        }

        static func eitherYear(_ words: String, _ years: (Int, Int)) -> String {
            "“\(words)” could be \(words) \(years.0) or \(words) \(years.1): add the year."
        }

        static func unreadableDate(_ value: String) -> String {
            "The front matter date “\(value)” is not a date Copydesk can read: write it as YYYY-MM-DD."
        }

        static func vague(_ words: String) -> String {
            "“\(words)” is vague: say when, if you know."
        }

        static func timelessLede(_ verb: String) -> String {
            "The lede says what happened (“\(verb)”) but not when: add a time element."
        }
    }
}
