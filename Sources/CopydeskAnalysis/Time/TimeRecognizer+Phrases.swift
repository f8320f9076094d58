/// Multiword expressions from `TimeLexicon.phrases`: `in recent weeks`, `the day before yesterday`,
/// `New Year's Day`.
extension TimeRecognizer {
    /// The phrases by their first word, so most tokens are rejected with one lookup.
    static let phrasesByFirstWord: WordTable<[Int]> = {
        var entries: [String: [Int]] = [:]
        for (index, phrase) in TimeLexicon.phrases.enumerated() {
            entries[String(decoding: phrase.words[0], as: UTF8.self), default: []].append(index)
        }
        return WordTable(entries)
    }()

    /// The longest phrase starting at token `index`, if any.
    func phrase(at index: Int, limit: Int) -> Match? {
        guard tokens[index].kind == .word, let (candidates, _) = Self.phrasesByFirstWord.lookup(bytes, tokens[index].range)
        else { return nil }
        var best: (phrase: TimePhrase, end: Int)?
        for candidate in candidates {
            let phrase = TimeLexicon.phrases[candidate]
            let end = index + phrase.words.count
            guard end <= limit, end > (best?.end ?? 0) else { continue }
            var matches = true
            for (offset, word) in phrase.words.enumerated() where !tokenEquals(index + offset, word) {
                matches = false
                break
            }
            if matches { best = (phrase, end) }
        }
        guard let (phrase, end) = best else { return nil }
        let start = index + phrase.start
        switch phrase.meaning {
        case .point(let point, let isFlagged):
            // `in the past three months` is a duration, `the future of` a noun.
            if end < limit, items[end].kind == .number || isAnyWord(end, ["of", "few", "several"]) { return nil }
            if end < limit, case .cardinal = items[end].word { return nil }
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

    /// Whether token `index` is the lowercase word `word`, compared case-insensitively.
    private func tokenEquals(_ index: Int, _ word: [UInt8]) -> Bool {
        let range = tokens[index].range
        guard range.count == word.count else { return false }
        var offset = range.lowerBound
        for expected in word {
            let byte = bytes[offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected { return false }
            offset += 1
        }
        return true
    }
}
