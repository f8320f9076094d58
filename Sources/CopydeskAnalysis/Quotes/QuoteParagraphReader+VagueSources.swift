/// Finding faceless attribution: a speech or opinion verb whose subject names nobody (`sources said`, `critics say`,
/// `a senior official said`), `according to sources`, `people familiar with …`, `it is believed`, `some observers`.
extension QuoteParagraphReader {
    /// The byte ranges of the paragraph's faceless attributions, in order, none overlapping.
    func vagueAttributions() -> [Range<Int>] {
        var found: [Range<Int>] = []
        func add(_ tokenRange: Range<Int>) {
            let range = byteRange(tokenRange)
            if let last = found.last, last.overlaps(range) { return }
            found.append(range)
        }
        for index in tokens.indices where isWord(index) && isNarration(index) {
            let wordClasses = classes[index]
            // `critics say`, `sources told`, `some believe`: a verb whose subject is a faceless source.
            if wordClasses.contains(.speechVerb) || wordClasses.contains(.opinionVerb), !isPassive(index) {
                if let subject = speakerBefore(verb: index, lowerLimit: sentenceStart[index]), isFaceless(subject.tokens) {
                    add(subject.tokens.lowerBound..<(index + 1))
                    continue
                }
                // `some say`, `many believe`: a quantifier standing alone as the subject.
                if isWord(index - 1), isNarration(index - 1), classes[index - 1].contains(.vagueQuantifier),
                    classes[index - 1].contains(.vagueHead)
                {
                    add((index - 1)..<(index + 1))
                    continue
                }
            }
            // `according to sources`, `according to people familiar with the matter`.
            if token(index, is: "according"), token(index + 1, is: "to") {
                var head = index + 2
                if isWord(head), classes[head].contains(.determiner) || classes[head].contains(.vagueQuantifier) { head += 1 }
                if isWord(head), classes[head].contains(.vagueHead), !capitalized[head] || head == index + 2 {
                    add(index..<(head + 1))
                }
                continue
            }
            // `people familiar with the matter`.
            if token(index, is: "familiar"), token(index + 1, is: "with"), isWord(index - 1), classes[index - 1].contains(.vagueHead) {
                add((index - 1)..<(index + 2))
                continue
            }
            // `it is believed`, `it was widely reported`, `it has been suggested`.
            if token(index, is: "it") || token(index, is: "it's") {
                var next = index + 1
                var auxiliaries = token(index, is: "it's") ? 1 : 0
                while isWord(next), next - index <= 4,
                    classes[next].contains(.passiveAuxiliary) || token(next, is: "has") || token(next, is: "had") || isLyAdverb(next)
                {
                    if !isLyAdverb(next) { auxiliaries += 1 }
                    next += 1
                }
                if auxiliaries > 0, isWord(next), classes[next].contains(.vaguePassive), !token(next + 1, is: "by") {
                    add(index..<(next + 1))
                }
                continue
            }
            // `some observers`, `many critics`.
            if wordClasses.contains(.vagueQuantifier), isWord(index + 1), classes[index + 1].contains(.vagueHead),
                !token(index + 1, is: "people"), !token(index + 1, is: "officials"), !token(index + 1, is: "official"),
                !token(index + 1, is: "supporters"), !token(index + 1, is: "opponents"), !token(index + 1, is: "others")
            {
                add(index..<(index + 2))
            }
        }
        return found
    }

    /// Whether a subject names nobody: its head is a faceless source and no capitalised word names whose source it
    /// is (`U.S. officials` and `Pentagon sources` say whose).
    private func isFaceless(_ phrase: Range<Int>) -> Bool {
        let head = phrase.upperBound - 1
        guard isWord(head), classes[head].contains(.vagueHead) else { return false }
        for index in phrase where isWord(index) && capitalized[index] {
            let isOpeningWord = index == phrase.lowerBound && !classes[index].intersection([.determiner, .vagueHead, .vagueQuantifier]).isEmpty
            if !isOpeningWord { return false }
        }
        // `people` and `others` name nobody only with a quantifier (`some people say`), not alone (`people said`).
        if token(head, is: "people") || token(head, is: "others") || token(head, is: "supporters") || token(head, is: "opponents") {
            return phrase.count > 1 && classes[phrase.lowerBound].contains(.vagueQuantifier)
        }
        return true
    }
}
