/// Tying speech cues to quotes within a paragraph: the cue after a quote (`“…,” Putin said`, `“…,” said Putin`),
/// before it in the same sentence (`Putin said: “…”`, `According to X, “…”`, `what he called the “…”`), a colon
/// lead-in, interrupted quotes joined into one, and quotes that go on in the voice of an earlier speaker.
extension QuoteParagraphReader {
    /// Every speech cue in the narration with the speaker it names, in order.
    func findCues() -> [Credit] {
        var cues: [Credit] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard isWord(index), isNarration(index) else { continue }
            let wordClasses = classes[index]
            if token(index, is: "according"), token(index + 1, is: "to") {
                if let speaker = speakerAfter(start: index + 2, upperLimit: tokens.count) {
                    cues.append(Credit(speaker: speaker, cue: index..<(index + 2), kind: .cue))
                }
                continue
            }
            if wordClasses.contains(.participle) {
                // `Trump is telling voters`: a progressive is as finite as `told`.
                if let speaker = progressiveSubject(of: index, lowerLimit: sentenceStart[index]) {
                    cues.append(Credit(speaker: speaker, cue: index..<(index + 1), kind: .cue))
                }
                continue
            }
            if wordClasses.contains(.partialCue), !wordClasses.contains(.speechVerb) {
                // `Clinton called the deal …`: verbs that weave speech into paraphrase.
                if !isPassive(index), let speaker = speakerBefore(verb: index, lowerLimit: sentenceStart[index]) {
                    cues.append(Credit(speaker: speaker, cue: index..<(index + 1), kind: .cue))
                }
                continue
            }
            let isPutIt = token(index, is: "put") && token(index + 1, is: "it")
            guard isSpeechVerb(index) || isPutIt && !isPassive(index), !isNegated(index) else { continue }
            let cue = index..<(index + (isPutIt ? 2 : 1))
            if let speaker = speakerBefore(verb: index, lowerLimit: sentenceStart[index]) {
                cues.append(Credit(speaker: speaker, cue: cue, kind: .cue))
            } else if wordClasses.contains(.invertible), let speaker = speakerAfter(start: index + 1, upperLimit: tokens.count) {
                cues.append(Credit(speaker: speaker, cue: cue, kind: .cue))
            }
        }
        return cues
    }

    /// The index of the first narration token after span `position`, and the end of the narration run that starts
    /// there: the next quote or the end of the sentence.
    private func narrationAfter(span position: Int) -> Range<Int>? {
        // An unclosed quote has narration after it only when a dropped closing mark was cut before its attribution.
        let start = spans[position].end + 1
        guard start < tokens.count, isNarration(start) else { return nil }
        var end = start
        while end < tokens.count, isNarration(end) {
            end += 1
            if endsSentence[end - 1] { break }
        }
        return start..<end
    }

    /// The cue right after span `position` in its sentence: `“…,” Putin said`, `“…,” said Putin`,
    /// `“…,” according to X`, `“…,” as Putin put it`.
    func creditAfter(span position: Int) -> Credit? {
        guard let run = narrationAfter(span: position) else { return nil }
        let close = spans[position].close ?? run.lowerBound
        if let signature = signature(in: run) { return signature }
        var start = run.lowerBound
        while start < run.upperBound, isComma(start) || isDash(start) { start += 1 }
        guard start < run.upperBound, isWord(start) else { return nil }
        // A quote that ends its own sentence with a period is followed by a new sentence, not its attribution.
        if isPunctuation(close - 1, UInt8(ascii: ".")), capitalized[start] { return nil }
        if classes[start].contains(.invertible), !classes[start].contains(.pronoun),
            let speaker = speakerAfter(start: start + 1, upperLimit: run.upperBound)
        {
            return Credit(speaker: speaker, cue: start..<(start + 1), kind: .cue)
        }
        if token(start, is: "according"), token(start + 1, is: "to"), let speaker = speakerAfter(start: start + 2, upperLimit: run.upperBound) {
            return Credit(speaker: speaker, cue: start..<(start + 2), kind: .cue)
        }
        if token(start, is: "as") { start += 1 }
        var verb = start
        while verb < min(run.upperBound, start + 40) {
            defer { verb += 1 }
            let isPutIt = token(verb, is: "put") && token(verb + 1, is: "it") && !isPassive(verb)
            guard isSpeechVerb(verb) || isPutIt else { continue }
            let cue = verb..<(verb + (isPutIt ? 2 : 1))
            guard let speaker = speakerBefore(verb: verb, lowerLimit: start) ?? wholeSubject(from: start, before: verb) else {
                // `“…with” changes in the market, said Ryosuke Ito`: an inverted cue after a comma closes the sentence.
                if isComma(verb - 1), classes[verb].contains(.invertible), let speaker = speakerAfter(start: verb + 1, upperLimit: run.upperBound) {
                    return Credit(speaker: speaker, cue: cue, kind: .cue)
                }
                continue
            }
            if speaker.tokens.lowerBound == start { return Credit(speaker: speaker, cue: cue, kind: .cue) }
            // `“…” for criminal behavior, she said`: a phrase and a comma may come before the speaker; any length of
            // it when the cue closes the sentence (`“…” will be caused by …, MPs have warned.`).
            let lead = speaker.tokens.lowerBound - 1
            let closesSentence = run.upperBound - cue.upperBound <= 5
            if isComma(lead), lead - start <= 14 || closesSentence, !(start..<lead).contains(where: { isSpeechVerb($0) || classes[$0].contains(.relative) }) {
                return Credit(speaker: speaker, cue: cue, kind: .cue)
            }
            // `“…?” a narrator in the Clinton ad asks`: the whole subject, prepositions and all.
            if let whole = wholeSubject(from: start, before: verb) { return Credit(speaker: whole, cue: cue, kind: .cue) }
            return nil
        }
        // `… chants of “Bobby!” at a conference last month, according to X.`: the sentence's source.
        for index in start..<run.upperBound where token(index, is: "according") && token(index + 1, is: "to") {
            if let speaker = speakerAfter(start: index + 2, upperLimit: run.upperBound) {
                return Credit(speaker: speaker, cue: index..<(index + 2), kind: .cue)
            }
        }
        return nil
    }

    /// The words from `start` to the verb at `verb` as one subject, when they read as a noun phrase that may hold
    /// prepositions (`a narrator in the Clinton ad`): opened by a determiner, a number or a capital, with no comma,
    /// clause word or verb of speech among them.
    private func wholeSubject(from start: Int, before verb: Int) -> Phrase? {
        var end = verb - 1
        while end > start, isWord(end), !capitalized[end], classes[end].contains(.bridge) || isLyAdverb(end) { end -= 1 }
        guard end >= start, end - start < 12, isWord(end) || tokens[end].kind == .number else { return nil }
        guard classes[start].contains(.determiner) || capitalized[start] || tokens[start].kind == .number else { return nil }
        let prepositions: [StaticString] = ["in", "of", "for", "at", "from", "on", "with"]
        for index in start...end {
            switch tokens[index].kind {
            case .word:
                if isSpeechVerb(index) || classes[index].contains(.relative) || classes[index].contains(.pronoun) { return nil }
                if classes[index].contains(.boundary), !prepositions.contains(where: { token(index, is: $0) }) { return nil }
            case .number:
                continue
            case .punctuation:
                guard isPunctuation(index, UInt8(ascii: ".")), isAbbreviationBeforePeriod(index - 1) else { return nil }
            default:
                return nil
            }
        }
        let form: QuoteSpeaker.Form = capitalized[end] ? .name : .description
        return Phrase(tokens: start..<(end + 1), form: form)
    }

    /// A signature after a quote: a dash and a name that ends the sentence (`“…” ― Krystal Correa`).
    private func signature(in run: Range<Int>) -> Credit? {
        guard isDash(run.lowerBound), let speaker = speakerAfter(start: run.lowerBound + 1, upperLimit: run.upperBound),
            speaker.form == .name
        else { return nil }
        let after = speaker.tokens.upperBound
        guard after >= run.upperBound || isComma(after) || isTerminal(after) else { return nil }
        return Credit(speaker: speaker, cue: run.lowerBound..<(run.lowerBound + 1), kind: .cue)
    }

    /// For a fragment woven into paraphrase with no speech verb, the subject of its sentence
    /// (`Trump openly admires Putin as a “strong leader”`).
    func subjectCredit(for open: Int) -> Credit? {
        guard let subject = sentenceSubject(from: sentenceStart[open], upperLimit: sentenceEnd(open)) else { return nil }
        return Credit(speaker: subject, cue: nil, kind: .subject)
    }

    /// The cue before span `position` in its sentence: `Putin said: “…”`, `Said Putin, “…”`, `According to X, “…”`,
    /// `what he called the “…”`, `…, adding that “…”`, or a colon lead-in with no cue (`Putin was blunt: “…”`).
    func creditBefore(span position: Int) -> Credit? {
        let open = spans[position].open
        // Titles and names quoted earlier in the sentence do not end its narration (`Johnson tells “Morning Joe”
        // that “…”`).
        var previous = position - 1
        while previous >= 0, isTitleLike(previous) { previous -= 1 }
        let previousClose = previous >= 0 ? spans[previous].end + 1 : 0
        let lowerLimit = max(sentenceStart[open], previousClose)
        guard open > lowerLimit else { return nil }
        // Cues inside an introductory phrase (`In a message posted Friday, Cruz said …`, `While he acknowledged …,
        // Ham noted …`) belong to it, not to the sentence; `According to X,` and `As X put it,` are the exception.
        let bodyStart = sentenceStart[open] >= previousClose ? subjectStart(from: sentenceStart[open], upperLimit: open) ?? lowerLimit : lowerLimit
        var found: Credit?
        // The nearest finite cue, which wins when it leads straight into the quote.
        var nearest: Credit?
        // A participle with its speaker named right before it, nearer the quote than any finite cue.
        var named: Credit?
        var index = open - 1
        while index >= lowerLimit {
            defer { index -= 1 }
            guard isWord(index), isNarration(index) else { continue }
            let wordClasses = classes[index]
            if token(index, is: "according"), token(index + 1, is: "to"), let speaker = speakerAfter(start: index + 2, upperLimit: open) {
                found = Credit(speaker: speaker, cue: index..<(index + 2), kind: .cue)
                continue
            }
            if index < bodyStart, !(token(index, is: "put") && token(index + 1, is: "it")) { continue }
            if wordClasses.contains(.participle), let speaker = progressiveSubject(of: index, lowerLimit: lowerLimit) {
                found = Credit(speaker: speaker, cue: index..<(index + 1), kind: .cue)
                continue
            }
            let isPutIt = token(index, is: "put") && token(index + 1, is: "it")
            let isFiniteCue = isSpeechVerb(index) || (wordClasses.contains(.partialCue) && !wordClasses.contains(.participle)) || isPutIt
            if isFiniteCue, !isPassive(index) {
                let cue = index..<(index + (isPutIt ? 2 : 1))
                if let speaker = speakerBefore(verb: index, lowerLimit: lowerLimit) {
                    found = Credit(speaker: speaker, cue: cue, kind: .cue)
                    nearest = nearest ?? found
                    continue
                }
                // `Said Putin: “…”`, `…, said Putin, “…”`: an inverted verb opens its clause.
                if wordClasses.contains(.invertible), index == lowerLimit || isComma(index - 1) || !isNarration(index - 1),
                    let speaker = speakerAfter(start: index + 1, upperLimit: open)
                {
                    found = Credit(speaker: speaker, cue: cue, kind: .cue)
                    nearest = nearest ?? found
                    continue
                }
            } else if wordClasses.contains(.participle), found == nil {
                // `footage of Clinton asking, “…”`, `quoted Reyes as saying`: a name right before the participle is its
                // subject, and its words are the quote, whoever's account frames them; after a comma the participle
                // shares its clause's subject (`Trump tweeted, saying “…”`).
                let adjacent = nameRun(endingAt: index - 1, lowerLimit: lowerLimit)
                    ?? (token(index - 1, is: "as") ? nameRun(endingAt: index - 2, lowerLimit: lowerLimit) : nil)
                if let adjacent {
                    found = Credit(speaker: adjacent, cue: index..<(index + 1), kind: .cue)
                    named = found
                } else if let subject = clauseSubject(before: index, lowerLimit: sentenceStart[open], upperLimit: sentenceEnd(open)) {
                    found = Credit(speaker: subject, cue: index..<(index + 1), kind: .cue)
                }
            }
        }
        if let named { return named }
        // A cue that leads straight into the quote with a comma or colon introduces it (`…, and when pressed, the
        // mother of three replied, “…”`); otherwise the first cue of the sentence names the source of everything it
        // reports (`Trump said Clinton once described the pact as “the gold standard”` quotes Trump's account).
        if let nearest, let cue = nearest.cue, isComma(open - 1) || isPunctuation(open - 1, UInt8(ascii: ":")) {
            let between = max(cue.upperBound, nearest.speaker.tokens.upperBound)..<(open - 1)
            // Only an object or a time may stand between (`told reporters on Monday:`), not another verb
            // (`she recalled thinking, “…”` reports Lynch's account).
            if between.count <= 5, !between.contains(where: { isWord($0) && (classes[$0].contains(.participle) || endsInING($0)) }) {
                return nearest
            }
        }
        if let found { return found }
        if isPunctuation(open - 1, UInt8(ascii: ":")), let subject = sentenceSubject(from: sentenceStart[open], upperLimit: open - 1) {
            return Credit(speaker: subject, cue: nil, kind: .leadIn)
        }
        return nil
    }

    /// The index just past the last token of the sentence that token `index` is in.
    func sentenceEnd(_ index: Int) -> Int {
        sentenceEnds[index]
    }

    /// The run of capitalised words, with titles and initials, that ends at `end` (`Hillary Clinton`, `Mr. Reyes`).
    private func nameRun(endingAt end: Int, lowerLimit: Int) -> Phrase? {
        guard end >= lowerLimit, isWord(end), isNarration(end), capitalized[end],
            classes[end].intersection([.determiner, .boundary, .bridge, .joiner, .timeWord]).isEmpty
        else { return nil }
        var start = end
        while start - 1 >= lowerLimit, isNarration(start - 1) {
            if isWord(start - 1), capitalized[start - 1], classes[start - 1].intersection([.determiner, .boundary, .joiner]).isEmpty {
                start -= 1
            } else if isPunctuation(start - 1, UInt8(ascii: ".")), isAbbreviationBeforePeriod(start - 2) {
                start -= 2
            } else {
                break
            }
        }
        return Phrase(tokens: start..<(end + 1), form: .name)
    }

    /// Whether span `position` quotes a title or name in mid-sentence (`tells “Morning Joe” that`): a few words, each
    /// long one capitalised, no closing punctuation.
    func isTitleLike(_ position: Int) -> Bool {
        let span = spans[position]
        guard let close = span.close, close - span.open <= 7, span.open > 0, isWord(span.open - 1), isNarration(span.open - 1),
            !isTerminal(close - 1), !isComma(close - 1)
        else { return false }
        var words = 0
        for index in (span.open + 1)..<close {
            guard isWord(index) else { continue }
            words += 1
            if !capitalized[index], tokens[index].range.count >= 4 { return false }
        }
        return words > 0 && capitalized[span.open + 1]
    }

    /// The subject a participle (`saying`, `adding`) shares with its clause: the speaker of a finite cue before it
    /// in the sentence, or the sentence's opening subject.
    private func clauseSubject(before participle: Int, lowerLimit: Int, upperLimit: Int) -> Phrase? {
        // A clause's cue stands within a few dozen words of its participle; a run-on sentence is not searched whole.
        var index = max(lowerLimit, participle - 60)
        while index < participle {
            if isNarration(index), isSpeechVerb(index), let speaker = speakerBefore(verb: index, lowerLimit: lowerLimit) {
                return speaker
            }
            index += 1
        }
        return sentenceSubject(from: lowerLimit, upperLimit: upperLimit)
    }

    /// When the paragraph ends with a colon, the speaker its last sentence introduces: the speaker of a cue in that
    /// sentence (`Caddell continued:`), else its subject (`The statement was blunt:`).
    func leadIn(cues: [Credit]) -> Credit? {
        guard let last = tokens.indices.last, isPunctuation(last, UInt8(ascii: ":")), isNarration(last) else { return nil }
        let start = sentenceStart[last]
        if let cue = cues.last(where: { ($0.cue?.lowerBound ?? $0.speaker.tokens.lowerBound) >= start }) {
            return Credit(speaker: cue.speaker, cue: cue.cue, kind: .leadIn)
        }
        var first = start
        while first < last, !isNarration(first) { first += 1 }
        return sentenceSubject(from: first, upperLimit: last).map { Credit(speaker: $0, cue: nil, kind: .leadIn) }
    }
}
