/// Telling a speech verb used as one from its look-alikes: nouns (`Trump’s tweets`), passives (`was told`),
/// progressives (`is telling`), and the time phrases that may stand between a speaker and the verb.
extension QuoteParagraphReader {
    /// The first token of a time phrase that ends at `end` (`on Wednesday`, `last week`, `on Tuesday night`), if
    /// one does; it must open with a preposition or `last`/`this`/`next`/`early`/`late`.
    func timePhraseStart(endingAt end: Int, lowerLimit: Int) -> Int? {
        var index = end
        while index >= lowerLimit, isWord(index), classes[index].contains(.timeWord), end - index < 3 { index -= 1 }
        guard index < end, index >= lowerLimit, isWord(index) else { return nil }
        for opener: StaticString in ["on", "in", "at", "last", "this", "next", "early", "late", "during"] where token(index, is: opener) {
            return index
        }
        return nil
    }

    /// Whether the word at `index` is a speech verb used as one: not passive, and for a form that is also a noun
    /// (`tweets`, `reports`), right after its subject, an adverb or a quote (`Trump tweets`, not `Trump’s tweets`).
    func isSpeechVerb(_ index: Int) -> Bool {
        guard isWord(index), classes[index].contains(.speechVerb), !isPassive(index) else { return false }
        // A capital inside a sentence makes a name, not a verb (`the United States`).
        if capitalized[index], sentenceStart[index] != index { return false }
        guard classes[index].contains(.nounLike) else { return true }
        let previous = index - 1
        guard previous >= 0 else { return false }
        if !isNarration(previous) || isComma(previous) { return true }
        guard isWord(previous) else { return false }
        if classes[previous].contains(.pronoun) || classes[previous].contains(.bridge) || isLyAdverb(previous) { return true }
        if capitalized[previous] {
            // `of Republican claims`, `32% of Democratic claims`: a capital after a preposition is an adjective.
            let beforeName = previous - 1
            if isWord(beforeName), !capitalized[beforeName], classes[beforeName].contains(.joiner) || classes[beforeName].contains(.boundary) {
                return false
            }
            // `a Donald Trump tweet`: a name after an article modifies the noun after it.
            var runStart = previous
            while isWord(runStart - 1), capitalized[runStart - 1], runStart - 1 >= sentenceStart[index] { runStart -= 1 }
            if isWord(runStart - 1), token(runStart - 1, is: "a") || token(runStart - 1, is: "an") || token(runStart - 1, is: "the") {
                return false
            }
            return !isPossessive(previous) && classes[previous].intersection([.determiner, .boundary]).isEmpty
        }
        // `the letter reads, “…”`, `the report states that`: a document after a determiner, then what a verb of
        // speech introduces. `his early tweets targeting …`, `a controversial comment that` stay nouns.
        guard isWord(previous - 1), classes[previous - 1].contains(.determiner), classes[previous].contains(.sourceNoun)
        else { return false }
        let next = index + 1
        guard next < tokens.count else { return true }
        if !isNarration(next) || tokens[next].kind == .punctuation { return true }
        return token(next, is: "that") || classes[next].contains(.pronoun) || classes[next].contains(.determiner)
    }

    /// The subject of a progressive (`Trump is telling`, `He’s claiming`) whose participle is at `index`, if it is one.
    func progressiveSubject(of index: Int, lowerLimit: Int) -> Phrase? {
        var previous = index - 1
        while isWord(previous), isLyAdverb(previous) || token(previous, is: "also") || token(previous, is: "now") { previous -= 1 }
        if isWord(previous), isNarration(previous), classes[previous].contains(.pronoun), classes[previous].contains(.bridge) {
            return Phrase(tokens: previous..<(previous + 1), form: .pronoun)
        }
        guard let auxiliary = progressiveAuxiliary(before: index) else { return nil }
        return speakerBefore(verb: auxiliary, lowerLimit: lowerLimit)
    }

    /// The auxiliary of a progressive (`is telling`, `was calling`) before the participle at `index`, if any.
    func progressiveAuxiliary(before index: Int) -> Int? {
        var previous = index - 1
        while isWord(previous), isLyAdverb(previous) || token(previous, is: "also") || token(previous, is: "now") { previous -= 1 }
        guard isWord(previous), isNarration(previous) else { return nil }
        for auxiliary: StaticString in ["is", "are", "was", "were", "been", "be"] where token(previous, is: auxiliary) {
            return previous
        }
        return nil
    }

    /// Whether the verb at `index` is passive or in a clause with no subject of its own (`was told`, `when asked`).
    func isPassive(_ index: Int) -> Bool {
        var previous = index - 1
        while isWord(previous), isLyAdverb(previous) || token(previous, is: "not") { previous -= 1 }
        return isWord(previous) && classes[previous].contains(.passiveAuxiliary)
    }

    /// Whether the verb at `index` is negated (`did not say`, `never told`, `didn't suggest`): it reports no speech.
    func isNegated(_ index: Int) -> Bool {
        var previous = index - 1
        while isWord(previous), index - previous <= 3, classes[previous].contains(.bridge) || isLyAdverb(previous) {
            if token(previous, is: "not") || token(previous, is: "never") { return true }
            if endsInNT(previous) { return true }
            previous -= 1
        }
        return false
    }

    /// Whether the word at `index` is a contraction in n't or n’t (`didn't`, `hasn’t`).
    func endsInNT(_ index: Int) -> Bool {
        let range = tokens[index].range
        guard range.count >= 4, bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "t") else { return false }
        if bytes[range.upperBound - 2] == UInt8(ascii: "'") { return bytes[range.upperBound - 3] | 0x20 == UInt8(ascii: "n") }
        // The curly apostrophe is three bytes: E2 80 99.
        return range.count >= 6 && bytes[range.upperBound - 2] == 0x99 && bytes[range.upperBound - 3] == 0x80
            && bytes[range.upperBound - 4] == 0xE2 && bytes[range.upperBound - 5] | 0x20 == UInt8(ascii: "n")
    }
}
