import CopydeskText

/// Pairs a paragraph's quote marks into quotations, telling quote marks from apostrophes.
///
/// Curly marks say which way they face; straight marks and misused curly ones are read from the characters around
/// them (a mark after a space that touches a word opens, one after a word that is followed by a space or
/// punctuation closes). Double marks nest by a stack. Single marks quote only when they pair: nested inside double
/// quotes, or British style at the top level; an unpaired `’` after a word is an apostrophe (`the Joneses’ house`),
/// and a closing candidate after `s` that has a later partner is read as a possessive.
enum QuoteMarkPairer {
    /// A top-level quotation: the token indices of its opening mark and of its closing mark, if it closes.
    struct Span: Sendable, Hashable {
        var open: Int
        var close: Int?
    }

    private enum Style { case double, single }

    private struct Mark {
        var token: Int
        var style: Style
        var opens: Bool
        var closes: Bool
    }

    /// The top-level quotations among `tokens` (read from `bytes`), in order; quotes inside quotes are not listed.
    /// At most one span is left open: the outermost opening mark still open at the paragraph's end.
    static func spans(in bytes: [UInt8], tokens: [Token]) -> [Span] {
        var marks: [Mark] = []
        for index in tokens.indices where tokens[index].kind == .quoteMark {
            if let mark = classify(index, bytes: bytes, tokens: tokens) { marks.append(mark) }
        }
        guard !marks.isEmpty else { return [] }

        var pairs: [(open: Int, close: Int)] = []
        var stack: [Mark] = []
        for (position, mark) in marks.enumerated() {
            switch mark.style {
            case .double:
                // A straight mark that could open or close closes when a double quote is open.
                if mark.closes, let open = stack.lastIndex(where: { $0.style == .double }) {
                    pairs.append((stack[open].token, mark.token))
                    stack.removeSubrange(open...)
                } else if mark.opens {
                    stack.append(mark)
                }
            case .single:
                if mark.closes, let top = stack.last, top.style == .single {
                    if isPossessive(mark, bytes: bytes, tokens: tokens), hasLaterSingleCloser(after: position, in: marks) {
                        continue
                    }
                    pairs.append((top.token, mark.token))
                    stack.removeLast()
                } else if mark.opens {
                    stack.append(mark)
                }
            }
        }
        // The outermost double mark still open runs to the paragraph's end; open single marks were apostrophes.
        var spans = pairs.map { Span(open: $0.open, close: $0.close) }
        if let unclosed = stack.first(where: { $0.style == .double }) {
            spans.append(Span(open: unclosed.token, close: nil))
        }
        spans.sort { $0.open < $1.open }
        // Keep only spans not inside an earlier one.
        var topLevel: [Span] = []
        var reach = -1
        for span in spans {
            let end = span.close ?? tokens.count
            if span.open > reach {
                topLevel.append(span)
                reach = end
            }
        }
        return topLevel
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
        for mark in marks[(position + 1)...] {
            if mark.style == .double && mark.closes && !mark.opens { return false }
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
            // `“(` and `“…` open; everything else after the mark closes it.
            return !(byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || (byte == 0xE2 && isEllipsis(next, bytes))
                || byte == UInt8(ascii: "."))
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
