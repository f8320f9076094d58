/// Finding the words that name a speaker next to a speech cue: the subject before the verb (`Putin said`,
/// `Jane Doe, a spokeswoman for the ministry, said`), the speaker after an inverted verb (`said Putin`), and the
/// subject a sentence opens with (for participles and colon lead-ins).
extension QuoteParagraphReader {
    /// Classes that never belong to a speaker's noun phrase when lowercase.
    private static let phraseBreakers: QuoteWordClass = [
        .boundary, .speechVerb, .participle, .partialCue, .pronoun, .opinionVerb, .bridge,
    ]

    /// The speaker before the verb at `verb`: its subject, skipping auxiliaries and adverbs, reaching no further
    /// left than `lowerLimit`.
    func speakerBefore(verb: Int, lowerLimit: Int) -> Phrase? {
        var end = verb - 1
        var skipped = 0
        while end >= lowerLimit, skipped < 4 {
            if isWord(end), !capitalized[end], classes[end].contains(.bridge) || isLyAdverb(end), !classes[end].contains(.pronoun) {
                end -= 1
                skipped += 1
            } else if tokens[end].kind == .number, isWord(end - 1), token(end - 1, is: "in") || token(end - 1, is: "on") {
                // `who in 2010 said`: a date between subject and verb.
                end -= 2
                skipped += 1
            } else if let before = timePhraseStart(endingAt: end, lowerLimit: lowerLimit) {
                // `Putin on Wednesday said`, `the ministry last week said`.
                end = before - 1
                skipped += 1
            } else {
                break
            }
        }
        guard end >= lowerLimit, isNarration(end) else { return nil }
        // `to say`, `going to tell`: an infinitive has no subject of its own here.
        if token(end, is: "to") { return nil }
        // `Scott beamed and asked the crowd`: a second verb shares the sentence's subject.
        if token(end, is: "and") || token(end, is: "but") {
            return sentenceSubject(from: sentenceStart[end] < lowerLimit ? lowerLimit : sentenceStart[end], upperLimit: end)
        }
        if isWord(end), classes[end].contains(.pronoun) { return Phrase(tokens: end..<(end + 1), form: .pronoun) }
        if isWord(end), classes[end].contains(.relative) {
            // `the department which reported`, `Smith, who said`: the relative pronoun stands for the name before it.
            var before = isComma(end - 1) ? end - 2 : end - 1
            // `a letter from his doctor on Friday afternoon that says`: the time is no antecedent.
            if isWord(before), classes[before].contains(.timeWord) {
                while before > lowerLimit, isWord(before), classes[before].contains(.timeWord) { before -= 1 }
                if ["on", "in", "at", "during", "last", "this", "late", "early"].contains(where: { token(before, is: $0) }) { before -= 1 }
            }
            guard let antecedent = nounPhrase(endingAt: before, lowerLimit: lowerLimit) else { return nil }
            return Phrase(tokens: antecedent.tokens.lowerBound..<(end + 1), form: antecedent.form)
        }
        if isComma(end) { return appositiveSpeaker(comma: end, lowerLimit: lowerLimit) }
        // `John Dickey, the chief executive of Ora Media -- the company that owns it -- told me`: an aside between
        // dashes leaves the speaker before it, itself perhaps with an appositive.
        if isDash(end), let open = openingDash(before: end, lowerLimit: lowerLimit) {
            return appositiveSpeaker(comma: open, lowerLimit: lowerLimit) ?? nounPhrase(endingAt: open - 1, lowerLimit: lowerLimit)
        }
        if isPunctuation(end, UInt8(ascii: ")")), let open = openingParenthesis(before: end, lowerLimit: lowerLimit) {
            return nounPhrase(endingAt: open - 1, lowerLimit: lowerLimit)
        }
        guard let phrase = nounPhrase(endingAt: end, lowerLimit: lowerLimit) else { return nil }
        // `Protesters marching through the streets chanted`: a phrase after a preposition is its object; the
        // subject is the sentence's.
        let before = phrase.tokens.lowerBound - 1
        if before >= lowerLimit, isWord(before), !capitalized[before], classes[before].contains(.boundary) || classes[before].contains(.joiner),
            Self.prepositions.contains(where: { token(before, is: $0) }),
            let subject = sentenceSubject(from: sentenceStart[end] < lowerLimit ? lowerLimit : sentenceStart[end], upperLimit: before)
        {
            return subject
        }
        return phrase
    }

    /// Prepositions whose object is never the subject of the verb after it.
    static let prepositions: [StaticString] = [
        "through", "in", "on", "at", "with", "from", "by", "about", "into", "over", "under", "across", "near", "around",
        "inside", "outside", "toward", "towards", "along", "behind", "beyond",
    ]

    /// The noun phrase whose last token is `end`, walking left over names, titles, initials and descriptions to a
    /// determiner, a function word or punctuation.
    func nounPhrase(endingAt end: Int, lowerLimit: Int) -> Phrase? {
        guard end >= lowerLimit, isNarration(end) else { return nil }
        // `the 34-year-old mother of three`: a number may end a description after `of`.
        let isCount = tokens[end].kind == .number || isWord(end) && classes[end].contains(.determiner) && !capitalized[end]
        if isCount, token(end - 1, is: "of"), let phrase = nounPhrase(endingAt: end - 2, lowerLimit: lowerLimit) {
            return Phrase(tokens: phrase.tokens.lowerBound..<(end + 1), form: .description)
        }
        guard isWord(end) else { return nil }
        if classes[end].contains(.pronoun) { return Phrase(tokens: end..<(end + 1), form: .pronoun) }
        if !capitalized[end], !classes[end].intersection(Self.phraseBreakers.union(.determiner).union(.joiner)).isEmpty {
            return nil
        }
        var start = end
        var index = end - 1
        var hasName = capitalized[end] && classes[end].intersection([.determiner, .boundary, .bridge]).isEmpty
        while index >= lowerLimit, end - index < 14, isNarration(index) {
            let token = tokens[index]
            if token.kind == .word {
                let wordClasses = classes[index]
                if wordClasses.contains(.determiner), !isInitial(index) {
                    start = index
                    // `a spokeswoman for the ministry`: a preposition inside a description continues it.
                    if isWord(index - 1), classes[index - 1].contains(.joiner), isContentWord(index - 2, lowerLimit: lowerLimit) {
                        index -= 2
                        start = index
                        continue
                    }
                    break
                }
                if capitalized[index] {
                    if !isInitial(index), !wordClasses.intersection([.boundary, .bridge, .pronoun, .speechVerb, .participle]).isEmpty { break }
                    hasName = true
                    start = index
                } else {
                    if wordClasses.contains(.joiner), isContentWord(index - 1, lowerLimit: lowerLimit) {
                        index -= 1
                        continue
                    }
                    if !wordClasses.intersection(Self.phraseBreakers.union(.joiner)).isEmpty { break }
                    if isLyAdverb(index) { break }
                    start = index
                }
            } else if isPunctuation(index, UInt8(ascii: ".")), isAbbreviationBeforePeriod(index - 1) {
                start = index
            } else if token.kind == .symbol, bytes[token.range.lowerBound] == UInt8(ascii: "&"), isWord(index - 1) {
                start = index
            } else if token.kind == .number, index > lowerLimit, isWord(index - 1) || isWord(index + 1), start == index + 1 || index == end {
                start = index
            } else if nicknameMarks.contains(index) || isPossessiveMark(index) {
                start = index
            } else {
                break
            }
            index -= 1
        }
        // A phrase cannot open on its own period or ampersand.
        while start < end, !isWord(start) { start += 1 }
        let form: QuoteSpeaker.Form = hasName && capitalized[end] && !classes[end].contains(.vagueHead) ? .name : .description
        return Phrase(tokens: start..<(end + 1), form: form)
    }

    /// Whether token `index` is a word that can sit at the left of a preposition inside a description.
    private func isContentWord(_ index: Int, lowerLimit: Int) -> Bool {
        guard index >= lowerLimit, isWord(index), isNarration(index) else { return false }
        return classes[index].intersection(Self.phraseBreakers.union(.determiner).union(.joiner)).isEmpty && !isLyAdverb(index)
    }

    /// The speaker before an appositive that ends at `comma`: `Jane Doe, a spokeswoman, said`,
    /// `Quina Jones, 25, said`, `Kevin Barrett, a lawyer at X, who represents Y, said`.
    private func appositiveSpeaker(comma: Int, lowerLimit: Int) -> Phrase? {
        var right = comma
        var fallback: Phrase?
        var crossedClause = false
        for _ in 0..<4 {
            var left = right - 1
            while left >= lowerLimit, isNarration(left), !isComma(left), right - left < 40, !endsSentence[left] { left -= 1 }
            guard left >= lowerLimit, isComma(left), left + 1 < right else {
                // No comma further left: the words before the last appositive are the speaker (`Scott Pruitt, the
                // attorney general of Oklahoma, one of the states suing, said`), if they name someone.
                if fallback != nil || crossedClause, let phrase = nounPhrase(endingAt: right - 1, lowerLimit: lowerLimit), phrase.form != .description {
                    return phrase
                }
                return fallback
            }
            let segmentStart = left + 1
            if isWord(segmentStart), token(segmentStart, is: "who") || token(segmentStart, is: "which") || token(segmentStart, is: "whose") {
                right = left
                crossedClause = true
                continue
            }
            var end = left - 1
            if isPunctuation(end, UInt8(ascii: ")")), let open = openingParenthesis(before: end, lowerLimit: lowerLimit) {
                end = open - 1
            }
            if isWord(end), classes[end].contains(.pronoun) { return Phrase(tokens: end..<(end + 1), form: .pronoun) }
            guard let phrase = nounPhrase(endingAt: end, lowerLimit: lowerLimit) else { return fallback }
            if phrase.form == .description, isComma(phrase.tokens.lowerBound - 1) {
                // Itself an appositive to something further left.
                fallback = fallback ?? phrase
                right = phrase.tokens.lowerBound - 1
                continue
            }
            return phrase
        }
        return fallback
    }

    /// The index of the dash that opens the aside the dash at `close` ends, within a sentence and a few dozen tokens.
    private func openingDash(before close: Int, lowerLimit: Int) -> Int? {
        var index = close - 1
        while index > lowerLimit, close - index < 40, isNarration(index), !endsSentence[index] {
            if isDash(index) { return index }
            index -= 1
        }
        return nil
    }

    /// The index of the `(` that the `)` at `close` closes, within a few tokens.
    private func openingParenthesis(before close: Int, lowerLimit: Int) -> Int? {
        var index = close - 1
        while index >= lowerLimit, close - index < 12, isNarration(index) {
            if isPunctuation(index, UInt8(ascii: "(")) { return index }
            index -= 1
        }
        return nil
    }

    /// The speaker after an inverted speech verb or `according to`, starting at `start` and ending before `upperLimit`:
    /// a pronoun, a name with its titles, or a description opened by a determiner.
    func speakerAfter(start: Int, upperLimit: Int) -> Phrase? {
        guard start < upperLimit, isNarration(start) else { return nil }
        // `9/11 widow Terry Strada`: a number may open a description.
        let opensWithNumber = tokens[start].kind == .number && isWord(start + 1)
        guard isWord(start) || opensWithNumber else { return nil }
        // `said Thursday morning`: a time is not a speaker.
        if isWord(start), classes[start].contains(.timeWord) { return nil }
        if classes[start].contains(.pronoun) { return Phrase(tokens: start..<(start + 1), form: .pronoun) }
        var index = start
        var hasDeterminer = false
        var hasName = false
        if classes[index].contains(.determiner) || opensWithNumber {
            hasDeterminer = true
            index += 1
        } else if !capitalized[index], let name = nameAfterDescription(from: index, upperLimit: upperLimit) {
            // `conservative talk radio host Rush Limbaugh`: a bare description before a name.
            hasDeterminer = true
            index = name
        }
        var end = start - 1
        var descriptionWords = 0
        while index < upperLimit, index - start < 12, isNarration(index) {
            let token = tokens[index]
            if token.kind == .word {
                if capitalized[index] {
                    if !isInitial(index), !classes[index].intersection([.boundary, .bridge, .pronoun, .speechVerb, .determiner]).isEmpty { break }
                    hasName = true
                    // `Clinton’s campaign`: what a name possesses is described after it.
                    if isPossessive(index) {
                        hasName = false
                        hasDeterminer = true
                    }
                } else {
                    if hasName || !hasDeterminer { break }
                    if !classes[index].intersection(Self.phraseBreakers.union(.joiner).union(.determiner)).isEmpty { break }
                    if isLyAdverb(index) { break }
                    // After the head noun, an -ed word is the verb: `the firm finished`.
                    if descriptionWords > 0, endsInED(index) { break }
                    descriptionWords += 1
                }
                end = index
            } else if isPunctuation(index, UInt8(ascii: ".")), isAbbreviationBeforePeriod(index - 1), isWord(index + 1) {
                end = index
            } else if token.kind == .symbol, bytes[token.range.lowerBound] == UInt8(ascii: "&"), isWord(index + 1) {
                end = index
            } else if nicknameMarks.contains(index) {
                end = index
            } else if isPossessiveMark(index) {
                end = index
                hasName = false
                hasDeterminer = true
            } else {
                break
            }
            index += 1
        }
        guard end >= start, hasName || (hasDeterminer && end > start) || classes[start].contains(.vagueHead) else { return nil }
        if !hasName, (start..<end + 1).contains(where: { capitalized[$0] }) { hasName = true }
        let form: QuoteSpeaker.Form = hasName && capitalized[end] && !classes[end].contains(.vagueHead) ? .name : .description
        return Phrase(tokens: start..<(end + 1), form: form)
    }

    /// The index of the first capitalised word after a few lowercase description words starting at `start`
    /// (`talk radio host Rush`), if one follows.
    private func nameAfterDescription(from start: Int, upperLimit: Int) -> Int? {
        var index = start
        while index < upperLimit, index - start < 5, isWord(index), isNarration(index) {
            if capitalized[index] { return index > start ? index : nil }
            if !classes[index].intersection(Self.phraseBreakers.union(.joiner).union(.determiner)).isEmpty || isLyAdverb(index) {
                return nil
            }
            index += 1
        }
        return nil
    }

}
