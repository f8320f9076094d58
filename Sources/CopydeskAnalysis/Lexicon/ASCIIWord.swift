/// Case-insensitive comparison of words in UTF-8 bytes against lowercase ASCII, without building strings.
enum ASCIIWord {
    /// Whether `bytes[range]` is `word` (lowercase ASCII bytes), ignoring ASCII case.
    @inline(__always)
    static func matches(_ bytes: [UInt8], _ range: Range<Int>, _ word: some Collection<UInt8>) -> Bool {
        guard range.count == word.count else { return false }
        var offset = range.lowerBound
        for expected in word {
            if lower(bytes[offset]) != expected { return false }
            offset += 1
        }
        return true
    }

    /// Whether `bytes[range]` starts with `prefix` (lowercase ASCII bytes), ignoring ASCII case.
    @inline(__always)
    static func hasPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count > prefix.count else { return false }
        for offset in 0..<prefix.count where lower(bytes[range.lowerBound + offset]) != prefix[offset] { return false }
        return true
    }

    /// The word without a possessive `'s` or `’s`, when it ends in one.
    static func possessiveStem(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let end = range.upperBound
        guard range.count > 2, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") else { return nil }
        if bytes[end - 2] == UInt8(ascii: "'") { return range.lowerBound..<(end - 2) }
        if range.count > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
            return range.lowerBound..<(end - 4)
        }
        return nil
    }

    /// The byte with ASCII capitals lowered.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
