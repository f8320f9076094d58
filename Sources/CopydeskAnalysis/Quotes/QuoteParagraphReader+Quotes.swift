/// Building the paragraph's quotes: spans joined into quotes (interrupted by attribution, or reopened after a lost
/// paragraph break), their kinds, and the speaker each is credited to, in its own sentence or in the voice of an
/// earlier quote or cue of the paragraph.
extension QuoteParagraphReader {
    /// The paragraph's quotations with their kinds and the speakers its own words credit.
    func readQuotes(cues: [Credit]) -> [QuoteParagraphFacts.ParagraphQuote] {
        let nicknameQuotes = nicknames.map { span in
            let range = byteRange(span.open..<(span.end + 1))
            return QuoteParagraphFacts.ParagraphQuote(
                range: range, parts: [range], kind: .nonSpeech, isClosed: true, opensParagraph: false
            )
        }
        guard !nicknameQuotes.isEmpty else { return speechQuotes(cues: cues) }
        return (speechQuotes(cues: cues) + nicknameQuotes).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The quotations of `spans` with their kinds and speakers.
    func speechQuotes(cues: [Credit]) -> [QuoteParagraphFacts.ParagraphQuote] {
        guard !spans.isEmpty else { return [] }
        // Join quotes interrupted by their attribution (`“We’ll see,” Putin added, “how it goes.”`).
        var groups: [(spans: [Int], credit: Credit?)] = []
        var position = 0
        while position < spans.count {
            var members = [position]
            var credit = creditAfter(span: position) ?? creditBefore(span: position)
            while let last = members.last, last + 1 < spans.count {
                if spans[last + 1].reopens {
                    // The quote goes on after a lost paragraph break; its new part may carry the credit.
                    members.append(last + 1)
                    credit = credit ?? creditAfter(span: last + 1)
                } else if let join = interruption(between: last, and: last + 1) {
                    members.append(last + 1)
                    credit = credit ?? join
                } else {
                    break
                }
            }
            groups.append((members, credit))
            position += members.count
        }

        var quotes: [QuoteParagraphFacts.ParagraphQuote] = []
        var lastSpeaker: (credit: Credit, end: Int)?
        for (index, group) in groups.enumerated() {
            let first = spans[group.spans[0]]
            let last = spans[group.spans[group.spans.count - 1]]
            var kind = kind(of: group.spans, credited: group.credit != nil)
            var credit = group.credit
            if credit == nil, kind == .partial {
                credit = subjectCredit(for: first.open)
            }
            if credit == nil, kind != .nonSpeech {
                credit = continuingSpeaker(before: first.open, previous: lastSpeaker, cues: cues)
                    ?? (kind == .direct ? laterSpeaker(after: index, in: groups) : nil)
                if credit == nil, kind == .partial { kind = .nonSpeech }
            }
            if kind != .nonSpeech, let credit {
                let close = last.end
                lastSpeaker = (credit, max(close + 1, credit.cue?.upperBound ?? 0, credit.speaker.tokens.upperBound))
            }
            let wordsCredit = kind == .nonSpeech ? reportedWordsCredit(for: first.open, credit: credit) : nil
            let parts = group.spans.map { spanRange($0) }
            quotes.append(QuoteParagraphFacts.ParagraphQuote(
                range: parts[0].lowerBound..<parts[parts.count - 1].upperBound,
                parts: parts,
                kind: kind,
                speaker: kind == .nonSpeech ? wordsCredit.map(speakerFact) : credit.map(speakerFact),
                cue: kind == .nonSpeech ? wordsCredit?.cue.map(byteRange) : credit?.cue.map(byteRange),
                isClosed: last.close != nil,
                opensParagraph: first.open == 0
            ))
        }
        return quotes
    }

    /// Who the lowercase words quoted at `open` belong to when they are not speech on their own but sit in someone's
    /// reported speech (`He said it was a “criminal” attempt`): the quote's own credit, or the subject of a sentence
    /// whose speech verb comes before the quote. Titles, names and words quoted as words (`the phrase “…”`) are
    /// nobody's words.
    func reportedWordsCredit(for open: Int, credit: Credit?) -> Credit? {
        guard open + 1 < tokens.count, tokens[open + 1].kind == .word, !capitalized[open + 1] else { return nil }
        if isWord(open - 1), classes[open - 1].contains(.nonSpeechLead) { return nil }
        if let credit { return credit }
        let start = sentenceStart[open]
        guard start < open, (start..<open).contains(where: { isWord($0) && isNarration($0) && classes[$0].contains(.speechVerb) }) else {
            return nil
        }
        return subjectCredit(for: open)
    }

    /// The byte range of a span, marks included; an unclosed span runs to the paragraph's end.
    func spanRange(_ position: Int) -> Range<Int> {
        let span = spans[position]
        return byteRange(span.open..<(span.end + 1))
    }

    /// Whether spans `left` and `right` are one quote interrupted by attribution, and the credit in between:
    /// the left part does not end its sentence, and the words between end in a comma after a speech cue.
    func interruption(between left: Int, and right: Int) -> Credit? {
        guard let close = spans[left].close, !isTerminal(close - 1) else { return nil }
        let open = spans[right].open
        let end = spans[left].end
        guard open - 1 > end, isComma(open - 1) else { return nil }
        for index in (end + 1)..<open where !isNarration(index) || endsSentence[index] { return nil }
        guard let credit = creditAfter(span: left) else { return nil }
        // Only the attribution stands between the parts (`Putin added,`, `he said in a statement,`), not a new
        // clause (`Putin said when asked, adding that, in Beijing, “…”`).
        let creditEnd = max(credit.cue?.upperBound ?? 0, credit.speaker.tokens.upperBound)
        guard open - 1 - creditEnd <= 5 else { return nil }
        for index in creditEnd..<(open - 1) where isWord(index) {
            if !classes[index].intersection([.participle, .speechVerb, .partialCue]).isEmpty || token(index, is: "that") { return nil }
        }
        return credit
    }

    /// The speaker an uncredited quote goes on in: the paragraph's last credited quote or the last speech cue before
    /// it, whichever is nearer. `previous.end` is the token after that quote and its own cue.
    func continuingSpeaker(before open: Int, previous: (credit: Credit, end: Int)?, cues: [Credit]) -> Credit? {
        let cue = Self.lastCue(in: cues, endingBy: open)
        let cueEnd = cue.map { $0.cue?.upperBound ?? $0.speaker.tokens.upperBound } ?? -1
        if let previous, previous.end >= cueEnd {
            return Credit(speaker: previous.credit.speaker, cue: previous.credit.cue, kind: .earlierQuote)
        }
        return cue.map { Credit(speaker: $0.speaker, cue: $0.cue, kind: .earlierSentence) }
    }

    /// The last of `cues` (in token order) whose words end at or before token `limit`, by binary search on the cue
    /// positions and a short look back for the few whose speaker follows the verb.
    static func lastCue(in cues: [Credit], endingBy limit: Int) -> Credit? {
        func end(_ cue: Credit) -> Int { max(cue.cue?.upperBound ?? 0, cue.speaker.tokens.upperBound) }
        var low = 0
        var high = cues.count
        while low < high {
            let mid = (low + high) / 2
            if (cues[mid].cue?.lowerBound ?? cues[mid].speaker.tokens.lowerBound) < limit { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0, low - index <= 4 {
            if end(cues[index]) <= limit { return cues[index] }
            index -= 1
        }
        return nil
    }

    /// The speaker of the next quote when nothing but space separates it from group `index` (`“…” “…,” she said.`).
    func laterSpeaker(after index: Int, in groups: [(spans: [Int], credit: Credit?)]) -> Credit? {
        guard index + 1 < groups.count, let credit = groups[index + 1].credit else { return nil }
        guard let last = groups[index].spans.last, spans[last].close != nil, spans[groups[index + 1].spans[0]].open == spans[last].end + 1
        else { return nil }
        return Credit(speaker: credit.speaker, cue: credit.cue, kind: .laterQuote)
    }
}
