/// A table of words with a value each, looked up straight from a paragraph's UTF-8 bytes ignoring ASCII case, so
/// the quote analysis classifies every token without building a string for it.
///
/// Keys are hashed with FNV-1a over the lowercased bytes; a hit is confirmed by comparing the bytes, so two words
/// that share a hash never mistake each other. Curly apostrophes read as straight ones (`it’s` finds `it's`).
struct WordTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(word: [UInt8], value: Value)]] = [:]

    /// A table of `entries`; a word listed twice keeps the values combined by `combine`.
    init(_ entries: [(String, Value)], combine: (Value, Value) -> Value) {
        for (word, value) in entries {
            let bytes = Self.folded(Array(word.utf8))
            let key = Self.hash(bytes, 0..<bytes.count)
            var bucket = buckets[key] ?? []
            if let index = bucket.firstIndex(where: { $0.word == bytes }) {
                bucket[index].value = combine(bucket[index].value, value)
            } else {
                bucket.append((bytes, value))
            }
            buckets[key] = bucket
        }
    }

    /// Whether the table has no words.
    var isEmpty: Bool { buckets.isEmpty }

    /// The value of the word spelled by `bytes[range]`, if the table has it.
    func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? {
        guard !buckets.isEmpty, range.count <= 40 else { return nil }
        guard let bucket = buckets[Self.hash(bytes, range)] else { return nil }
        outer: for entry in bucket {
            var position = range.lowerBound
            var offset = 0
            while position < range.upperBound {
                let (byte, length) = Self.foldedByte(bytes, position, range.upperBound)
                guard offset < entry.word.count, entry.word[offset] == byte else { continue outer }
                offset += 1
                position += length
            }
            if offset == entry.word.count { return entry.value }
        }
        return nil
    }

    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var position = range.lowerBound
        while position < range.upperBound {
            let (byte, length) = foldedByte(bytes, position, range.upperBound)
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            position += length
        }
        return hash
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
