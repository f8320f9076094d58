/// Finds the blocks of a plain-text draft: paragraphs separated by blank lines, or one paragraph per line when the
/// lines are not hard-wrapped.
enum PlainTextScanner {
    /// Masks bare URLs in `prose` from `start` on and returns one block per run of non-blank lines.
    static func scan(_ prose: inout [UInt8], from start: Int) -> [TextBlock] {
        ProseMask.blankBareURLs(in: start..<prose.count, of: &prose)
        var blocks: [TextBlock] = []
        var blockStart: Int?
        // Whether the open block has a line too long to be hard-wrapped (counted in bytes; checked in characters),
        // and how many lines it has.
        var blockHasLongLine = false
        var blockLines = 0
        var lineStart = start
        var lineHasText = false
        var index = start
        let count = prose.count
        // Every keystroke scans the whole draft here, so the loop reads the buffer without bounds checks.
        prose.withUnsafeBufferPointer { buffer in
            while index <= count {
                let atEnd = index == count
                let byte: UInt8 = atEnd ? 0x0A : buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    if lineHasText {
                        if blockStart == nil { blockStart = lineStart }
                        if index - lineStart > unwrappedLineLength { blockHasLongLine = true }
                        blockLines += 1
                    } else if let open = blockStart {
                        appendBlock(open..<lineStart, splittingLines: blockHasLongLine && blockLines > 1, in: buffer, to: &blocks)
                        blockStart = nil
                        blockHasLongLine = false
                        blockLines = 0
                    }
                    if !atEnd, byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    lineStart = index + 1
                    lineHasText = false
                } else if !lineHasText, !ProseMask.isSpace(byte) {
                    lineHasText = true
                }
                index += 1
            }
            if let open = blockStart {
                appendBlock(open..<count, splittingLines: blockHasLongLine && blockLines > 1, in: buffer, to: &blocks)
            }
        }
        return blocks
    }

    /// A line longer than this many characters shows that the draft's lines are not hard-wrapped.
    static let unwrappedLineLength = 120

    /// Appends the paragraph `range`; when its lines are not hard-wrapped (one is longer than any editor wraps at),
    /// each line is a paragraph of its own, as in copy exported with one paragraph per line. `splittingLines` says
    /// whether a line's bytes exceed the limit, so blocks of short lines skip the character count.
    private static func appendBlock(
        _ range: Range<Int>, splittingLines: Bool, in prose: UnsafeBufferPointer<UInt8>, to blocks: inout [TextBlock]
    ) {
        guard splittingLines else {
            blocks.append(TextBlock(range: range, kind: .paragraph))
            return
        }
        var lines: [Range<Int>] = []
        var hasLongLine = false
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, prose[lineEnd] != 0x0A, prose[lineEnd] != 0x0D { lineEnd += 1 }
            if (lineStart..<lineEnd).contains(where: { !ProseMask.isSpace(prose[$0]) }) {
                lines.append(lineStart..<lineEnd)
                // Count characters only for lines whose bytes could exceed the limit.
                if !hasLongLine, lineEnd - lineStart > unwrappedLineLength {
                    hasLongLine = (lineStart..<lineEnd).lazy.filter { prose[$0] & 0xC0 != 0x80 }.count > unwrappedLineLength
                }
            }
            lineStart = lineEnd + 1
        }
        guard lines.count > 1, hasLongLine else {
            blocks.append(TextBlock(range: range, kind: .paragraph))
            return
        }
        for line in lines { blocks.append(TextBlock(range: line, kind: .paragraph)) }
    }

    /// Whether the first block of a plain-text draft reads as a headline: one short line, without the closing
    /// punctuation of a sentence or else written in title case.
    static func isHeadline(_ range: Range<Int>, in prose: [UInt8]) -> Bool {
        let bytes = prose[range]
        if bytes.contains(0x0A) || bytes.contains(0x0D) { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= 30 else { return false }
        // Closing quote marks do not end sentences; what stands before them does ("Users 'lose patience'").
        guard let last = text.reversed().first(where: { !"\"”’'".contains($0) }) else { return false }
        if !".!?".contains(last) { return true }
        // "Stealth Over Health: Clinton Was Headed to ER." — most words capitalised reads as a headline.
        let lexical = words.filter { $0.count > 3 }
        guard lexical.count >= 3 else { return false }
        let capitalised = lexical.filter { $0.first?.isUppercase == true }
        return Double(capitalised.count) >= 0.8 * Double(lexical.count)
    }
}
