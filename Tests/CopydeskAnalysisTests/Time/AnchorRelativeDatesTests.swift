import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// `undated-event`: relative and partial times with nothing to count from, a month that could be either year,
/// a timeless lede, vague times, and the front matter fix.
struct AnchorRelativeDatesTests {
    static let rule = "undated-event"

    static func settings(anchor: String? = nil, today: String? = nil, vague: Bool = false, lede: Bool = true) -> AnalysisSettings {
        var settings = AnalysisSettings()
        settings.publicationDateOverride = anchor.flatMap { CivilDate(iso: $0) }
        settings.today = today.flatMap { CivilDate(iso: $0) }
        settings.flagVagueTimes = vague
        settings.flagLedeWithoutTime = lede
        return settings
    }

    @Test func flagsRelativeTimesInADraftWithNoDate() {
        assertFindings(
            Self.rule,
            "The council voted on 1️⃣Wednesday to close the library, which opened 2️⃣last year. It reopens 3️⃣Sept. 15.",
            [
                FindingExpectation(
                    "1️⃣",
                    "“Wednesday” cannot be placed: the draft has no publication date; add a dated dateline (“SPRINGFIELD, Sept. 3 —”), or give the date with --date or publicationDate in .copydesk.json."
                ),
                FindingExpectation("2️⃣", "“last year” cannot be placed", prefix: true),
                FindingExpectation("3️⃣", "“Sept. 15” has no year, and the draft has no publication date to supply one", prefix: true),
            ]
        )
    }

    @Test func markdownDraftsAreToldAboutFrontMatter() {
        assertFindings(
            Self.rule, "# Library\n\nThe council voted on 1️⃣Wednesday to close the library.\n",
            [
                FindingExpectation(
                    "1️⃣", "“Wednesday” cannot be placed: the draft has no publication date; add a date: to the front matter or a dated dateline."
                )
            ],
            format: .markdown
        )
    }

    /// A time counted from one the reader cannot place cannot be placed either; one counted from a full date can.
    @Test func countsAnaphoraFromTheTimeBeforeThem() {
        assertFindings(
            Self.rule, "The council met on 1️⃣Monday. 2️⃣The next day, the mayor resigned. The library opened in May 2019 and closed the following year.",
            [FindingExpectation("1️⃣", "“Monday” cannot be placed", prefix: true), FindingExpectation("2️⃣", "“The next day” cannot be placed", prefix: true)]
        )
    }

    @Test func aClockTimeOnADatedDayIsPlaced() {
        assertFindings(Self.rule, "The blast came on Sept. 3, 2025. It struck at 10:35 a.m.", [])
    }

    @Test func leavesAbsoluteAndVagueTimesAlone() {
        assertFindings(Self.rule, "The library opened on Sept. 3, 2025, after work began in 2024 and recently ended.", [])
    }

    @Test(arguments: [
        "---\ndate: 2025-09-03\n---\nThe council voted on Wednesday to close the library, which opened last year.\n",
        "SPRINGFIELD, Sept. 3, 2025 — The council voted on Wednesday to close the library, which opened last year.\n",
    ])
    func anAnchorInTheDraftSettlesThem(_ draft: String) {
        assertFindings(Self.rule, draft, [], format: .markdown)
    }

    @Test func aDatelineWithoutAYearStillLeavesYearsOpen() {
        assertFindings(
            Self.rule,
            "SPRINGFIELD, Sept. 3 (AP) — The council voted on Wednesday to close the library, which opened 1️⃣last year.",
            [FindingExpectation("1️⃣", "“last year” cannot be placed: the dateline gives a day but no year.", prefix: true)]
        )
    }

    @Test func flagsAMonthThatCouldBeEitherYear() {
        assertFindings(
            Self.rule, "The council has its elections in 1️⃣March, and its budget vote in October.",
            [FindingExpectation("1️⃣", "“March” could be March 2025 or March 2026: add the year.")],
            settings: Self.settings(anchor: "2025-09-03")
        )
    }

    @Test func aTenseSettlesTheMonth() {
        assertFindings(
            Self.rule, "The council held its elections in March. It will vote on the budget in April.", [],
            settings: Self.settings(anchor: "2025-09-03")
        )
    }

    @Test func notesALedeWithNoTimeElement() {
        assertFindings(
            Self.rule,
            """
            Library to close

            The Springfield City Council 1️⃣voted to close the Elm Street library branch, ending a century of service to the neighborhood.

            The branch opened on Sept. 3, 1925.
            """,
            [FindingExpectation("1️⃣", "The lede says what happened (“voted”) but not when: add a time element.")],
            settings: Self.settings(anchor: "2025-09-03")
        )
    }

    @Test func aLedeWithATimeElementOrAPerfectIsFine() {
        let settings = Self.settings(anchor: "2025-09-03")
        assertFindings(
            Self.rule,
            "The Springfield City Council voted on Tuesday to close the Elm Street library branch, ending a century of service.",
            [], settings: settings
        )
        assertFindings(
            Self.rule,
            "The Springfield City Council has voted to close the Elm Street library branch, ending a century of service to readers.",
            [], settings: settings
        )
        assertFindings(
            Self.rule,
            "The Springfield City Council voted to close the Elm Street library branch, ending a century of service to readers.",
            [], settings: Self.settings(anchor: "2025-09-03", lede: false)
        )
    }

    @Test func vagueTimesOnlyWhenSwitchedOn() {
        let text = "Prices rose 1️⃣recently and will fall in 2️⃣the coming weeks, the mayor said on Tuesday."
        assertFindings(Self.rule, text, [], settings: Self.settings(anchor: "2025-09-03"))
        assertFindings(
            Self.rule, text,
            [
                FindingExpectation("1️⃣", "“recently” is vague: say when, if you know."),
                FindingExpectation("2️⃣", "“the coming weeks” is vague: say when, if you know."),
            ],
            settings: Self.settings(anchor: "2025-09-03", vague: true)
        )
    }

    @Test func flagsAFrontMatterDateItCannotRead() {
        assertFindings(
            Self.rule, "---\ndate: 1️⃣next Tuesday\n---\nThe council voted on Sept. 3, 2025.\n",
            [FindingExpectation("1️⃣", "The front matter date “next Tuesday” is not a date Copydesk can read: write it as YYYY-MM-DD.")],
            format: .markdown
        )
    }

    @Test func severitiesAreTheRulesOwnUnlessConfigured() {
        let text = "The Springfield City Council voted to close the Elm Street library branch, ending a century of service to readers."
        var settings = Self.settings(anchor: "2025-09-03")
        let lede = AnalysisHost().analyze(text, format: .plainText, settings: settings).findings.first { $0.rule == Self.rule }
        #expect(lede?.severity == .information)
        settings.rules[Self.rule] = AnalysisSettings.RuleOverride(severity: .error)
        let configured = AnalysisHost().analyze(text, format: .plainText, settings: settings).findings.first { $0.rule == Self.rule }
        #expect(configured?.severity == .error)
    }

    // MARK: - The fix

    static func fixedText(_ draft: String, format: DraftFormat, today: String? = "2025-09-03") -> String? {
        let analysis = AnalysisHost().analyze(draft, format: format, settings: Self.settings(today: today))
        guard let fix = analysis.findings.first(where: { $0.rule == Self.rule })?.fixes.first else { return nil }
        var bytes = Array(draft.utf8)
        for edit in fix.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) { bytes.apply(edit) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func fixAddsFrontMatterToAMarkdownDraft() {
        #expect(
            Self.fixedText("# Library\n\nThe council voted on Wednesday.\n", format: .markdown)
                == "---\ndate: 2025-09-03\n---\n\n# Library\n\nThe council voted on Wednesday.\n"
        )
    }

    @Test func fixAddsADateToExistingFrontMatter() {
        #expect(
            Self.fixedText("---\ntitle: Library\n---\nThe council voted on Wednesday.\n", format: .markdown)
                == "---\ntitle: Library\ndate: 2025-09-03\n---\nThe council voted on Wednesday.\n"
        )
        #expect(
            Self.fixedText("---\r\ntitle: Library\r\n---\r\nThe council voted on Wednesday.\r\n", format: .markdown)
                == "---\r\ntitle: Library\r\ndate: 2025-09-03\r\n---\r\nThe council voted on Wednesday.\r\n"
        )
    }

    @Test func fixReplacesAnUnreadableDate() {
        #expect(
            Self.fixedText("---\ndate: soon\n---\nThe council voted on Wednesday.\n", format: .markdown)
                == "---\ndate: 2025-09-03\n---\nThe council voted on Wednesday.\n"
        )
    }

    @Test func plainTextWireCopyGetsNoYAML() {
        #expect(Self.fixedText("The council voted on Wednesday.\n", format: .plainText) == nil)
        #expect(
            Self.fixedText("---\ntitle: Library\n---\nThe council voted on Wednesday.\n", format: .plainText)
                == "---\ntitle: Library\ndate: 2025-09-03\n---\nThe council voted on Wednesday.\n"
        )
    }

    @Test func noFixWithoutTodaysDate() {
        #expect(Self.fixedText("The council voted on Wednesday.\n", format: .markdown, today: nil) == nil)
    }
}
