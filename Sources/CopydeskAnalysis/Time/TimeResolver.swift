/// Turns a mention into a TimeML TIMEX3 value, using the publication date for relative and partial references.
///
/// The tense decides between occurrences: "said on Wednesday" is the latest Wednesday on or before the anchor,
/// "will meet on Friday" the next Friday on or after it; a month or date with no year and no tense is the
/// occurrence nearest the anchor.
struct TimeResolver {
    /// What a mention resolves to: its TIMEX3 value and, for day-level references, the day.
    struct Resolution: Sendable, Hashable {
        var value: String
        var date: CivilDate?
    }

    /// The publication date, or nil when the draft has none (then only absolute references resolve).
    let anchor: CivilDate?
    /// Whether weeks run Sunday to Saturday: said on a Sunday, "last week" is the week just ending and "this week"
    /// the one starting.
    var weekStartsOnSunday = false

    /// The day week arithmetic counts from: the anchor, or the Monday after it when a Sunday starts the week (the
    /// Sunday-to-Saturday week shares six days with the ISO week of that Monday).
    private var weekAnchor: CivilDate? {
        guard let anchor else { return nil }
        return weekStartsOnSunday && anchor.isoWeekday == 7 ? anchor.adding(days: 1) : anchor
    }

    func resolve(_ mention: TimeMention) -> Resolution? {
        guard let resolution = resolve(mention.reference, tense: mention.tense) else { return nil }
        guard let date = resolution.date else { return resolution }
        if mention.isWeekOf { return Resolution(value: Self.weekValue(date)) }
        return Resolution(value: Self.dayValue(date, dayPart: mention.dayPart, clock: mention.clock), date: date)
    }

    private func resolve(_ reference: TimeReference, tense: TimeMention.Tense) -> Resolution? {
        switch reference {
        case .date(let date):
            return day(date)
        case .year(let year), .periodOfYear(let year):
            return Resolution(value: Self.pad(year, 4))
        case .decade(let start):
            return Resolution(value: Self.pad(start / 10, 3))
        case .century(let number):
            return Resolution(value: Self.pad(number, 2))
        case .point(let point):
            return Resolution(value: point.rawValue)
        case .month(let month, let year?, _):
            return Resolution(value: "\(Self.pad(year, 4))-\(Self.pad(month, 2))")
        case .yearPart(let part, let year?, _):
            return Resolution(value: "\(Self.pad(year, 4))-\(part.code)")
        case .holiday(let holiday, let year?, _):
            return CivilDate.date(of: holiday, year: year).flatMap(day)
        case .weekdayDate(_, let month, let dayOfMonth, let year?):
            return CivilDate(year: year, month: month, day: dayOfMonth).flatMap(day)
        default:
            break
        }
        guard let anchor else { return nil }
        switch reference {
        case .monthDay(let month, let dayOfMonth):
            return occurrence(tense: tense, shift: nil) { CivilDate(year: $0, month: month, day: dayOfMonth) }.flatMap(day)
        case .weekdayDate(_, let month, let dayOfMonth, nil):
            return occurrence(tense: .unknown, shift: nil) { CivilDate(year: $0, month: month, day: dayOfMonth) }.flatMap(day)
        case .holiday(let holiday, nil, let shift):
            return occurrence(tense: tense, shift: shift) { CivilDate.date(of: holiday, year: $0) }.flatMap(day)
        case .month(let month, nil, let shift):
            let year = partYear(first: month, last: month, tense: tense, shift: shift)
            return Resolution(value: "\(Self.pad(year, 4))-\(Self.pad(month, 2))")
        case .yearPart(let part, nil, let shift):
            let year = partYear(first: part.months.lowerBound, last: part.months.upperBound, tense: tense, shift: shift)
            return Resolution(value: "\(Self.pad(year, 4))-\(part.code)")
        case .inRelativeYear(let month, let dayOfMonth?, let years):
            return CivilDate(year: anchor.year + years, month: month, day: dayOfMonth).flatMap(day)
        case .inRelativeYear(let month, nil, let years):
            return Resolution(value: "\(Self.pad(anchor.year + years, 4))-\(Self.pad(month, 2))")
        case .latestQuarter:
            return quarter(offset: -1)
        case .yearEarlier(let isQuarter):
            return isQuarter ? quarter(offset: -5) : Resolution(value: Self.pad(anchor.year - 1, 4))
        case .anaphoricWeekday(let weekday, let forward):
            // With no day named before it; `AnaphoricTimes` counts from one when there is.
            return day(Self.weekday(weekday, shift: forward ? .next : .last, weeks: 0, tense: tense, anchor: anchor, weekAnchor: anchor))
        case .weekday(let weekday, let shift, let weeks):
            return day(Self.weekday(weekday, shift: shift, weeks: weeks, tense: tense, anchor: anchor, weekAnchor: weekAnchor ?? anchor))
        case .dayOffset(let days):
            return day(anchor.adding(days: days))
        case .unitOffset(let unit, let offset):
            return span(unit, offset: offset, tense: tense)
        case .clockOnly:
            return day(anchor)
        default:
            return nil
        }
    }

    private func day(_ date: CivilDate) -> Resolution? {
        Resolution(value: date.iso, date: date)
    }

    /// The weekday the tense and shifter pick relative to the anchor.
    /// `weekAnchor` is the day week arithmetic counts from (`Wednesday of last week`, `this Wednesday`).
    private static func weekday(
        _ weekday: Int, shift: TimeShift?, weeks: Int, tense: TimeMention.Tense, anchor: CivilDate, weekAnchor: CivilDate
    ) -> CivilDate {
        let today = anchor.isoWeekday
        let back = (today - weekday + 7) % 7
        let forward = (weekday - today + 7) % 7
        if weeks != 0 { return weekAnchor.adding(days: weekday - weekAnchor.isoWeekday + 7 * weeks) }
        switch shift {
        case .last: return anchor.adding(days: -(back == 0 ? 7 : back))
        case .next: return anchor.adding(days: forward == 0 ? 7 : forward)
        case .this: return weekAnchor.adding(days: weekday - weekAnchor.isoWeekday)
        case nil: return tense == .future || tense == .progressive ? anchor.adding(days: forward) : anchor.adding(days: -back)
        }
    }

    /// The occurrence of a yearly date (made by `make` for a year) that the tense or shifter picks.
    private func occurrence(tense: TimeMention.Tense, shift: TimeShift?, _ make: (Int) -> CivilDate?) -> CivilDate? {
        guard let anchor else { return nil }
        let candidates = (anchor.year - 1...anchor.year + 1).compactMap(make)
        switch shift {
        case .this:
            return make(anchor.year)
        case .last:
            return candidates.last { $0 < anchor }
        case .next:
            return candidates.first { $0 > anchor }
        case nil:
            let now = anchor.daysSinceEpoch
            let year = Self.year(near: anchor.year, now: now, tense: tense, tolerance: 90, margin: 60) { year in
                make(year).map { ($0.daysSinceEpoch, $0.daysSinceEpoch) }
            }
            return year.flatMap(make)
        }
    }

    /// The year of a month or part of a year spanning months `first...last` (counted from January of its year
    /// as 1) that the tense or shifter picks.
    private func partYear(first: Int, last: Int, tense: TimeMention.Tense, shift: TimeShift?) -> Int {
        guard let anchor else { return 0 }
        func start(_ year: Int) -> Int { year * 12 + first }
        func end(_ year: Int) -> Int { year * 12 + last }
        let current = anchor.year * 12 + anchor.month
        let years = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1]
        switch shift {
        case .this:
            return years.first { start($0) <= current && current <= end($0) } ?? anchor.year
        case .last:
            // "last February" on March 1 is the February of last year: the one just ended is "last month".
            let latest = years.last { end($0) < current } ?? anchor.year - 1
            return first == last && current - end(latest) == 1 ? latest - 1 : latest
        case .next:
            return years.first { start($0) > current } ?? anchor.year + 1
        case nil:
            // Winter belongs to the year it starts in, so the winter containing January is last year's.
            let home = first > 12 && anchor.month <= last - 12 ? anchor.year - 1 : anchor.year
            return Self.year(near: home, now: current, tense: tense, tolerance: 2, margin: 2) { ($0 * 12 + first, $0 * 12 + last) } ?? home
        }
    }

    /// Picks the year of a yearly period (spanning `span(year)`, in days or months) for a reference written
    /// without one, as readers do: the publication year's (`home`) unless the tense contradicts it and either the
    /// neighbouring year's occurrence, which agrees with the tense, is nearer, or the contradiction is more than
    /// `tolerance` (a past event cannot be three months ahead). With no tense, the nearest occurrence.
    static func year(near home: Int, now: Int, tense: TimeMention.Tense, tolerance: Int, margin: Int, span: (Int) -> (Int, Int)?) -> Int? {
        func distance(_ range: (Int, Int)) -> Int {
            range.0 > now ? range.0 - now : range.1 < now ? now - range.1 : 0
        }
        func agrees(_ range: (Int, Int)) -> Bool {
            switch tense {
            case .past: return range.0 <= now
            case .future: return range.1 >= now
            default: return true
            }
        }
        let candidates = [home - 1, home, home + 1].compactMap { year in span(year).map { (year, $0) } }
        guard !candidates.isEmpty else { return nil }
        let nearest = { (list: [(Int, (Int, Int))]) in list.min { distance($0.1) < distance($1.1) } }
        guard let same = candidates.first(where: { $0.0 == home }) else { return nearest(candidates)?.0 }
        if tense != .past, tense != .future {
            guard let closest = nearest(candidates), distance(closest.1) + margin < distance(same.1) else { return home }
            return closest.0
        }
        if agrees(same.1) { return home }
        guard let other = nearest(candidates.filter { agrees($0.1) }),
            distance(other.1) < distance(same.1) || distance(same.1) > tolerance
        else { return home }
        return other.0
    }

    /// The quarter `offset` quarters from the anchor's.
    private func quarter(offset: Int) -> Resolution? {
        guard let anchor else { return nil }
        let index = anchor.year * 4 + anchor.quarter - 1 + offset
        return Resolution(value: "\(Self.pad(index / 4, 4))-Q\(index % 4 + 1)")
    }

    /// A week, weekend, month, quarter, year, decade or century counted from the anchor's.
    private func span(_ unit: CalendarUnit, offset: Int, tense: TimeMention.Tense) -> Resolution? {
        guard let anchor else { return nil }
        switch unit {
        case .day:
            return day(anchor.adding(days: offset))
        case .week:
            return Resolution(value: Self.weekValue((weekAnchor ?? anchor).adding(days: 7 * offset)))
        case .weekend:
            // A weekend in progress is this weekend; otherwise the past one, or the coming one for future tense.
            let inWeekend = anchor.isoWeekday >= 6
            var weeks = offset
            if offset == 0, !inWeekend { weeks = tense == .future ? 0 : -1 }
            if offset == -1, inWeekend { weeks = -1 }
            let week = anchor.adding(days: 7 * weeks).isoWeek
            return Resolution(value: "\(Self.pad(week.year, 4))-W\(Self.pad(week.week, 2))-WE")
        case .month:
            guard let month = anchor.firstOfMonth(adding: offset) else { return nil }
            return Resolution(value: "\(Self.pad(month.year, 4))-\(Self.pad(month.month, 2))")
        case .quarter:
            return quarter(offset: offset)
        case .half:
            return nil
        case .year:
            return Resolution(value: Self.pad(anchor.year + offset, 4))
        case .decade:
            return Resolution(value: Self.pad(anchor.year / 10 + offset, 3))
        case .century:
            return Resolution(value: Self.pad(anchor.year / 100 + offset, 2))
        }
    }

    /// The ISO week a day falls in: `2025-W36`.
    static func weekValue(_ date: CivilDate) -> String {
        let week = date.isoWeek
        return "\(pad(week.year, 4))-W\(pad(week.week, 2))"
    }

    /// A day's value with its clock time or part of day: `2025-09-03T15:00`, `2025-09-03TNI`.
    static func dayValue(_ date: CivilDate, dayPart: DayPart?, clock: ClockTime?) -> String {
        if let clock { return "\(date.iso)T\(pad(clock.hour, 2)):\(pad(clock.minute, 2))" }
        if let dayPart { return "\(date.iso)T\(dayPart.rawValue)" }
        return date.iso
    }

    /// `value` as decimal digits, zero-padded to `width` (negative years are not news).
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(max(0, value))
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
