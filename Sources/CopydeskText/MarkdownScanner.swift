/// Finds the blocks of a Markdown draft and masks everything in it that is not prose.
///
/// A line-based reading of CommonMark that is good enough for drafts: fenced and indented code, HTML comments
/// and HTML lines, link reference definitions and thematic breaks are masked whole; headings, list items and block
/// quotes become their own blocks with their markers masked; `InlineMarkup` then masks code spans, link targets,
/// images, HTML tags, emphasis markers and bare URLs inside each block.
enum MarkdownScanner {
    private struct Fence {
        var marker: UInt8
        var length: Int
    }

    private struct Line {
        var range: Range<Int>
        /// The content start after leading spaces.
        var textStart: Int
        var indent: Int
    }

    static func scan(_ prose: inout [UInt8], from start: Int) -> [TextBlock] {
        maskHTMLComments(&prose, from: start)
        var blocks: [TextBlock] = []
        var open: TextBlock?
        var fence: Fence?
        var previousBlank = true

        func flush() {
            if let block = open { blocks.append(block) }
            open = nil
        }

        for var line in lines(of: prose, from: start) {
            if let current = fence {
                if closesFence(prose, line, current) { fence = nil }
                ProseMask.blank(line.range, in: &prose)
                previousBlank = false
                continue
            }
            if line.textStart == line.range.upperBound {
                flush()
                previousBlank = true
                continue
            }
            // Block quote markers: mask `>` (and one space) and read the rest of the line as the block's text.
            var inBlockQuote = false
            while line.indent <= 3, line.textStart < line.range.upperBound, prose[line.textStart] == UInt8(ascii: ">") {
                inBlockQuote = true
                var next = line.textStart + 1
                if next < line.range.upperBound, prose[next] == 0x20 { next += 1 }
                ProseMask.blank(line.textStart..<next, in: &prose)
                line = relined(prose, line.range, from: next)
            }
            if inBlockQuote, line.textStart == line.range.upperBound {
                flush()
                previousBlank = true
                continue
            }
            if line.indent <= 3, let opened = opensFence(prose, line) {
                flush()
                fence = opened
                ProseMask.blank(line.range, in: &prose)
                previousBlank = false
                continue
            }
            if line.indent >= 4, previousBlank || open == nil, open?.kind != .listItem, !inBlockQuote {
                flush()
                ProseMask.blank(line.range, in: &prose)
                previousBlank = false
                continue
            }
            previousBlank = false
            if let level = atxHeadingLevel(prose, line) {
                flush()
                maskATXMarkers(&prose, line, level: level)
                blocks.append(TextBlock(range: line.range, kind: .heading(level: level)))
                continue
            }
            if let current = open, current.kind == .paragraph, let level = setextLevel(prose, line) {
                open = TextBlock(range: current.range, kind: .heading(level: level))
                ProseMask.blank(line.range, in: &prose)
                flush()
                continue
            }
            if isThematicBreak(prose, line) || isLinkReferenceDefinition(prose, line) || isHTMLLine(prose, line) {
                flush()
                ProseMask.blank(line.range, in: &prose)
                continue
            }
            if line.indent <= 3, let markerEnd = listMarkerEnd(prose, line) {
                flush()
                ProseMask.blank(line.textStart..<markerEnd, in: &prose)
                open = TextBlock(range: markerEnd..<line.range.upperBound, kind: .listItem)
                continue
            }
            let kind: TextBlock.Kind = inBlockQuote ? .blockQuote : .paragraph
            if var current = open, current.kind == kind || current.kind == .listItem {
                current.range = current.range.lowerBound..<line.range.upperBound
                open = current
            } else {
                flush()
                open = TextBlock(range: line.range, kind: kind)
            }
        }
        flush()
        for block in blocks {
            InlineMarkup.mask(block.range, in: &prose)
        }
        return blocks
    }

    private static func lines(of prose: [UInt8], from start: Int) -> [Line] {
        var result: [Line] = []
        var lineStart = start
        var index = start
        while index <= prose.count {
            if index == prose.count || prose[index] == 0x0A || prose[index] == 0x0D {
                var contentEnd = index
                if index < prose.count, prose[index] == 0x0D, index + 1 < prose.count, prose[index + 1] == 0x0A { index += 1 }
                if contentEnd > prose.count { contentEnd = prose.count }
                if lineStart < contentEnd || index < prose.count {
                    result.append(relined(prose, lineStart..<contentEnd, from: lineStart))
                }
                lineStart = index + 1
            }
            index += 1
        }
        return result
    }

    private static func relined(_ prose: [UInt8], _ range: Range<Int>, from start: Int) -> Line {
        var textStart = start
        var indent = 0
        while textStart < range.upperBound, prose[textStart] == 0x20 || prose[textStart] == 0x09 {
            indent += prose[textStart] == 0x09 ? 4 : 1
            textStart += 1
        }
        return Line(range: start..<range.upperBound, textStart: textStart, indent: indent)
    }

    private static func run(of byte: UInt8, in prose: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, prose[index] == byte { index += 1 }
        return index - start
    }

    private static func opensFence(_ prose: [UInt8], _ line: Line) -> Fence? {
        let first = prose[line.textStart]
        guard first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let length = run(of: first, in: prose, from: line.textStart, to: line.range.upperBound)
        guard length >= 3 else { return nil }
        if first == UInt8(ascii: "`"), prose[(line.textStart + length)..<line.range.upperBound].contains(UInt8(ascii: "`")) {
            return nil
        }
        return Fence(marker: first, length: length)
    }

    private static func closesFence(_ prose: [UInt8], _ line: Line, _ fence: Fence) -> Bool {
        guard line.indent <= 3, line.textStart < line.range.upperBound else { return false }
        let length = run(of: fence.marker, in: prose, from: line.textStart, to: line.range.upperBound)
        guard length >= fence.length else { return false }
        return prose[(line.textStart + length)..<line.range.upperBound].allSatisfy { ProseMask.isSpace($0) }
    }

    private static func atxHeadingLevel(_ prose: [UInt8], _ line: Line) -> Int? {
        guard line.indent <= 3 else { return nil }
        let level = run(of: UInt8(ascii: "#"), in: prose, from: line.textStart, to: line.range.upperBound)
        guard (1...6).contains(level) else { return nil }
        let after = line.textStart + level
        guard after == line.range.upperBound || prose[after] == 0x20 || prose[after] == 0x09 else { return nil }
        return level
    }

    private static func maskATXMarkers(_ prose: inout [UInt8], _ line: Line, level: Int) {
        ProseMask.blank(line.textStart..<(line.textStart + level), in: &prose)
        // A closing run of `#` preceded by a space is markup too.
        var end = line.range.upperBound
        while end > line.textStart, ProseMask.isSpace(prose[end - 1]) { end -= 1 }
        var hashes = end
        while hashes > line.textStart, prose[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes > line.textStart, prose[hashes - 1] == 0x20 {
            ProseMask.blank(hashes..<end, in: &prose)
        }
    }

    private static func setextLevel(_ prose: [UInt8], _ line: Line) -> Int? {
        guard line.indent <= 3 else { return nil }
        let first = prose[line.textStart]
        guard first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        let length = run(of: first, in: prose, from: line.textStart, to: line.range.upperBound)
        guard prose[(line.textStart + length)..<line.range.upperBound].allSatisfy({ ProseMask.isSpace($0) }) else { return nil }
        return first == UInt8(ascii: "=") ? 1 : 2
    }

    private static func isThematicBreak(_ prose: [UInt8], _ line: Line) -> Bool {
        guard line.indent <= 3 else { return false }
        let first = prose[line.textStart]
        guard first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") else { return false }
        var count = 0
        for byte in prose[line.textStart..<line.range.upperBound] {
            if byte == first {
                count += 1
            } else if !ProseMask.isSpace(byte) {
                return false
            }
        }
        return count >= 3
    }

    private static func isLinkReferenceDefinition(_ prose: [UInt8], _ line: Line) -> Bool {
        guard line.indent <= 3, prose[line.textStart] == UInt8(ascii: "[") else { return false }
        let text = prose[line.textStart..<line.range.upperBound]
        guard let close = text.firstIndex(of: UInt8(ascii: "]")), close + 1 < line.range.upperBound else { return false }
        return prose[close + 1] == UInt8(ascii: ":")
    }

    private static func isHTMLLine(_ prose: [UInt8], _ line: Line) -> Bool {
        guard line.indent <= 3, prose[line.textStart] == UInt8(ascii: "<"), line.textStart + 1 < line.range.upperBound else {
            return false
        }
        let next = prose[line.textStart + 1]
        let isTagStart = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == UInt8(ascii: "/")
            || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        guard isTagStart else { return false }
        var end = line.range.upperBound
        while end > line.textStart, ProseMask.isSpace(prose[end - 1]) { end -= 1 }
        return prose[end - 1] == UInt8(ascii: ">")
    }

    /// The offset just past a list marker (`- `, `* `, `+ `, `1. `, `1) `) at the start of the line, if any.
    private static func listMarkerEnd(_ prose: [UInt8], _ line: Line) -> Int? {
        let start = line.textStart
        let end = line.range.upperBound
        let first = prose[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            guard start + 1 < end, prose[start + 1] == 0x20 || prose[start + 1] == 0x09 else { return nil }
            return start + 2
        }
        var index = start
        while index < end, index - start < 9, prose[index] >= UInt8(ascii: "0"), prose[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > start, index + 1 < end, prose[index] == UInt8(ascii: ".") || prose[index] == UInt8(ascii: ")"),
            prose[index + 1] == 0x20
        else { return nil }
        return index + 2
    }

    /// Masks every `<!-- … -->` comment, across lines; an unclosed comment runs to the end of the draft.
    private static func maskHTMLComments(_ prose: inout [UInt8], from start: Int) {
        let open: [UInt8] = Array("<!--".utf8)
        let close: [UInt8] = Array("-->".utf8)
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset + pattern.count <= prose.count && pattern.indices.allSatisfy { prose[offset + $0] == pattern[$0] }
        }
        var index = start
        while index + open.count <= prose.count {
            if matches(open, at: index) {
                var end = index + open.count
                while end + close.count <= prose.count, !matches(close, at: end) { end += 1 }
                end = min(prose.count, end + close.count)
                ProseMask.blank(index..<end, in: &prose)
                index = end
            } else {
                index += 1
            }
        }
    }
}
