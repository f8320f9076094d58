/// Blanks non-prose bytes of a masked draft and trims blocks to the prose left in them.
enum ProseMask {
    /// Replaces every byte of `range` except line breaks with a space.
    static func blank(_ range: Range<Int>, in prose: inout [UInt8]) {
        let lower = max(0, range.lowerBound)
        let upper = min(prose.count, range.upperBound)
        guard lower < upper else { return }
        for index in lower..<upper where prose[index] != 0x0A && prose[index] != 0x0D {
            prose[index] = 0x20
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The block narrowed to its first and last non-space bytes, or nil when nothing of it is prose.
    static func trimmed(_ block: TextBlock, in prose: [UInt8]) -> TextBlock? {
        var lower = block.range.lowerBound
        var upper = block.range.upperBound
        while lower < upper, isSpace(prose[lower]) { lower += 1 }
        while upper > lower, isSpace(prose[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        return TextBlock(range: lower..<upper, kind: block.kind)
    }

    /// Blanks bare web addresses (`http://…`, `https://…`, `www.…`) in `range`, which are never prose.
    static func blankBareURLs(in range: Range<Int>, of prose: inout [UInt8]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let atWordStart = index == range.lowerBound || isSpace(prose[index - 1]) || prose[index - 1] == UInt8(ascii: "(")
                || prose[index - 1] == UInt8(ascii: "<")
            if atWordStart, startsURL(prose, at: index, end: end) {
                var stop = index
                while stop < end, !isSpace(prose[stop]) { stop += 1 }
                // Sentence punctuation after an address belongs to the sentence.
                while stop > index, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";"),
                    UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ">")].contains(prose[stop - 1])
                {
                    stop -= 1
                }
                blank(index..<stop, in: &prose)
                index = stop
            } else {
                index += 1
            }
        }
    }

    private static func startsURL(_ prose: [UInt8], at index: Int, end: Int) -> Bool {
        func has(_ prefix: String) -> Bool {
            let utf8 = Array(prefix.utf8)
            guard index + utf8.count <= end else { return false }
            for (offset, byte) in utf8.enumerated() {
                var actual = prose[index + offset]
                if actual >= 0x41 && actual <= 0x5A { actual += 0x20 }
                if actual != byte { return false }
            }
            return true
        }
        return has("http://") || has("https://") || has("www.") || has("ftp://") || has("mailto:")
    }
}
