/// Resolves times a story counts from the time it named last (`the following year`, `the next day`, `that
/// year`, `two years later`) against that time, and puts a clock time with no day on the day its paragraph named.
///
/// The antecedent is the nearest earlier expression whose value is fine enough for the unit counted: a year for
/// `the following year`, a month for `the following month`, a day for `the next day`. The anaphor inherits
/// whether it depends on the publication date and whether a reader can place it; with no antecedent it has no
/// value and nothing to flag, since it never counted from publication.
enum AnaphoricTimes {
    static func resolve(_ times: inout [TimeExpression]) {
        placeClockTimes(&times)
        countFromEarlierTimes(&times)
    }

    /// A clock time with no day (`at 10:35 a.m.`) is on the day its paragraph last named ("The blast came on
    /// Friday … at 10:35 a.m."), and on the publication day only when the paragraph named none.
    static func placeClockTimes(_ times: inout [TimeExpression]) {
        var lastDay: (index: Int, paragraph: Int)?
        for index in times.indices {
            if case .clockOnly = times[index].reference, let clock = times[index].mention.clock, let (source, paragraph) = lastDay,
                paragraph == times[index].paragraph, let date = times[source].date
            {
                count(&times, index, from: source, value: TimeResolver.dayValue(date, dayPart: nil, clock: clock), date: date)
                continue
            }
            if times[index].date != nil, times[index].reference != .clockOnly {
                lastDay = (index, times[index].paragraph)
            }
        }
    }

    /// Gives time `index` its value counted from time `source`, which it can be placed exactly as well as.
    private static func count(_ times: inout [TimeExpression], _ index: Int, from source: Int, value: String?, date: CivilDate?) {
        times[index].value = value
        times[index].date = date
        times[index].antecedent = times[source].range
        times[index].isRelative = times[source].isRelative
        times[index].isAnchored = times[source].isAnchored
        times[index].isPlaceable = times[source].isPlaceable
    }

    /// Counts each anaphoric time from the latest time before it fine enough for its unit.
    static func countFromEarlierTimes(_ times: inout [TimeExpression]) {
        guard times.contains(where: { $0.reference.kind == "anaphoric" }) else { return }
        // For each unit, the latest expression so far whose value is fine enough to count it from; a relative time
        // with no value (no anchor to resolve it) counts for every unit, so what follows it is as unplaceable.
        var latest: [CalendarUnit: (index: Int, point: CalendarPoint?)] = [:]
        for index in times.indices {
            if case .anaphoricWeekday(let weekday, let forward) = times[index].reference, let (source, point) = latest[.day],
                let date = point?.date
            {
                // `the previous Friday`: the Friday strictly before the day named last.
                let step = forward ? (weekday - date.isoWeekday + 6) % 7 + 1 : -((date.isoWeekday - weekday + 6) % 7 + 1)
                let day = date.adding(days: step)
                count(&times, index, from: source, value: TimeResolver.dayValue(day, dayPart: times[index].mention.dayPart, clock: nil), date: day)
            }
            if case .anaphoric(let unit, let offset) = times[index].reference {
                if let (source, point) = latest[unit] {
                    let resolved = point?.counted(unit, offset, dayPart: times[index].mention.dayPart)
                    count(&times, index, from: source, value: resolved?.value, date: resolved?.date)
                } else {
                    times[index].isRelative = false
                    times[index].isPlaceable = true
                }
            }
            if let value = times[index].value {
                guard let point = CalendarPoint(value) else { continue }
                for unit in point.units { latest[unit] = (index, point) }
            } else if times[index].isRelative, times[index].antecedent == nil || !times[index].isPlaceable {
                for unit in TimeRecognizer.anaphoricUnits { latest[unit] = (index, nil) }
            }
        }
    }
}

/// A resolved TIMEX3 value read back into its parts: `2025-09-03` has a year, month, week and day; `2025-Q3` a
/// year and quarter; `2025-W36` a year and week.
struct CalendarPoint {
    var year: Int
    var month: Int?
    var quarter: Int?
    var date: CivilDate?
    /// The Monday of the value's week, for week values and dates.
    var weekStart: CivilDate?

    init?(_ value: String) {
        let utf8 = Array(value.utf8)
        guard utf8.count >= 4, utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(String(value.prefix(4))) else {
            return nil
        }
        self.year = year
        guard utf8.count >= 7, utf8[4] == UInt8(ascii: "-") else { return }
        let field = String(decoding: utf8[5..<7], as: UTF8.self)
        if utf8[5] == UInt8(ascii: "W"), utf8.count >= 8, let week = Int(String(decoding: utf8[6..<8], as: UTF8.self)),
            let january4 = CivilDate(year: year, month: 1, day: 4)
        {
            weekStart = january4.adding(days: 1 - january4.isoWeekday + 7 * (week - 1))
        } else if utf8[5] == UInt8(ascii: "Q"), let number = Int(String(decoding: utf8[6..<7], as: UTF8.self)) {
            quarter = number
        } else if let number = Int(field), (1...12).contains(number) {
            // A month or a day does not make `that quarter`: a story names the quarter it means.
            month = number
            if utf8.count >= 10, let day = CivilDate(iso: String(decoding: utf8[0..<10], as: UTF8.self)) {
                date = day
                weekStart = day.adding(days: 1 - day.isoWeekday)
            }
        }
    }

    /// The units this point can be counted in.
    var units: [CalendarUnit] {
        var units: [CalendarUnit] = [.year]
        if quarter != nil { units.append(.quarter) }
        if month != nil { units.append(.month) }
        if weekStart != nil { units.append(.week) }
        if date != nil { units.append(.day) }
        return units
    }

    /// The value `offset` units from this point, with the day when the unit is a day; nil when the point is too
    /// coarse for the unit (a year cannot give `the next day`).
    func counted(_ unit: CalendarUnit, _ offset: Int, dayPart: DayPart?) -> (value: String, date: CivilDate?)? {
        switch unit {
        case .year:
            return (TimeResolver.pad(year + offset, 4), nil)
        case .quarter:
            guard let quarter else { return nil }
            let index = year * 4 + quarter - 1 + offset
            return ("\(TimeResolver.pad(index / 4, 4))-Q\(index % 4 + 1)", nil)
        case .month:
            guard let month, let first = CivilDate(year: year, month: month, day: 1)?.firstOfMonth(adding: offset) else { return nil }
            return ("\(TimeResolver.pad(first.year, 4))-\(TimeResolver.pad(first.month, 2))", nil)
        case .week:
            guard let weekStart else { return nil }
            return (TimeResolver.weekValue(weekStart.adding(days: 7 * offset)), nil)
        case .day:
            guard let date else { return nil }
            let day = date.adding(days: offset)
            return (TimeResolver.dayValue(day, dayPart: dayPart, clock: nil), day)
        case .weekend, .half, .decade, .century:
            return nil
        }
    }
}
