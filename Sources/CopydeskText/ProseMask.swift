/// Blanks non-prose bytes of a masked draft and trims blocks to the prose left in them.
enum ProseMask {
    /// Replaces every byte of `range` except line breaks with a space.
    static func blank(_ range: Range<Int>, in prose: inout [UInt8]) {
        let lower = max(0, range.lowerBound)
        let upper = min(prose.count, range.upperBound)
        guard lower < upper else { return }
        prose.withUnsafeMutableBufferPointer { blank(lower..<upper, in: $0) }
    }

    /// Replaces every byte of `range` (within `buffer`) except line breaks with a space.
    private static func blank(_ range: Range<Int>, in buffer: UnsafeMutableBufferPointer<UInt8>) {
        for index in range where buffer[index] != 0x0A && buffer[index] != 0x0D {
            buffer[index] = 0x20
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
        let range = range.clamped(to: 0..<prose.count)
        // This runs over every byte of every draft on every keystroke. Every address has a colon (`http:`, `mailto:`)
        // or a full stop (`www.`) a few bytes after its start, so the walk stops only at those and looks back.
        prose.withUnsafeMutableBufferPointer { buffer in
            var index = range.lowerBound
            let end = range.upperBound
            while index < end {
                let byte = buffer[index]
                guard byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") else {
                    index += 1
                    continue
                }
                let offsets = byte == UInt8(ascii: ".") ? Self.stopOffsets : Self.colonOffsets
                guard let start = offsets.lazy.map({ index - $0 }).first(where: { start in
                    start >= range.lowerBound && (start == range.lowerBound || isBoundary(buffer[start - 1]))
                        && startsURL(UnsafeBufferPointer(buffer), at: start, end: end)
                }) else {
                    index += 1
                    continue
                }
                var stop = index
                while stop < end, !isSpace(buffer[stop]) { stop += 1 }
                // Sentence punctuation after an address belongs to the sentence.
                while stop > start, trailingPunctuation.contains(buffer[stop - 1]) { stop -= 1 }
                blank(start..<stop, in: buffer)
                index = max(stop, index + 1)
            }
        }
    }

    /// How far before its colon (`ftp:`, `http:`, `https:`, `mailto:`) or full stop (`www.`) an address starts.
    private static let colonOffsets = [3, 4, 5, 6]
    private static let stopOffsets = [3]

    /// Whether an address may start after `byte`: a space or an opening bracket.
    private static func isBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "<")
    }

    private static let trailingPunctuation: Set<UInt8> = Set(".,);:!?>\"'".utf8)
    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "www.", "ftp://", "mailto:"].map { Array($0.utf8) }

    private static func startsURL(_ prose: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        urlPrefixes.contains { prefix in
            guard index + prefix.count <= end else { return false }
            return prefix.indices.allSatisfy { offset in
                let byte = prose[index + offset]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                return lower == prefix[offset]
            }
        }
    }
}
