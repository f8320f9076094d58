/// Telling speech from other quoted words: a full quote opens a clause with a capital; a fragment inside a sentence
/// is partial speech; titles, names, slogans, scare quotes and words as words are not speech.
extension QuoteParagraphReader {
    /// Classes of a word after a closing mark that show the sentence goes on rather than the quoted words modifying a
    /// noun (`“America First” foreign policy`).
    private static let sentenceWords: QuoteWordClass = [
        .boundary, .speechVerb, .partialCue, .participle, .bridge, .pronoun, .determiner, .joiner, .opinionVerb,
    ]

    /// The kind of the quote made of `members` (indices into `spans`); `credited` says whether its own sentence
    /// credits it. A partial quote that nothing credits is decided by the caller.
    func kind(of members: [Int], credited: Bool) -> Quote.Kind {
        let first = spans[members[0]]
        let last = spans[members[members.count - 1]]
        var words = 0
        var letters = false
        var capitalizedWords = 0
        var longWords = 0
        var longCapitalized = 0
        var firstInner: Int?
        for member in members {
            let span = spans[member]
            let end = span.close ?? span.end + 1
            for index in (span.open + 1)..<end where tokens[index].kind == .word || tokens[index].kind == .number {
                if firstInner == nil { firstInner = index }
                words += 1
                guard tokens[index].kind == .word else { continue }
                letters = true
                if capitalized[index] { capitalizedWords += 1 }
                if tokens[index].range.count >= 4 {
                    longWords += 1
                    if capitalized[index] { longCapitalized += 1 }
                }
            }
        }
        guard letters, let firstInner else { return .nonSpeech }

        let previous = previousWord(before: first.open)
        if let previous, classes[previous].contains(.nonSpeechLead) { return .nonSpeech }
        // `Davis' commentary, “Tell your story,” is thoughtful`: a title in apposition to the work it names, when
        // nobody is said to speak it (`wrote in his column, “…”` is speech).
        let comma = first.open - 1
        if !credited, isComma(comma), isWord(comma - 1), isNarration(comma - 1), classes[comma - 1].contains(.nonSpeechLead) {
            return .nonSpeech
        }
        let startsUpper = capitalized[firstInner] || tokens[firstInner].kind == .number
        let isTitleCase = capitalizedWords >= 2 && longWords >= 1 && capitalized[firstInner] && longCapitalized == longWords && words <= 6
        if let previous, startsUpper, words <= 6, isNamingWord(previous) { return .nonSpeech }
        let endsWithPunctuation = last.close.map { isTerminal($0 - 1) || isComma($0 - 1) || isDash($0 - 1) } ?? true
        let next = last.end + 1
        if last.close != nil, next < tokens.count, isNarration(next), isWord(next),
            tokens[next].range.lowerBound > tokens[last.end].range.upperBound, !endsWithPunctuation, words <= 5,
            classes[next].intersection(Self.sentenceWords).isEmpty, !isLyAdverb(next), !endsInED(next), !endsInING(next),
            isTitleCase ? true : !credited && !capitalized[next]
        {
            // Quoted words that modify the noun after them name something: the “America First” foreign policy.
            return .nonSpeech
        }
        let atClauseStart = opensClause(first.open)
        // A paragraph that is only a short quote in title case is a subheading (`'All Bets Are Off.'`).
        if isTitleCase, first.open == 0, last.end == tokens.count - 1, words <= 6, !credited { return .nonSpeech }
        if isTitleCase, !credited, !atClauseStart || (!endsWithPunctuation && words <= 5) {
            // A title or name nobody is said to have said: on “Fox News Sunday,” / “The Apprentice” made him famous.
            return .nonSpeech
        }
        // A paragraph that opens with a quote quotes speech whatever its first letter (`“and that is the truth.”`).
        return startsUpper && atClauseStart || first.open == 0 ? .direct : .partial
    }

    /// The word right before the opening mark at `open`, skipping one article (`the slogan “…”`, `so-called “…”`).
    private func previousWord(before open: Int) -> Int? {
        var index = open - 1
        guard isWord(index), isNarration(index) else { return nil }
        if token(index, is: "the") || token(index, is: "a") || token(index, is: "an") {
            guard isWord(index - 1), isNarration(index - 1) else { return index }
            if classes[index - 1].contains(.nonSpeechLead) { index -= 1 }
        }
        return index
    }

    /// Whether quoted capitalised words after the word at `index` are a name: `called “…”`, `known as “…”`,
    /// `such as “…”` (but `hailed him as “…”` quotes speech).
    private func isNamingWord(_ index: Int) -> Bool {
        if classes[index].contains(.namingVerb) { return true }
        return token(index, is: "as") && isWord(index - 1) && classes[index - 1].contains(.namingVerb)
    }

    /// Whether a quote opening at token `open` starts a clause: at the paragraph's or a sentence's start, after a
    /// colon, comma, dash or bracket, after another quote, or right after a speech verb (`said “We …”`).
    private func opensClause(_ open: Int) -> Bool {
        let previous = open - 1
        guard previous >= 0 else { return true }
        if endsSentence[previous] || !isNarration(previous) { return true }
        if tokens[previous].kind == .punctuation {
            let byte = bytes[tokens[previous].range.lowerBound]
            return byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: "[") || isDash(previous) || isTerminal(previous)
        }
        return isWord(previous) && classes[previous].contains(.speechVerb)
    }
}
