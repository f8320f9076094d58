import CopydeskText

/// Pairs a paragraph's quote marks into quotations, telling quote marks from apostrophes.
///
/// Curly marks say which way they face; straight marks and misused curly ones are read from the characters around
/// them (a mark after a space that touches a word opens, one after a word that is followed by a space or
/// punctuation closes). Double marks nest by a stack. Single marks quote only when they pair: nested inside double
/// quotes, or British style at the top level; an unpaired `’` after a word is an apostrophe (`the Joneses’ house`),
/// and a closing candidate after `s` that has a later partner is read as a possessive.
enum QuoteMarkPairer {
    /// A top-level quotation: the token indices of its opening mark, its closing mark if it closes, and its last
    /// token; `reopens` marks a span that goes on with the quote before it.
    struct Span: Sendable, Hashable {
        var open: Int
        var close: Int?
        /// The index of the span's last token: its closing mark, or the token before the mark that reopens it, or
        /// the paragraph's last token.
        var end: Int
        /// Whether this span's opening mark reopens the quote before it, which ended a sentence without a closing
        /// mark (`said: "Every day counts. "It is clear …"`): a paragraph break lost in pasted copy.
        var reopens = false
    }

    private enum Style { case double, single }

    private struct Mark {
        /// The mark's first token, and its last (the second apostrophe of a `''` double mark).
        var token: Int
        var last: Int
        var style: Style
        var opens: Bool
        var closes: Bool

        init(token: Int, last: Int? = nil, style: Style, opens: Bool, closes: Bool) {
            self.token = token
            self.last = last ?? token
            self.style = style
            self.opens = opens
            self.closes = closes
        }
    }

    /// The top-level quotations among `tokens` (read from `bytes`), in order; quotes inside quotes are not listed.
    /// At most one span is left open: the outermost opening mark still open at the paragraph's end.
    static func spans(in bytes: [UInt8], tokens: [Token]) -> [Span] {
        var marks: [Mark] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .quoteMark else { continue }
            if let pair = doubledApostrophe(at: index, bytes: bytes, tokens: tokens) {
                marks.append(pair)
                index += 1
            } else if let mark = classify(index, bytes: bytes, tokens: tokens) {
                marks.append(mark)
            }
        }
        guard !marks.isEmpty else { return [] }

        var spans: [Span] = []
        var stack: [(mark: Mark, reopens: Bool)] = []
        for (position, mark) in marks.enumerated() {
            switch mark.style {
            case .double:
                let open = stack.lastIndex { $0.mark.style == .double }
                // A straight mark that could open or close closes when a double quote is open.
                if mark.closes, let open {
                    spans.append(Span(open: stack[open].mark.token, close: mark.token, end: mark.last, reopens: stack[open].reopens))
                    stack.removeSubrange(open...)
                } else if mark.opens, let open, followsSentenceEnd(mark.token, bytes: bytes, tokens: tokens) {
                    // `counts. "It is`: the open quote ended its sentence and a new paragraph of it opens.
                    spans.append(Span(open: stack[open].mark.token, close: nil, end: mark.token - 1, reopens: stack[open].reopens))
                    stack.removeSubrange(open...)
                    stack.append((mark, true))
                } else if mark.opens {
                    stack.append((mark, false))
                }
            case .single:
                if mark.closes, let top = stack.last, top.mark.style == .single {
                    if isPossessive(mark, bytes: bytes, tokens: tokens), hasLaterSingleCloser(after: position, in: marks) {
                        continue
                    }
                    spans.append(Span(open: top.mark.token, close: mark.token, end: mark.token))
                    stack.removeLast()
                } else if mark.opens {
                    stack.append((mark, false))
                }
            }
        }
        // The outermost double mark still open runs to the paragraph's end; open single marks were apostrophes.
        if let unclosed = stack.first(where: { $0.mark.style == .double }) {
            spans.append(Span(open: unclosed.mark.token, close: nil, end: tokens.count - 1, reopens: unclosed.reopens))
        }
        spans.sort { $0.open < $1.open }
        // Keep only spans not inside an earlier one.
        var topLevel: [Span] = []
        var reach = -1
        for span in spans where span.open > reach {
            topLevel.append(span)
            reach = span.end
        }
        return topLevel
    }

    /// Whether the mark at `index` follows the end of a sentence: closing punctuation and a space.
    private static func followsSentenceEnd(_ index: Int, bytes: [UInt8], tokens: [Token]) -> Bool {
        guard index > 0, tokens[index - 1].range.upperBound < tokens[index].range.lowerBound else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .punctuation else { return false }
        let byte = bytes[previous.range.lowerBound]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
            || (byte == 0xE2 && previous.range.count == 3 && bytes[previous.range.lowerBound + 2] == 0xA6)
    }

    /// Two straight apostrophes written as one double mark (`''We're a content provider''`, an old wire style).
    private static func doubledApostrophe(at index: Int, bytes: [UInt8], tokens: [Token]) -> Mark? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .quoteMark,
            tokens[index].range.count == 1, bytes[tokens[index].range.lowerBound] == UInt8(ascii: "'"),
            tokens[index + 1].range.count == 1, bytes[tokens[index + 1].range.lowerBound] == UInt8(ascii: "'"),
            tokens[index].range.upperBound == tokens[index + 1].range.lowerBound
        else { return nil }
        let spaceBefore = isSpaceBefore(index, bytes: bytes, tokens: tokens)
        let spaceAfter = isSpaceAfter(index + 1, bytes: bytes, tokens: tokens)
        if spaceBefore, !spaceAfter { return Mark(token: index, last: index + 1, style: .double, opens: true, closes: false) }
        if spaceAfter, !spaceBefore { return Mark(token: index, last: index + 1, style: .double, opens: false, closes: true) }
        return Mark(token: index, last: index + 1, style: .double, opens: true, closes: true)
    }

    private static func classify(_ index: Int, bytes: [UInt8], tokens: [Token]) -> Mark? {
        let token = tokens[index]
        guard let scalar = QuoteParagraphReader.firstScalar(bytes, token.range) else { return nil }
        let spaceBefore = isSpaceBefore(index, bytes: bytes, tokens: tokens)
        let spaceAfter = isSpaceAfter(index, bytes: bytes, tokens: tokens)
        let leftFlanking = spaceBefore && !spaceAfter
        let rightFlanking = !spaceBefore && spaceAfter
        switch scalar {
        case "\u{201C}", "\u{201E}", "\u{201F}", "\u{AB}", "\u{300C}", "\u{300E}":
            return Mark(token: index, style: .double, opens: !rightFlanking, closes: rightFlanking)
        case "\u{201D}", "\u{BB}", "\u{300D}", "\u{300F}":
            return Mark(token: index, style: .double, opens: leftFlanking, closes: !leftFlanking)
        case "\"":
            if leftFlanking { return Mark(token: index, style: .double, opens: true, closes: false) }
            if rightFlanking { return Mark(token: index, style: .double, opens: false, closes: true) }
            return Mark(token: index, style: .double, opens: true, closes: true)
        case "\u{2018}", "\u{201A}", "\u{201B}", "\u{2039}":
            if rightFlanking { return Mark(token: index, style: .single, opens: false, closes: true) }
            return spaceAfter ? nil : Mark(token: index, style: .single, opens: true, closes: false)
        case "\u{2019}", "'", "\u{203A}":
            if leftFlanking { return Mark(token: index, style: .single, opens: true, closes: false) }
            if rightFlanking { return Mark(token: index, style: .single, opens: false, closes: true) }
            return nil
        default:
            return nil
        }
    }

    /// Whether a closing single mark may be the apostrophe of a plural possessive: after `s` and before a word.
    private static func isPossessive(_ mark: Mark, bytes: [UInt8], tokens: [Token]) -> Bool {
        let token = tokens[mark.token]
        guard token.range.lowerBound > 0 else { return false }
        let before = bytes[token.range.lowerBound - 1]
        guard before == UInt8(ascii: "s") || before == UInt8(ascii: "S") else { return false }
        guard mark.token + 1 < tokens.count else { return false }
        return tokens[mark.token + 1].kind == .word
    }

    private static func hasLaterSingleCloser(after position: Int, in marks: [Mark]) -> Bool {
        // A quote's closing mark is not hundreds of marks away; the bound keeps hostile input linear.
        for mark in marks[(position + 1)..<min(marks.count, position + 64)] {
            if mark.style == .double, mark.closes, !mark.opens { return false }
            if mark.style == .single && mark.closes { return true }
        }
        return false
    }

    /// Whether nothing but space, an opening bracket or dash, or another opening mark stands before the mark.
    private static func isSpaceBefore(_ index: Int, bytes: [UInt8], tokens: [Token]) -> Bool {
        let start = tokens[index].range.lowerBound
        guard index > 0, start > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.range.upperBound < start { return true }
        switch previous.kind {
        case .punctuation:
            let byte = bytes[previous.range.lowerBound]
            // `(“`, `—“`, `:“` and `-“` open; `.”` and `,”` close.
            return byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ":") || isDash(previous, bytes)
        case .quoteMark:
            return isSpaceBefore(index - 1, bytes: bytes, tokens: tokens)
        default:
            return false
        }
    }

    /// Whether nothing but space, punctuation or another closing mark stands after the mark.
    private static func isSpaceAfter(_ index: Int, bytes: [UInt8], tokens: [Token]) -> Bool {
        let end = tokens[index].range.upperBound
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.range.lowerBound > end { return true }
        switch next.kind {
        case .punctuation:
            let byte = bytes[next.range.lowerBound]
            // `“(`, `“…` and `"...` open; everything else after the mark closes it (`'long overdue'.`).
            return !(byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || (byte == 0xE2 && isEllipsis(next, bytes))
                || (byte == UInt8(ascii: ".") && next.range.count > 1))
        case .quoteMark:
            return isSpaceAfter(index + 1, bytes: bytes, tokens: tokens)
        default:
            return false
        }
    }

    /// Whether `token` is an en or em dash.
    private static func isDash(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.range.count == 3 && bytes[token.range.lowerBound] == 0xE2 && bytes[token.range.lowerBound + 1] == 0x80
            && (bytes[token.range.lowerBound + 2] == 0x93 || bytes[token.range.lowerBound + 2] == 0x94)
    }

    private static func isEllipsis(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.range.count == 3 && bytes[token.range.lowerBound + 1] == 0x80 && bytes[token.range.lowerBound + 2] == 0xA6
    }
}
