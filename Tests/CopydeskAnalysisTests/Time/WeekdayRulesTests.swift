import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// `weekday-out-of-range` and `date-weekday-mismatch`, against a story published Sat., Sept. 20, 2025.
struct WeekdayRulesTests {
    static var settings: AnalysisSettings {
        var settings = AnalysisSettings()
        settings.publicationDateOverride = CivilDate(year: 2025, month: 9, day: 20)
        return settings
    }

    @Test func flagsAWeekdayMoreThanAWeekAway() {
        assertFindings(
            "weekday-out-of-range",
            "The council met 1️⃣Wednesday, Sept. 3, to debate the budget. It met again 2️⃣Tuesday of last week. It meets Monday.",
            [
                FindingExpectation("1️⃣", "“Wednesday, Sept. 3” is 17 days before publication: AP style uses the weekday only within a week, so write “Sept. 3”."),
                FindingExpectation("2️⃣", "“Tuesday of last week” is 11 days before publication", prefix: true),
            ],
            settings: Self.settings
        )
    }

    @Test func aWeekdayWithinTheWeekIsFine() {
        assertFindings("weekday-out-of-range", "The council met Thursday, Sept. 18, and again on Friday.", [], settings: Self.settings)
    }

    @Test func theFixWritesTheDateInAPStyle() throws {
        let text = "The council met Wednesday, Sept. 3, 2025, to debate the budget. It met Tuesday, Sept. 3, 2024."
        let analysis = AnalysisHost().analyze(text, format: .plainText, settings: Self.settings)
        let fixes = analysis.findings.filter { $0.rule == "weekday-out-of-range" }.compactMap(\.fixes.first)
        var bytes = Array(text.utf8)
        for fix in fixes.reversed() { for edit in fix.edits { bytes.apply(edit) } }
        #expect(String(decoding: bytes, as: UTF8.self) == "The council met Sept. 3 to debate the budget. It met Sept. 3, 2024.")
    }

    @Test func flagsAWeekdayThatDoesNotMatchItsDate() {
        assertFindings(
            "date-weekday-mismatch",
            "The hearing is set for 1️⃣Wednesday, Sept. 4, 2025. It was postponed from Friday, Aug. 29.",
            [FindingExpectation("1️⃣", "Sept. 4, 2025 is a Thursday, not a Wednesday: check the date and the weekday.")],
            settings: Self.settings
        )
    }

    @Test func checksADateWithoutAYearInThePublicationYear() {
        assertFindings(
            "date-weekday-mismatch", "It was postponed from 1️⃣Thursday, Aug. 29.",
            [FindingExpectation("1️⃣", "Aug. 29 (2025) is a Friday, not a Thursday: check the date and the weekday.")],
            settings: Self.settings
        )
    }

    @Test func theMismatchFixChangesTheWeekday() {
        let text = "The hearing is set for Wednesday, Sept. 4, 2025."
        let analysis = AnalysisHost().analyze(text, format: .plainText, settings: Self.settings)
        let fix = analysis.findings.first { $0.rule == "date-weekday-mismatch" }?.fixes.first
        #expect(fix?.title == "Change to Thursday")
        var bytes = Array(text.utf8)
        for edit in fix?.edits ?? [] { bytes.apply(edit) }
        #expect(String(decoding: bytes, as: UTF8.self) == "The hearing is set for Thursday, Sept. 4, 2025.")
    }

    @Test func aYearWrittenOutNeedsNoAnchor() {
        assertFindings(
            "date-weekday-mismatch", "The hearing is set for 1️⃣Wednesday, Sept. 4, 2025.",
            [FindingExpectation("1️⃣", "Sept. 4, 2025 is a Thursday, not a Wednesday: check the date and the weekday.")]
        )
    }
}
