/// The keys lookups use: surface forms with typographic apostrophes and dashes made plain, and their case-folded
/// forms for all-caps headlines.
enum LookupKey {
    /// The pseudo-title under which a country's leader is indexed (see `KnowledgeOffice.isLeader`).
    static let leaderTitle = "leader"

    /// The form with curly apostrophes and dashes made plain and runs of white space collapsed to one space.
    static func exact(_ surface: String) -> String {
        if isPlain(surface) { return surface }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in surface.unicodeScalars {
            let plain: Unicode.Scalar
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": plain = "'"
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": plain = "-"
            case " ", "\u{00A0}", "\t", "\n", "\r", "\u{202F}":
                pendingSpace = !result.isEmpty
                continue
            default: plain = scalar
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(plain)
        }
        return String(result)
    }

    /// Whether `surface` is ASCII with single spaces between words, so its key is itself (the common case, and
    /// the one parsing the built-in tables hits thousands of times).
    private static func isPlain(_ surface: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in surface.utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == 0x60 || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20 || surface.isEmpty
    }

    /// The exact key, lowercased: what an all-caps headline form and a mixed-case form have in common.
    static func folded(_ surface: String) -> String {
        exact(surface).lowercased()
    }

    /// The key of an office: its title and its holder (country code or organization), both folded.
    static func office(_ title: String, _ holder: String) -> String {
        folded(title).replacingHyphens() + "|" + folded(holder)
    }

    /// Whether the form has letters and none of them is lowercase, as in an all-caps headline.
    static func isAllCaps(_ surface: String) -> Bool {
        var sawLetter = false
        for character in surface where character.isLetter {
            if character.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }
}

extension String {
    /// The string with hyphens read as spaces, so "Secretary-General" and "Secretary General" share a key.
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" ? " " : $0 })
    }
}
