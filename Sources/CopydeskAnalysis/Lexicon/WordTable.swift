/// A table of words with a value each, looked up straight from a paragraph's UTF-8 bytes, so every feature can
/// classify every token without building a `String` or touching a reference count for it.
///
/// Keys and lookups are folded the same way: ASCII letters lowercased and a curly apostrophe (`’`, three bytes)
/// read as `'`, so `it’s` finds `it's`. Keys are hashed with FNV-1a into a flat open-addressed table; a hit is
/// confirmed by comparing the folded bytes, so two words that share a hash never mistake each other.
struct WordTable<Value: Sendable>: Sendable {
    /// Every key's folded bytes, back to back; `keyRanges[i]` is key `i`.
    private let keyBytes: [UInt8]
    private let keyRanges: [Range<Int>]
    private let values: [Value]
    /// Open-addressed slots holding an index into `values`, or -1; the count is a power of two.
    private let slots: [Int32]
    /// The longest key in folded bytes; a token more than three times longer (all curly apostrophes) cannot match.
    private let longest: Int

    /// A table of `entries`; a word listed twice (or spelled with either apostrophe) keeps the values combined by
    /// `combine`.
    init(_ entries: [(String, Value)], combine: (Value, Value) -> Value) {
        var keys: [[UInt8]] = []
        var values: [Value] = []
        var index: [[UInt8]: Int] = [:]
        for (word, value) in entries {
            let key = Self.folded(Array(word.utf8))
            if let existing = index[key] {
                values[existing] = combine(values[existing], value)
            } else {
                index[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        }
        var keyBytes: [UInt8] = []
        var keyRanges: [Range<Int>] = []
        for key in keys {
            keyRanges.append(keyBytes.count..<(keyBytes.count + key.count))
            keyBytes.append(contentsOf: key)
        }
        var capacity = 16
        while capacity < keys.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (number, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(key, 0..<key.count).hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(number)
        }
        self.keyBytes = keyBytes
        self.keyRanges = keyRanges
        self.values = values
        self.slots = slots
        self.longest = keys.map(\.count).max() ?? 0
    }

    /// A table of `entries`, keyed by word; of two words that fold alike, the first in word order wins.
    init(_ entries: [String: Value]) {
        self.init(entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) { first, _ in first }
    }

    /// Whether the table has no words.
    var isEmpty: Bool { values.isEmpty }

    /// The value of the word spelled by `bytes[range]`, if the table has it.
    func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
        guard !values.isEmpty, !range.isEmpty, range.count <= longest * 3 else { return nil }
        let (hash, length) = Self.hash(bytes, range)
        guard length <= longest else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if keyRanges[entry].count == length, matches(bytes, range, key: keyRanges[entry]) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of the word in `bytes[range]`, and whether it was found only without a possessive `'s` or `’s`
    /// (`Wednesday’s`; a key such as `year's` is found as itself).
    func lookup(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Value, isPossessive: Bool)? {
        if let value = value(bytes, range) { return (value, false) }
        guard let stem = ASCIIWord.possessiveStem(bytes, range) else { return nil }
        return value(bytes, stem).map { ($0, true) }
    }

    /// The value of a word given as a string.
    func lookup(_ word: String) -> Value? {
        let bytes = Array(word.utf8)
        return lookup(bytes, 0..<bytes.count)?.value
    }

    /// Whether the folded bytes of `bytes[range]` equal key bytes `key`.
    private func matches(_ bytes: [UInt8], _ range: Range<Int>, key: Range<Int>) -> Bool {
        var position = range.lowerBound
        var offset = key.lowerBound
        while position < range.upperBound {
            let (byte, length) = Self.foldedByte(bytes, position, range.upperBound)
            guard offset < key.upperBound, keyBytes[offset] == byte else { return false }
            offset += 1
            position += length
        }
        return offset == key.upperBound
    }

    /// The FNV-1a hash of the folded bytes of `bytes[range]`, and how many folded bytes there are.
    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> (hash: UInt64, length: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var position = range.lowerBound
        var length = 0
        while position < range.upperBound {
            let (byte, step) = foldedByte(bytes, position, range.upperBound)
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            position += step
            length += 1
        }
        return (hash, length)
    }

    /// The byte at `position` lowercased, with a curly apostrophe (three bytes) read as `'`.
    @inline(__always)
    private static func foldedByte(_ bytes: [UInt8], _ position: Int, _ end: Int) -> (UInt8, Int) {
        let byte = bytes[position]
        if byte >= 0x41, byte <= 0x5A { return (byte | 0x20, 1) }
        if byte == 0xE2, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x99 {
            return (UInt8(ascii: "'"), 3)
        }
        return (byte, 1)
    }

    private static func folded(_ word: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var position = 0
        while position < word.count {
            let (byte, length) = foldedByte(word, position, word.count)
            result.append(byte)
            position += length
        }
        return result
    }
}
