/// Finds the blocks of a plain-text draft: paragraphs separated by blank lines.
enum PlainTextScanner {
    /// Masks bare URLs in `prose` from `start` on and returns one block per run of non-blank lines.
    static func scan(_ prose: inout [UInt8], from start: Int) -> [TextBlock] {
        ProseMask.blankBareURLs(in: start..<prose.count, of: &prose)
        var blocks: [TextBlock] = []
        var blockStart: Int?
        var lineStart = start
        var lineHasText = false
        var index = start
        while index <= prose.count {
            let atEnd = index == prose.count
            let byte: UInt8 = atEnd ? 0x0A : prose[index]
            if byte == 0x0A || byte == 0x0D {
                if lineHasText {
                    if blockStart == nil { blockStart = lineStart }
                } else if let open = blockStart {
                    blocks.append(TextBlock(range: open..<lineStart, kind: .paragraph))
                    blockStart = nil
                }
                if !atEnd, byte == 0x0D, index + 1 < prose.count, prose[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
                lineHasText = false
            } else if !ProseMask.isSpace(byte) {
                lineHasText = true
            }
            index += 1
        }
        if let open = blockStart {
            blocks.append(TextBlock(range: open..<prose.count, kind: .paragraph))
        }
        return blocks
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
