/// Checks and formats the partial ISO 8601 calendar dates knowledge uses: `2012-05-07`, `2025-03`, `1990`.
public enum ISODate {
    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false }
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false }
        }
        return true
    }

    /// The date for reading: `7 May 2012`, `March 2025`, `1990`; the text itself when it is not a valid date.
    public static func readable(_ text: String) -> String {
        guard isValid(text) else { return text }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        switch parts.count {
        case 3: return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
        case 2: return "\(months[parts[1] - 1]) \(parts[0])"
        default: return text
        }
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
