/// What a number token looks like to time recognition: a plain integer, an ordinal, a decade, a clock time or a
/// numeric date.
enum NumberShape: Sendable, Hashable {
    /// Digits only: `3`, `2025`; `digits` counts them, so `03` and `3` differ.
    case integer(Int, digits: Int)
    /// `3rd`, `21st`.
    case ordinal(Int)
    /// `1990s` (1990) and `90s` (90, century unknown).
    case decade(Int)
    /// `3:30`, `3pm`, `3:30pm`; `isPM` is nil when no meridiem is attached.
    case clock(hour: Int, minute: Int, isPM: Bool?)
    /// `2025-09-03`.
    case isoDate(year: Int, month: Int, day: Int)
    /// `9/3/2025` or `9/3/25`, read US style as month/day/year.
    case slashDate(month: Int, day: Int, year: Int)
    /// Two integers joined by a hyphen: `1990-91`, `3-5`, `2020-2021`.
    case range(Int, Int, firstDigits: Int)

    /// Reads the shape of the number token `bytes[range]`, or nil when it is none of the above (`1,000`, `8.8`).
    init?(_ bytes: [UInt8], _ range: Range<Int>) {
        var groups: [(value: Int, digits: Int)] = []
        var separators: [UInt8] = []
        var index = range.lowerBound
        var value = 0
        var digits = 0
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") {
                guard digits > 0 else { return nil }
                groups.append((value, digits))
                separators.append(byte)
                value = 0
                digits = 0
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        groups.append((value, digits))
        let suffix = String(decoding: bytes[index..<range.upperBound], as: UTF8.self).lowercased()
        switch (separators, suffix) {
        case ([], ""):
            self = .integer(groups[0].value, digits: groups[0].digits)
        case ([], "st"), ([], "nd"), ([], "rd"), ([], "th"):
            self = .ordinal(groups[0].value)
        case ([], "s"):
            let decade = groups[0].value
            guard decade % 10 == 0, groups[0].digits == 4 || groups[0].digits == 2 else { return nil }
            self = .decade(decade)
        case ([], "am"), ([], "pm"), ([], "a.m"), ([], "p.m"):
            guard (1...12).contains(groups[0].value) else { return nil }
            self = .clock(hour: groups[0].value, minute: 0, isPM: suffix.hasPrefix("p"))
        case ([UInt8(ascii: ":")], _):
            let (hour, minute) = (groups[0].value, groups[1].value)
            guard hour <= 24, minute <= 59, groups[1].digits == 2 else { return nil }
            switch suffix {
            case "": self = .clock(hour: hour, minute: minute, isPM: nil)
            case "am", "a.m": self = .clock(hour: hour, minute: minute, isPM: false)
            case "pm", "p.m": self = .clock(hour: hour, minute: minute, isPM: true)
            default: return nil
            }
        case ([UInt8(ascii: "-"), UInt8(ascii: "-")], ""):
            guard groups[0].digits == 4, groups[1].digits == 2, groups[2].digits == 2 else { return nil }
            self = .isoDate(year: groups[0].value, month: groups[1].value, day: groups[2].value)
        case ([UInt8(ascii: "/"), UInt8(ascii: "/")], ""):
            var year = groups[2].value
            switch groups[2].digits {
            case 4: break
            case 2: year += year < 50 ? 2000 : 1900
            default: return nil
            }
            self = .slashDate(month: groups[0].value, day: groups[1].value, year: year)
        case ([UInt8(ascii: "-")], ""):
            self = .range(groups[0].value, groups[1].value, firstDigits: groups[0].digits)
        default:
            return nil
        }
    }
}
