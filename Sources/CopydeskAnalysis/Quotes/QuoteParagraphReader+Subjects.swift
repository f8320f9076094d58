/// Finding the subject a sentence opens with, after its introductory phrases, datelines and conjunctions: the speaker
/// of a participle or a colon lead-in, and of a fragment woven into paraphrase without a speech verb.
extension QuoteParagraphReader {
    /// The subject a sentence opens with at `start`, after up to three introductory phrases that end in a comma
    /// (`In Beijing, Putin …`, `On her papers, in a box labeled “…,” a doctor …`) or a conjunction (`But Putin …`),
    /// reaching no further than `upperLimit`.
    func sentenceSubject(from start: Int, upperLimit: Int) -> Phrase? {
        guard let subject = subjectStart(from: start, upperLimit: upperLimit) else { return nil }
        return speakerAfter(start: subject, upperLimit: upperLimit)
    }

    /// Where the subject of a sentence starting at `start` begins, after its introductory phrases and a leading
    /// conjunction; nil when an introductory phrase does not close before `upperLimit`.
    func subjectStart(from start: Int, upperLimit: Int) -> Int? {
        var index = start
        for _ in 0..<4 {
            // `On July 6, 2015, Sanders made …`: a year after a date.
            if index < upperLimit, tokens[index].kind == .number, isComma(index + 1) {
                index += 2
                continue
            }
            guard index < upperLimit, isNarration(index), isWord(index) else { return nil }
            if token(index, is: "and") || token(index, is: "but") || token(index, is: "so") || token(index, is: "yet")
                || token(index, is: "or") || token(index, is: "then")
            {
                index += 1
                continue
            }
            if let body = afterDateline(index, upperLimit: upperLimit) {
                index = body
                continue
            }
            guard opensIntroductoryPhrase(index) else { break }
            guard let comma = introductoryComma(after: index, upperLimit: upperLimit) else { return nil }
            index = comma
        }
        return index
    }

    /// Whether the word at `index` opens an introductory phrase: a preposition or subordinator (`In`, `When`), a
    /// participle (`Speaking`, `Asked`) or a capitalised -ed or -ing word before a lowercase one (`Worried about`).
    func opensIntroductoryPhrase(_ index: Int) -> Bool {
        let wordClasses = classes[index]
        if wordClasses.contains(.pronoun) { return false }
        if !wordClasses.intersection([.boundary, .participle, .bridge, .joiner]).isEmpty { return true }
        // `Conversely, PolitiFact rated …`: a sentence adverb and its comma.
        if capitalized[index], isComma(index + 1), tokens[index].range.count > 4,
            bytes[tokens[index].range.upperBound - 2] == UInt8(ascii: "l"), bytes[tokens[index].range.upperBound - 1] == UInt8(ascii: "y")
        {
            return true
        }
        guard capitalized[index], isWord(index + 1), !capitalized[index + 1] else { return false }
        return endsInED(index) || endsInING(index)
    }

    /// The token after a dateline that opens the paragraph (`FLINT, Mich., Oct. 4 (UPI) — `), if `index` starts one.
    func afterDateline(_ index: Int, upperLimit: Int) -> Int? {
        guard index == 0, isWord(index), tokens[index].range.count >= 2,
            String(decoding: bytes[tokens[index].range], as: UTF8.self).allSatisfy({ !$0.isLetter || $0.isUppercase }),
            isComma(index + 1) || isWord(index + 1) && capitalized[index + 1]
        else { return nil }
        var next = index + 1
        while next < upperLimit, next - index < 16, !endsSentence[next] {
            if isDash(next) { return next + 1 }
            next += 1
        }
        return nil
    }

    /// The token after the comma that closes an introductory phrase starting at `index`: a comma in the narration
    /// or one just inside a quote's closing mark (`in a box labeled “medical problem,” a doctor`).
    func introductoryComma(after index: Int, upperLimit: Int) -> Int? {
        var next = index + 1
        while next < upperLimit, next - index < 32 {
            if isComma(next) {
                if isNarration(next) { return next + 1 }
                let span = spans[spanIndex[next]]
                if let close = span.close, close == next + 1 { return span.end + 1 }
            }
            if isNarration(next), endsSentence[next] { return nil }
            next += 1
        }
        return nil
    }
}
