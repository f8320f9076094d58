import CopydeskAnalysis
import CopydeskJSON
import CopydeskText
import Testing

/// Each place a publication date can come from, and which wins.
struct DateAnchorTests {
    static func analyze(
        _ text: String, format: DraftFormat = .markdown, override: String? = nil, configured: String? = nil,
        today: String? = nil, useToday: Bool = false
    ) -> DraftAnalysis {
        var settings = AnalysisSettings()
        settings.publicationDateOverride = override.flatMap { CivilDate(iso: $0) }
        settings.configuredPublicationDate = configured.flatMap { CivilDate(iso: $0) }
        settings.today = today.flatMap { CivilDate(iso: $0) }
        settings.useTodayAsPublicationDate = useToday
        return AnalysisHost().analyze(Array(text.utf8), format: format, settings: settings)
    }

    static let frontMatterDraft = """
        ---
        date: 2025-09-03
        ---
        The council met on Tuesday.
        """

    @Test func theCommandLineOrEditorDateWins() {
        let analysis = Self.analyze(Self.frontMatterDraft, override: "2025-10-01", configured: "2025-01-01")
        #expect(analysis.anchor?.date == CivilDate(year: 2025, month: 10, day: 1))
        #expect(analysis.anchor?.source == .override)
        #expect(analysis.times.first?.value == "2025-09-30")
    }

    @Test func frontMatterDateBeatsConfiguration() {
        let analysis = Self.analyze(Self.frontMatterDraft, configured: "2025-01-01")
        #expect(analysis.anchor?.source == .frontMatter)
        #expect(analysis.anchor.flatMap { $0.range.map { analysis.text($0) } } == "2025-09-03")
        #expect(analysis.times.first?.value == "2025-09-02")
    }

    @Test(arguments: ["2025-09-03T10:00:00Z", "2025-09-03 10:00", "\"Sept. 3, 2025\""])
    func frontMatterDatesMayCarryATimeOrBeWrittenInNewsStyle(_ written: String) {
        let analysis = Self.analyze("---\ndate: \(written)\n---\nThe council met on Tuesday.\n")
        #expect(analysis.anchor?.date == CivilDate(year: 2025, month: 9, day: 3))
    }

    @Test func aDatedDatelineAnchorsTheStory() {
        let analysis = Self.analyze("BEIJING, Sept. 3, 2025 (Reuters) — Putin said on Monday that talks would go on.", format: .plainText)
        #expect(analysis.anchor?.source == .dateline)
        #expect(analysis.anchor?.date == CivilDate(year: 2025, month: 9, day: 3))
        #expect(analysis.times.map(\.value) == ["2025-09-03", "2025-09-01"])
    }

    @Test func aDatelineAfterTheHeadlineAndBylineCounts() {
        let text = "Putin hints at peace\n\nBy Jane Roe\n\nBEIJING, Sept. 3, 2025 (Reuters) — Putin said on Monday that talks would go on.\n"
        #expect(Self.analyze(text, format: .plainText).anchor?.source == .dateline)
    }

    @Test func aDatelineWithoutAYearTakesItFromConfiguration() {
        let analysis = Self.analyze(
            "BEIJING, Sept. 3 (Reuters) — Putin said on Monday that talks would go on.", format: .plainText,
            configured: "2025-09-05"
        )
        #expect(analysis.anchor?.date == CivilDate(year: 2025, month: 9, day: 3))
        #expect(analysis.anchor?.source == .dateline)
        #expect(analysis.anchor?.yearSource == .configuration)
    }

    @Test func aDatelineWithoutAYearLetsReadersPlaceWeekdaysButNotYears() {
        let analysis = Self.analyze(
            "BEIJING, Sept. 3 (Reuters) — Putin said on Monday that talks that began last year would go on.",
            format: .plainText
        )
        #expect(analysis.anchor == nil)
        let placeable = analysis.times.map { (analysis.text($0.range), $0.isPlaceable) }
        #expect(placeable.map(\.0) == ["Sept. 3", "Monday", "last year"])
        #expect(placeable.map(\.1) == [true, true, false])
    }

    @Test func frontMatterDatelineCounts() {
        let analysis = Self.analyze("---\ndateline: \"KYIV, Ukraine, Sept. 3, 2025\"\n---\nThe talks failed on Tuesday.\n")
        #expect(analysis.anchor?.source == .dateline)
        #expect(analysis.times.first?.value == "2025-09-02")
    }

    @Test func anUndatedDatelineLeavesTheDateToConfiguration() {
        let analysis = Self.analyze("KYIV, Ukraine (AP) — The talks failed on Tuesday.", format: .plainText, configured: "2025-09-03")
        #expect(analysis.anchor?.source == .configuration)
        #expect(analysis.times.first?.value == "2025-09-02")
    }

    @Test func todayOnlyWhenTheUserOptsIn() {
        let text = "The talks failed on Tuesday."
        #expect(Self.analyze(text, format: .plainText, today: "2025-09-03").anchor == nil)
        let analysis = Self.analyze(text, format: .plainText, today: "2025-09-03", useToday: true)
        #expect(analysis.anchor?.source == .today)
        #expect(analysis.times.first?.value == "2025-09-02")
    }

    @Test func withoutAnAnchorRelativeTimesHaveNoValue() {
        let analysis = Self.analyze("The talks failed on Tuesday, Sept. 2, 2025, and again last week.", format: .plainText)
        #expect(analysis.times.map(\.value) == ["2025-09-02", nil])
        #expect(analysis.times.map(\.isAnchored) == [false, false])
        #expect(analysis.times.map(\.isRelative) == [false, true])
    }

    @Test func settingsFromConfigurationAndFrontMatterFeedTheAnchor() {
        let settings = AnalysisSettings(layers: [
            SettingsLayer(source: .configFile(path: ".copydesk.json"), values: ["publicationDate": "2025-09-03"]),
        ])
        let analysis = AnalysisHost().analyze("The talks failed on Tuesday.", format: .plainText, settings: settings)
        #expect(analysis.anchor?.source == .configuration)
    }
}
