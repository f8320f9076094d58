/// Splits prose into `Token`s, working on UTF-8 bytes and decoding only non-ASCII characters.
///
/// The tokenizer tells apostrophes from quote marks where the letters around them decide it: `don’t`, `O’Brien`,
/// `Zelensky’s`, `’90s` and `rock ’n’ roll` keep their apostrophes inside words; a mark at a word's edge is a
/// `quoteMark` token (including the ambiguous plural possessive `Joneses’`, which quote analysis decides).
public enum Tokenizer {
    /// The tokens of `bytes[range]`, with ranges as offsets into `bytes`.
    public static func tokens(in bytes: [UInt8], range: Range<Int>? = nil) -> [Token] {
        let range = range ?? 0..<bytes.count
        var tokens: [Token] = []
        // News copy runs about one token to four and a half bytes; reserving a little more than that avoids the
        // doubling that would leave a long paragraph's array half empty.
        tokens.reserveCapacity(range.count / 4 + 4)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let (scalar, length) = decode(bytes, at: index, end: end)
            let category = CharacterCategory(scalar)
            switch category {
            case .space:
                index += length
            case .letter:
                let stop = wordEnd(bytes, from: index, end: end)
                tokens.append(Token(range: index..<stop, kind: .word))
                index = stop
            case .digit:
                let stop = numberEnd(bytes, from: index, end: end)
                tokens.append(Token(range: index..<stop, kind: .number))
                index = stop
            case .quote:
                if let stop = apostropheWordEnd(bytes, from: index, length: length, end: end) {
                    tokens.append(Token(range: index..<stop, kind: .word))
                    index = stop
                } else {
                    tokens.append(Token(range: index..<(index + length), kind: .quoteMark))
                    index += length
                }
            case .punctuation:
                var stop = index + length
                if scalar == "." {
                    while stop < end, bytes[stop] == UInt8(ascii: ".") { stop += 1 }
                } else if scalar == "-", stop < end, bytes[stop] == UInt8(ascii: "-") {
                    stop += 1
                }
                tokens.append(Token(range: index..<stop, kind: .punctuation))
                index = stop
            case .symbol:
                tokens.append(Token(range: index..<(index + length), kind: .symbol))
                index += length
            }
        }
        return tokens
    }

    enum CharacterCategory {
        case space, letter, digit, quote, punctuation, symbol

        init(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
                self = .space
            case 0x30...0x39:
                self = .digit
            case 0x41...0x5A, 0x61...0x7A:
                self = .letter
            case 0x22, 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A,
                0x300C, 0x300D, 0x300E, 0x300F:
                self = .quote
            case 0x21, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D, 0x2010...0x2015,
                0x2026, 0x3001, 0x3002, 0xFF0C, 0xFF01, 0xFF1F:
                self = .punctuation
            default:
                if scalar.value < 0x80 {
                    self = .symbol
                } else if scalar.properties.isAlphabetic {
                    self = .letter
                } else if scalar.properties.numericType == .decimal {
                    self = .digit
                } else if scalar.properties.isWhitespace {
                    self = .space
                } else {
                    self = .symbol
                }
            }
        }
    }

    /// Decodes the scalar at `index`; an invalid sequence reads as U+FFFD of one byte.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = UTF8Bytes.scalarLength(leadByte: lead)
        guard index + length <= end, length > 1 else { return ("\u{FFFD}", 1) }
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func category(_ bytes: [UInt8], at index: Int, end: Int) -> (CharacterCategory, Unicode.Scalar, Int) {
        guard index < end else { return (.space, " ", 0) }
        let (scalar, length) = decode(bytes, at: index, end: end)
        return (CharacterCategory(scalar), scalar, length)
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// The end of a word starting at `start`: letters and digits, joined by apostrophes, hyphens and the periods of
    /// initialisms (`U.S.`, `a.m.`), and marks that combine with them.
    private static func wordEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        var lettersSincePeriod = 0
        var sawInitialismPeriod = false
        while index < end {
            let (category, scalar, length) = category(bytes, at: index, end: end)
            switch category {
            case .letter, .digit:
                index += length
                lettersSincePeriod += 1
                continue
            default:
                break
            }
            if scalar.value >= 0x300, scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark {
                index += length
                continue
            }
            let (nextCategory, _, _) = self.category(bytes, at: index + length, end: end)
            if isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "&" {
                if nextCategory == .letter || nextCategory == .digit {
                    if scalar == "&" {
                        // `AT&T`, `S&P`: only between capital letters.
                        guard index > start, bytes[index - 1] >= 0x41, bytes[index - 1] <= 0x5A,
                            index + 1 < end, bytes[index + 1] >= 0x41, bytes[index + 1] <= 0x5A
                        else { return index }
                    }
                    index += length
                    lettersSincePeriod = 0
                    continue
                }
                return index
            }
            if scalar == "." {
                // An initialism continues when a single letter follows the period: `U.S`, `a.m`, `D.C`.
                if lettersSincePeriod == 1, nextCategory == .letter {
                    let (_, _, nextLength) = self.category(bytes, at: index + 1, end: end)
                    let (afterCategory, afterScalar, _) = self.category(bytes, at: index + 1 + nextLength, end: end)
                    if afterScalar == "." || (afterCategory != .letter && afterCategory != .digit && sawInitialismPeriod) {
                        sawInitialismPeriod = true
                        index += 1
                        lettersSincePeriod = 0
                        continue
                    }
                }
                // The closing period of an initialism belongs to it: `U.S.`, `a.m.`.
                if sawInitialismPeriod, lettersSincePeriod == 1 {
                    return index + 1
                }
                return index
            }
            return index
        }
        return index
    }

    /// The end of a number starting at `start`: digits with internal `,` `.` `:` `/` and `-` between digits,
    /// and a trailing run of letters (`1990s`, `2nd`, `5km`).
    private static func numberEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "-"), index + 1 < end, category(bytes, at: index + 1, end: end).0 == .letter {
                // `80-year-old`, `G-20`: a hyphenated compound that starts with digits.
                return wordEnd(bytes, from: index + 1, end: end)
            }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "-")
            {
                if index + 1 < end, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                    index += 1
                    continue
                }
                return index
            }
            let (category, _, length) = category(bytes, at: index, end: end)
            if category == .letter {
                index += length
                while index < end {
                    let (next, _, nextLength) = self.category(bytes, at: index, end: end)
                    guard next == .letter || next == .digit else { break }
                    index += nextLength
                }
                return index
            }
            return index
        }
        return index
    }

    /// A word that starts with an apostrophe: `’90s`, `’em`, and `’n’` in `rock ’n’ roll`.
    private static func apostropheWordEnd(_ bytes: [UInt8], from start: Int, length: Int, end: Int) -> Int? {
        let (scalar, _) = decode(bytes, at: start, end: end)
        guard isApostrophe(scalar) else { return nil }
        let next = start + length
        guard next < end else { return nil }
        // ’90s, ’08
        if bytes[next] >= 0x30, bytes[next] <= 0x39, next + 1 < end, bytes[next + 1] >= 0x30, bytes[next + 1] <= 0x39 {
            let afterDigits = next + 2
            if afterDigits >= end || !(bytes[afterDigits] >= 0x30 && bytes[afterDigits] <= 0x39) {
                var stop = afterDigits
                if stop < end, bytes[stop] == UInt8(ascii: "s") { stop += 1 }
                return stop
            }
        }
        // ’n’ between words
        if bytes[next] == UInt8(ascii: "n"), next + 1 < end {
            let (closing, closingLength) = decode(bytes, at: next + 1, end: end)
            if isApostrophe(closing) {
                let after = next + 1 + closingLength
                if after >= end || CharacterCategory(decode(bytes, at: after, end: end).0) == .space { return after }
            }
        }
        // ’em, ’til, ’cause: lowercase contractions written with a leading apostrophe.
        for contraction in ["em", "til", "cause", "tis", "twas"] {
            let utf8 = Array(contraction.utf8)
            guard next + utf8.count <= end, Array(bytes[next..<(next + utf8.count)]) == utf8 else { continue }
            let after = next + utf8.count
            if after >= end || CharacterCategory(decode(bytes, at: after, end: end).0) != .letter { return after }
        }
        return nil
    }
}
