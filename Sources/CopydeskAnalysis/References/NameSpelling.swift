/// Compares spellings of a name to tell a variant of one name (Zelensky / Zelenskyy, Muhammad / Mohammed) from a
/// different name.
enum NameSpelling {
    /// A key that variant spellings of a name share: lowercased, apostrophes and doubled letters folded, `ph` read
    /// as `f`, `y` as `i`, and vowels after the first letter dropped. Nil for words too short to compare safely.
    static func skeleton(_ word: String) -> String? {
        guard word.utf8.count >= 5 else { return nil }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSkeleton(word) }
        let lower = LedgerItem.fold(word)
        guard lower.count >= 5 else { return nil }
        var letters = Array(lower.utf8.contains(0x70) ? lower.replacingOccurrences("ph", with: "f") : lower)
        letters = letters.map { $0 == "y" ? "i" : $0 }
        var key: [Character] = []
        for (offset, letter) in letters.enumerated() {
            guard letter.isLetter else { continue }
            if offset > 0, "aeiou".contains(letter) { continue }
            if key.last == letter { continue }
            key.append(letter)
        }
        return key.count >= 3 ? String(key) : nil
    }

    /// `skeleton` for a word of ASCII bytes, without building characters: the same steps on bytes.
    private static func asciiSkeleton(_ word: String) -> String? {
        let bytes = word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var letters: [UInt8] = []
        letters.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "p"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "h") {
                letters.append(UInt8(ascii: "f"))
                index += 2
            } else {
                letters.append(bytes[index] == UInt8(ascii: "y") ? UInt8(ascii: "i") : bytes[index])
                index += 1
            }
        }
        var key: [UInt8] = []
        for (offset, letter) in letters.enumerated() {
            guard letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") else { continue }
            if offset > 0, [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u")].contains(letter) { continue }
            if key.last == letter { continue }
            key.append(letter)
        }
        return key.count >= 3 ? String(decoding: key, as: UTF8.self) : nil
    }

    /// Whether two different spellings are close enough to be one name: the same skeleton and at most two edits.
    static func isVariant(_ left: String, _ right: String) -> Bool {
        guard left != right, let a = skeleton(left), a == skeleton(right) else { return false }
        // A place and its adjective (Virginia / Virginian, Lithuania / Lithuanian) are two words, not two spellings.
        let (short, long) = left.count < right.count ? (left, right) : (right, left)
        if long.hasPrefix(short), ["n", "an", "s", "es", "ese", "ian"].contains(String(long.dropFirst(short.count))) { return false }
        return editDistance(Array(left.lowercased()), Array(right.lowercased()), limit: 2) <= 2
    }

    /// The Levenshtein distance between `a` and `b`, or `limit + 1` once it exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            var best = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`, without Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
