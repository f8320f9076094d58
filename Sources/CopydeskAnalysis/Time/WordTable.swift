/// A table of lowercase ASCII words that answers lookups straight from a paragraph's UTF-8 bytes.
///
/// Time recognition looks up every word of every paragraph, so the lookup hashes the bytes in place (lowercasing
/// ASCII letters as it goes) instead of building a `String` per token. A word ending in a possessive `'s` or `’s`
/// is looked up without it and reported as possessive.
struct WordTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(key: [UInt8], value: Value)]] = [:]
    /// The longest key, so longer tokens are rejected before hashing.
    private var longest = 0

    init(_ entries: [String: Value]) {
        for (word, value) in entries {
            let key = Array(word.lowercased().utf8)
            buckets[Self.hash(key[...]), default: []].append((key, value))
            longest = max(longest, key.count)
        }
    }

    /// The value for the word in `bytes[range]`, compared case-insensitively, and whether it ended in `'s`.
    func lookup(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Value, isPossessive: Bool)? {
        var end = range.upperBound
        var isPossessive = false
        if range.count > 2, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") {
            if bytes[end - 2] == UInt8(ascii: "'") {
                end -= 2
                isPossessive = true
            } else if range.count > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
                end -= 4
                isPossessive = true
            }
        }
        let count = end - range.lowerBound
        guard count > 0, count <= longest else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range.lowerBound..<end {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(Self.lower(byte))) &* 0x100_0000_01b3
        }
        guard let bucket = buckets[hash] else { return nil }
        for entry in bucket where entry.key.count == count {
            var equal = true
            for offset in 0..<count where Self.lower(bytes[range.lowerBound + offset]) != entry.key[offset] {
                equal = false
                break
            }
            if equal { return (entry.value, isPossessive) }
        }
        return nil
    }

    /// The value for a string (for tests and for words already in hand).
    func lookup(_ word: String) -> Value? {
        let bytes = Array(word.utf8)
        return lookup(bytes, 0..<bytes.count)?.value
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func hash(_ key: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
