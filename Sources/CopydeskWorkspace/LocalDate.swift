import CopydeskAnalysis
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Today's date on the user's calendar, which the shells supply to the analysis (the core never reads the clock).
public enum LocalDate {
    /// Today in the local time zone, as a calendar date.
    public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> CivilDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
