@testable import CopydeskAnalysis
import Testing

/// The calendar arithmetic resolution depends on.
struct CalendarTests {
    @Test(arguments: [
        ("2025-09-03", 2025, 36), ("2025-01-01", 2025, 1), ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53),
        ("2026-12-31", 2026, 53),
    ])
    func isoWeeks(_ iso: String, _ year: Int, _ week: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.isoWeek.year == year)
        #expect(date.isoWeek.week == week)
    }

    @Test func weekdaysAndQuarters() throws {
        let date = try #require(CivilDate(iso: "2025-09-03"))
        #expect(date.isoWeekday == 3)
        #expect(date.quarter == 3)
        #expect(date.firstOfMonth(adding: -9) == CivilDate(year: 2024, month: 12, day: 1))
    }

    @Test(arguments: [
        (Holiday.easter, 2025, "2025-04-20"), (.easter, 2024, "2024-03-31"), (.thanksgiving, 2025, "2025-11-27"),
        (.laborDay, 2025, "2025-09-01"), (.memorialDay, 2025, "2025-05-26"), (.electionDay, 2024, "2024-11-05"),
        (.christmas, 2025, "2025-12-25"),
    ])
    func holidays(_ holiday: Holiday, _ year: Int, _ iso: String) {
        #expect(CivilDate.date(of: holiday, year: year)?.iso == iso)
    }

    @Test func apStyleDates() throws {
        let date = try #require(CivilDate(iso: "2025-09-03"))
        #expect(APDateStyle.date(date, currentYear: 2025) == "Sept. 3")
        #expect(APDateStyle.date(date, currentYear: 2024) == "Sept. 3, 2025")
        #expect(APDateStyle.describe("2025-W36") == "the week of Sept. 1, 2025")
        #expect(APDateStyle.describe("2026-W01") == "the week of Dec. 29, 2025")
        #expect(APDateStyle.describe("2025-W35-WE") == "the weekend of Aug. 30, 2025")
        #expect(APDateStyle.describe("2025-03") == "March 2025")
        #expect(APDateStyle.describe("2025-Q3") == "the third quarter of 2025")
        #expect(APDateStyle.describe("2025-09-03T15:00") == "Sept. 3, 2025, 3 p.m.")
        #expect(APDateStyle.describe("2025-09-02TNI") == "Sept. 2, 2025, night")
        #expect(APDateStyle.describe("199") == "the 1990s")
        #expect(APDateStyle.describe("PAST_REF") == nil)
    }
}
