/// Calendar arithmetic time resolution needs: ISO weeks, quarters, month counts and holidays.
extension CivilDate {
    /// The ISO 8601 week-numbering year and week (1–53) the date falls in.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year its Thursday falls in.
        let thursday = adding(days: 4 - isoWeekday)
        guard let january1 = CivilDate(year: thursday.year, month: 1, day: 1) else { return (thursday.year, 1) }
        return (thursday.year, january1.days(to: thursday) / 7 + 1)
    }

    /// The quarter (1–4) the date falls in.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// Months since January of year 0, so month arithmetic is integer arithmetic.
    var monthIndex: Int { year * 12 + month - 1 }

    /// The first day of the month `months` months after this date's month.
    func firstOfMonth(adding months: Int) -> CivilDate? {
        let index = monthIndex + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CivilDate(year: year, month: index - year * 12 + 1, day: 1)
    }

    /// The `ordinal`-th `weekday` (ISO, 1 = Monday) of `month` in `year`; an ordinal of -1 is the last one.
    static func nthWeekday(_ weekday: Int, ordinal: Int, month: Int, year: Int) -> CivilDate? {
        if ordinal < 0 {
            guard let last = CivilDate(year: year, month: month, day: daysIn(month: month, year: year)) else { return nil }
            return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
        }
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (ordinal - 1))
    }

    /// Easter Sunday of `year` (Gregorian computus).
    static func easter(year: Int) -> CivilDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// The date of `holiday` in `year` (US holidays where the date differs by country).
    static func date(of holiday: Holiday, year: Int) -> CivilDate? {
        switch holiday {
        case .newYearsDay: return CivilDate(year: year, month: 1, day: 1)
        case .newYearsEve: return CivilDate(year: year, month: 12, day: 31)
        case .valentinesDay: return CivilDate(year: year, month: 2, day: 14)
        case .easter: return easter(year: year)
        case .memorialDay: return nthWeekday(1, ordinal: -1, month: 5, year: year)
        case .independenceDay: return CivilDate(year: year, month: 7, day: 4)
        case .laborDay: return nthWeekday(1, ordinal: 1, month: 9, year: year)
        case .halloween: return CivilDate(year: year, month: 10, day: 31)
        case .thanksgiving: return nthWeekday(4, ordinal: 4, month: 11, year: year)
        case .christmasEve: return CivilDate(year: year, month: 12, day: 24)
        case .christmas: return CivilDate(year: year, month: 12, day: 25)
        case .electionDay: return nthWeekday(1, ordinal: 1, month: 11, year: year)?.adding(days: 1)
        }
    }
}
