/// Splits a block of prose into sentences, knowing the habits of news copy.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, together with any closing quote marks and brackets after it,
/// when the next token starts a new sentence. Periods after titles (`Mr.`, `Gov.`, `Lt. Col.`), initials
/// (`Donald J. Trump`), months before a day (`Sept. 3`), decimals and money (`$8.8 billion`) never end one; periods
/// after ambiguous abbreviations (`U.S.`, `Inc.`) and ellipses end one only before a likely sentence opener.
public enum SentenceSegmenter {
    /// The sentences of `tokens` (read from `bytes`), as UTF-8 byte ranges from each sentence's first token to its
    /// last. A block without closing punctuation (a headline, a list item) is one sentence.
    public static func sentences(in bytes: [UInt8], tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            if let last = boundary(after: index, in: bytes, tokens: tokens) {
                sentences.append(tokens[start].range.lowerBound..<tokens[last].range.upperBound)
                start = last + 1
                index = last + 1
            } else {
                index += 1
            }
        }
        if start < tokens.count {
            sentences.append(tokens[start].range.lowerBound..<tokens[tokens.count - 1].range.upperBound)
        }
        return sentences
    }

    /// The index of the last token of a sentence that ends at token `index`, or nil when none ends there.
    static func boundary(after index: Int, in bytes: [UInt8], tokens: [Token]) -> Int? {
        let token = tokens[index]
        // Only `.`, `!`, `?`, `…` or a word ending in `.` can end a sentence; skip the rest without building strings.
        let lastByte = bytes[token.range.upperBound - 1]
        guard lastByte == UInt8(ascii: ".") || lastByte == UInt8(ascii: "!") || lastByte == UInt8(ascii: "?") || lastByte == 0xA6
        else { return nil }
        let text = TokenText.string(token, in: bytes)
        let isTerminal: Bool
        let isPeriod: Bool
        switch token.kind {
        case .punctuation:
            isTerminal = text.hasPrefix(".") || text == "!" || text == "?" || text == "…" || text == "!?" || text == "?!"
            isPeriod = text == "."
        case .word:
            // An initialism that keeps its final period (`U.S.`) may end a sentence.
            isTerminal = text.count > 2 && text.hasSuffix(".")
            isPeriod = isTerminal
        default:
            return nil
        }
        guard isTerminal else { return nil }
        // Closing quote marks and brackets right after the mark belong to the sentence it ends.
        var last = index
        while last + 1 < tokens.count {
            let next = tokens[last + 1]
            guard next.range.lowerBound == tokens[last].range.upperBound else { break }
            let nextText = TokenText.string(next, in: bytes)
            let closes = (next.kind == .quoteMark && TokenText.canClose(nextText))
                || (next.kind == .punctuation && (nextText == ")" || nextText == "]"))
            guard closes else { break }
            last += 1
        }
        guard last + 1 < tokens.count else { return last }
        let next = tokens[last + 1]
        // No space after the mark: `8.8`, `.com`, `?!` — not a boundary.
        if next.range.lowerBound == tokens[last].range.upperBound, next.kind != .quoteMark { return nil }
        let nextText = TokenText.string(next, in: bytes)
        let startsUpper = TokenText.startsUppercase(nextText)
        let opensSomething = next.kind == .quoteMark || nextText == "(" || nextText == "["
        let nextStarts = startsUpper || opensSomething || next.kind == .number
        guard nextStarts else { return nil }

        if text.hasPrefix("..") || text == "…" {
            // An ellipsis inside a sentence is followed by lowercase; before a capital it ends the sentence.
            return startsUpper || opensSomething ? last : nil
        }
        guard isPeriod else { return last }
        guard last == index else { return last }

        // What stands right before the period decides.
        let before = token.kind == .word ? text.dropLast().description : previousWord(index, in: bytes, tokens: tokens)
        guard let word = before else { return last }
        if token.kind == .punctuation, Abbreviations.titles.contains(word) { return nil }
        if token.kind == .punctuation, Abbreviations.months.contains(word) {
            return next.kind == .number || !Abbreviations.sentenceStarters.contains(nextText) ? nil : last
        }
        if token.kind == .punctuation, word.count == 1, word.first!.isUppercase {
            // An initial: `Donald J. Trump`. Before a likely opener it can still end a sentence ("Plan B. The …").
            return Abbreviations.sentenceStarters.contains(nextText) && index >= 2 && !isInitial(index - 2, bytes, tokens)
                && nextText != "A" ? last : nil
        }
        if token.kind == .word || Abbreviations.ambiguous.contains(word) {
            // `10:35 a.m. (0735 GMT) Friday`: a parenthesis opening on a number glosses what came before it.
            if nextText == "(", last + 2 < tokens.count, tokens[last + 2].kind == .number { return nil }
            return Abbreviations.sentenceStarters.contains(nextText) || opensSomething ? last : nil
        }
        return last
    }

    private static func previousWord(_ index: Int, in bytes: [UInt8], tokens: [Token]) -> String? {
        guard index > 0 else { return nil }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.range.upperBound == tokens[index].range.lowerBound else { return nil }
        return TokenText.string(previous, in: bytes)
    }

    private static func isInitial(_ index: Int, _ bytes: [UInt8], _ tokens: [Token]) -> Bool {
        guard index >= 0, index + 1 < tokens.count, tokens[index].kind == .word else { return false }
        let text = TokenText.string(tokens[index], in: bytes)
        return text.count == 1 && TokenText.string(tokens[index + 1], in: bytes) == "."
    }
}
