/// Multiword expressions from `TimeLexicon.phrases`: `in recent weeks`, `the day before yesterday`,
/// `New Year's Day`.
extension TimeRecognizer {
    /// The longest phrase starting at token `index`, if any.
    func phrase(at index: Int, limit: Int) -> Match? {
        guard let group = items[index].phraseGroup else { return nil }
        var best: (phrase: TimePhrase, end: Int)?
        for candidate in TimeLexicon.phraseGroups[group] {
            let phrase = TimeLexicon.groupedPhrases[candidate]
            let end = index + phrase.wordCount
            guard end <= limit, end > (best?.end ?? 0), matches(phrase.text, at: index) else { continue }
            best = (phrase, end)
        }
        guard let (phrase, end) = best else { return nil }
        let start = index + phrase.start
        switch phrase.meaning {
        case .point(let point, let isFlagged):
            // `in the past three months` is a duration, `the future of` a noun.
            if end < limit, items[end].kind == .number || isAnyWord(end, ["of", "few", "several"]) { return nil }
            if end < limit, case .cardinal = items[end].word { return nil }
            // `in the past year` is last year, read from `the past year` on.
            if end < limit, case .unit = items[end].word { return nil }
            return Match(start: start, end: end, reference: .point(point), isVague: isFlagged)
        case .unit(let unit, let offset):
            return Match(start: start, end: end, reference: .unitOffset(unit, offset))
        case .latestQuarter:
            return Match(start: start, end: end, reference: .latestQuarter)
        case .dayOffset(let days):
            return Match(start: start, end: end, reference: .dayOffset(days))
        case .holiday(let holiday):
            if let (year, yearEnd) = yearAfter(end, limit: limit) {
                return Match(start: start, end: yearEnd, reference: .holiday(holiday, year: year, shift: nil))
            }
            return Match(start: start, end: end, reference: .holiday(holiday, year: nil, shift: nil))
        }
    }

    /// Whether the tokens after `index` spell the rest of `text` (lowercase words separated by single spaces);
    /// the first word is the one the lexicon already matched at `index`.
    private func matches(_ text: [UInt8], at index: Int) -> Bool {
        var token = index + 1
        var wordStart = (text.firstIndex(of: 0x20) ?? text.count) + 1
        while wordStart < text.count {
            var wordEnd = wordStart
            while wordEnd < text.count, text[wordEnd] != 0x20 { wordEnd += 1 }
            guard token < tokens.count, tokens[token].kind == .word,
                ASCIIWord.matches(bytes, tokens[token].range, text[wordStart..<wordEnd])
            else { return false }
            token += 1
            wordStart = wordEnd + 1
        }
        return true
    }
}
