import CopydeskText

/// Which publication date a draft's times resolve against, chosen from every place one can be given.
///
/// Strongest first: the editor setting or `--date`, the front matter's `date:`, a dated dateline (its year, when
/// missing, from `.copydesk.json` or — if the user opted in — today), `publicationDate` in `.copydesk.json`, and
/// today when the user opted in.
struct AnchorSelection: Sendable {
    /// The anchor, when the draft or its configuration gives one.
    var anchor: DateAnchor?
    /// A dateline with a month and day but no year anywhere to complete it: readers can place "Wednesday" from it,
    /// but not "last year". UTF-8 byte range of the draft, month and day.
    var datelineWithoutYear: (range: Range<Int>, month: Int, day: Int)?
    /// The front matter `date:` value when it is not a date Copydesk can read (UTF-8 byte range of the draft).
    var unreadableFrontMatterDate: Range<Int>?

    /// The paragraphs searched for a dateline: a byline may come first.
    static let datelineSearchDepth = 4

    static func select(in analysis: DraftAnalysis) -> AnchorSelection {
        var selection = AnchorSelection()
        let settings = analysis.settings
        let frontMatter = analysis.structure.frontMatter
        if let date = settings.publicationDateOverride {
            selection.anchor = DateAnchor(date: date, source: .override)
        }
        if let frontMatter, let written = frontMatter.date {
            let range = frontMatter.valueRanges["date"]
            if let date = Self.date(from: written) {
                if selection.anchor == nil { selection.anchor = DateAnchor(date: date, source: .frontMatter, range: range) }
            } else {
                selection.unreadableFrontMatterDate = range
            }
        }
        guard selection.anchor == nil else { return selection }
        if let dateline = Self.dateline(in: analysis) {
            if let year = dateline.year, let date = CivilDate(year: year, month: dateline.month, day: dateline.day) {
                selection.anchor = DateAnchor(date: date, source: .dateline, range: dateline.range)
                return selection
            }
            let yearSources: [(CivilDate?, DateAnchor.Source)] = [
                (settings.configuredPublicationDate, .configuration),
                (settings.useTodayAsPublicationDate ? settings.today : nil, .today),
            ]
            for case (let reference?, let source) in yearSources {
                // The dateline's day nearest the configured date or today: a dateline a few days off either way is a
                // story filed ahead or published late, not one from another year.
                let candidates = (reference.year - 1...reference.year + 1).compactMap {
                    CivilDate(year: $0, month: dateline.month, day: dateline.day)
                }
                if let date = candidates.min(by: { abs(reference.days(to: $0)) < abs(reference.days(to: $1)) }) {
                    selection.anchor = DateAnchor(date: date, source: .dateline, range: dateline.range, yearSource: source)
                    return selection
                }
            }
            selection.datelineWithoutYear = (dateline.range, dateline.month, dateline.day)
        }
        if let date = settings.configuredPublicationDate {
            selection.anchor = DateAnchor(date: date, source: .configuration)
        } else if settings.useTodayAsPublicationDate, let today = settings.today {
            selection.anchor = DateAnchor(date: today, source: .today)
        }
        return selection
    }

    /// A date as front matter writes it: `2025-09-03`, `2025-09-03T10:00:00Z`, `2025-09-03 10:00`, or a news-style
    /// `Sept. 3, 2025`.
    static func date(from written: String) -> CivilDate? {
        let utf8 = Array(written.utf8)
        if utf8.count >= 10, let date = CivilDate(iso: String(decoding: utf8[0..<10], as: UTF8.self)),
            utf8.count == 10 || utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ")
        {
            return date
        }
        let mentions = TimeRecognizer.mentions(in: utf8, range: 0..<utf8.count)
        guard mentions.count == 1, case .date(let date) = mentions[0].reference else { return nil }
        return date
    }

    /// The dated dateline of the draft: the front matter's `dateline:` or the one opening the body. `range` is the
    /// whole dateline (the front matter value's date), `dateRange` its date's words; UTF-8 byte ranges of the draft.
    static func dateline(in analysis: DraftAnalysis) -> (range: Range<Int>, dateRange: Range<Int>, month: Int, day: Int, year: Int?)? {
        if let range = analysis.structure.frontMatter?.valueRanges["dateline"] {
            for mention in TimeRecognizer.mentions(in: analysis.text, range: range) {
                switch mention.reference {
                case .date(let date): return (mention.range, mention.range, date.month, date.day, date.year)
                case .monthDay(let month, let day): return (mention.range, mention.range, month, day, nil)
                default: continue
                }
            }
        }
        guard let (paragraph, dateline) = bodyDateline(in: analysis), let month = dateline.month, let day = dateline.day,
            let dateRange = dateline.dateRange
        else { return nil }
        return (paragraph.absolute(dateline.range), paragraph.absolute(dateRange), month, day, dateline.year)
    }

    /// The dateline opening the body, dated or not, with its paragraph.
    static func bodyDateline(in analysis: DraftAnalysis) -> (Paragraph, Dateline)? {
        for paragraph in analysis.paragraphs.prefix(datelineSearchDepth) where !paragraph.block.isHeading {
            if let dateline = paragraph.facts.timeFacts.dateline { return (paragraph, dateline) }
            if !isByline(paragraph) { return nil }
        }
        return nil
    }

    /// Whether a paragraph is a byline (`By Jane Doe`), which may stand between the headline and the dateline.
    static func isByline(_ paragraph: Paragraph) -> Bool {
        let facts = paragraph.facts
        guard let first = facts.tokens.first, facts.tokens.count <= 12 else { return false }
        return facts.text(first).lowercased() == "by"
    }
}
