/// A table of lowercase words that answers lookups straight from a paragraph's UTF-8 bytes.
///
/// Time recognition looks up every word of every paragraph, so the lookup hashes the bytes in place (lowercasing
/// ASCII letters as it goes) and probes a flat open-addressed table, without building a `String` or touching a
/// reference count per token. A word ending in a possessive `'s` or `’s` that is not itself a key is looked up
/// without it and reported as possessive.
struct WordTable<Value: Sendable>: Sendable {
    /// Every key's lowercase bytes, back to back; `keyRanges[i]` is key `i`.
    private let keyBytes: [UInt8]
    private let keyRanges: [Range<Int>]
    private let values: [Value]
    /// Open-addressed slots holding an index into `values`, or -1; the count is a power of two.
    private let slots: [Int32]
    /// The longest key, so longer tokens are rejected before hashing.
    private let longest: Int

    init(_ entries: [String: Value]) {
        var keyBytes: [UInt8] = []
        var keyRanges: [Range<Int>] = []
        var values: [Value] = []
        var hashes: [UInt64] = []
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let key = Array(word.lowercased().utf8)
            keyRanges.append(keyBytes.count..<(keyBytes.count + key.count))
            keyBytes.append(contentsOf: key)
            values.append(value)
            hashes.append(Self.hash(key[...]))
        }
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        self.keyBytes = keyBytes
        self.keyRanges = keyRanges
        self.values = values
        self.slots = slots
        self.longest = keyRanges.map(\.count).max() ?? 0
    }

    /// The value for the word in `bytes[range]`, compared case-insensitively, and whether it was found only
    /// without a possessive `'s` (`Wednesday’s`; `year's` itself may be a key).
    func lookup(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Value, isPossessive: Bool)? {
        if let value = value(bytes, range) { return (value, false) }
        guard let stem = ASCIIWord.possessiveStem(bytes, range) else { return nil }
        return value(bytes, stem).map { ($0, true) }
    }

    /// The value for exactly the word in `bytes[range]`, case-insensitively.
    func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
        let count = range.count
        guard count > 0, count <= longest else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(ASCIIWord.lower(bytes[index]))) &* 0x100_0000_01b3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            let key = keyRanges[entry]
            if key.count == count, ASCIIWord.matches(bytes, range, keyBytes[key]) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The value for a string (for tests and for words already in hand).
    func lookup(_ word: String) -> Value? {
        let bytes = Array(word.utf8)
        return lookup(bytes, 0..<bytes.count)?.value
    }

    private static func hash(_ key: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
