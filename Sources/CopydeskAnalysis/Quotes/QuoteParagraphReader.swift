import CopydeskText

/// Reads one paragraph's quotations, speech cues, lead-in and faceless attributions: the paragraph-level half of the
/// quote analysis, run once per paragraph text and cached with its `ParagraphFacts`.
///
/// The reader works on token indices; `read()` converts what it finds to paragraph-relative UTF-8 byte ranges.
/// Its parts live in extensions: `+Speakers` finds the words that name a speaker around a cue and `+Subjects` the
/// subject a sentence opens with; `+Verbs` and `+WordShapes` tell a speech verb used as one from its look-alikes;
/// `+Attribution` ties cues to quotes and `+Quotes` builds the paragraph's quotes from them; `+Kinds` tells speech
/// from scare quotes and titles; `+VagueSources` finds faceless sourcing.
struct QuoteParagraphReader {
    /// A speaker phrase as token indices, with its form.
    struct Phrase {
        var tokens: Range<Int>
        var form: QuoteSpeaker.Form
    }

    /// A speaker credited by a cue (or by a colon lead-in, which has no cue word), as token indices.
    struct Credit {
        var speaker: Phrase
        var cue: Range<Int>?
        var kind: QuoteSpeaker.Credit
    }

    let bytes: [UInt8]
    let tokens: [Token]
    let lexicon: SpeechCueLexicon
    /// Each token's word classes; empty for tokens that are not words.
    let classes: [QuoteWordClass]
    /// Whether each token is a word that starts with a capital letter.
    let capitalized: [Bool]
    /// Whether each token is the last of a sentence.
    let endsSentence: [Bool]
    /// The index of each token's sentence's first token.
    let sentenceStart: [Int]
    /// For each token, the index just past its sentence's last token.
    let sentenceEnds: [Int]
    /// The paragraph's top-level quotations.
    let spans: [QuoteMarkPairer.Span]
    /// For each token, the index in `spans` of the quotation containing it (marks included), or -1 for narration.
    let spanIndex: [Int]
    /// Nicknames quoted inside names (`Marcia "Cia" Price`): not speech, and part of the narration around them.
    let nicknames: [QuoteMarkPairer.Span]
    /// The quote marks of `nicknames`.
    let nicknameMarks: Set<Int>

    init(_ facts: ParagraphFacts, lexicon: SpeechCueLexicon) {
        bytes = facts.bytes
        tokens = facts.tokens
        self.lexicon = lexicon
        var classes = [QuoteWordClass](repeating: [], count: tokens.count)
        var capitalized = [Bool](repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            classes[index] = lexicon.words.value(bytes, token.range) ?? []
            capitalized[index] = Self.startsUppercase(bytes, token.range)
        }
        self.classes = classes
        self.capitalized = capitalized
        var endsSentence = [Bool](repeating: false, count: tokens.count)
        var sentenceStart = [Int](repeating: 0, count: tokens.count)
        var sentence = 0
        var start = 0
        for index in tokens.indices {
            sentenceStart[index] = start
            while sentence < facts.sentences.count, facts.sentences[sentence].upperBound <= tokens[index].range.lowerBound {
                sentence += 1
            }
            if sentence < facts.sentences.count, facts.sentences[sentence].upperBound == tokens[index].range.upperBound {
                endsSentence[index] = true
                start = index + 1
            }
        }
        self.endsSentence = endsSentence
        self.sentenceStart = sentenceStart
        var sentenceEnds = [Int](repeating: tokens.count, count: tokens.count)
        var end = tokens.count
        for index in tokens.indices.reversed() {
            if endsSentence[index] { end = index + 1 }
            sentenceEnds[index] = end
        }
        self.sentenceEnds = sentenceEnds
        // A nickname quoted inside a name (`Marcia "Cia" Price`) is part of the name, not a quotation.
        var nicknames: [QuoteMarkPairer.Span] = []
        let tokenCount = tokens.count
        let (tokens, bytes) = (self.tokens, self.bytes)
        var paired = QuoteMarkPairer.spans(in: bytes, tokens: tokens)
        Self.cutDroppedClosingMarks(&paired, tokens: tokens, bytes: bytes, classes: classes)
        let spans = paired.filter { span in
            // The name before the nickname may end on an initial (`Robert C. "Bobby" Scott`).
            let before = span.open - 1
            let initialBefore = before >= 1 && tokens[before].range.count == 1 && bytes[tokens[before].range.lowerBound] == UInt8(ascii: ".")
                && capitalized[before - 1] && tokens[before - 1].range.count == 1
            guard let close = span.close, close - span.open >= 2, close - span.open <= 3, span.open > 0, close + 1 < tokenCount,
                capitalized[before] || initialBefore, capitalized[close + 1],
                ((span.open + 1)..<close).allSatisfy({ capitalized[$0] })
            else { return true }
            nicknames.append(span)
            return false
        }
        self.spans = spans
        self.nicknames = nicknames
        nicknameMarks = Set(nicknames.flatMap { [$0.open, $0.end] })
        var spanIndex = [Int](repeating: -1, count: tokens.count)
        for (position, span) in spans.enumerated() {
            for index in span.open...span.end { spanIndex[index] = position }
        }
        self.spanIndex = spanIndex
    }

    /// Where a quote reopens after a sentence that ends in its own attribution (`"I understand, she said. "But …"`),
    /// the writer dropped a closing mark rather than a paragraph break: the first quote ends, unclosed, at the comma
    /// before the attribution, and the second opens a quote of its own.
    static func cutDroppedClosingMarks(
        _ spans: inout [QuoteMarkPairer.Span], tokens: [Token], bytes: [UInt8], classes: [QuoteWordClass]
    ) {
        for position in spans.indices.dropLast() where spans[position + 1].reopens {
            let end = spans[position].end
            // `…, she said.`: a comma, a short speaker, a speech verb and the sentence's period.
            guard end >= 3, tokens[end].kind == .punctuation, bytes[tokens[end].range.lowerBound] == UInt8(ascii: "."),
                tokens[end - 1].kind == .word, classes[end - 1].contains(.speechVerb)
            else { continue }
            var comma = end - 2
            while comma > spans[position].open, end - comma <= 6, tokens[comma].kind == .word { comma -= 1 }
            guard comma > spans[position].open + 1, comma < end - 2, tokens[comma].kind == .punctuation,
                bytes[tokens[comma].range.lowerBound] == UInt8(ascii: ",")
            else { continue }
            spans[position].end = comma
            spans[position + 1].reopens = false
        }
    }

    /// Reads the paragraph's facts, looking for faceless attribution only when asked.
    func read(findingVagueAttributions: Bool) -> QuoteParagraphFacts {
        var facts = QuoteParagraphFacts()
        let cues = findCues()
        facts.cues = cues.map { QuoteParagraphFacts.Cue(cue: byteRange($0.cue ?? $0.speaker.tokens), speaker: byteRange($0.speaker.tokens), form: $0.speaker.form) }
        facts.quotes = readQuotes(cues: cues)
        facts.leadIn = leadIn(cues: cues).map(speakerFact)
        facts.readsAsHeadline = readsAsHeadline()
        if findingVagueAttributions { facts.vagueAttributions = vagueAttributions() }
        return facts
    }

    /// Whether the paragraph is a few words with no closing punctuation, as headlines and subheads are; a paragraph
    /// that ends in a colon leads into what follows and is not one.
    func readsAsHeadline() -> Bool {
        var last = tokens.count - 1
        while last >= 0, tokens[last].kind == .quoteMark { last -= 1 }
        guard last >= 0, !isTerminal(last), !isPunctuation(last, UInt8(ascii: ":")), !isComma(last) else { return false }
        return tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count <= 12
    }

    // MARK: Token questions

    /// The UTF-8 byte range covering tokens `range` (paragraph-relative).
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    func speakerFact(_ credit: Credit) -> QuoteParagraphFacts.Speaker {
        QuoteParagraphFacts.Speaker(range: byteRange(credit.speaker.tokens), form: credit.speaker.form, credit: credit.kind)
    }

    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
    }

    func isNarration(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && spanIndex[index] < 0
    }

    /// Whether token `index` is exactly the ASCII text `text` (case-insensitive for letters).
    func token(_ index: Int, is text: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let range = tokens[index].range
        guard range.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { expected in
            for offset in 0..<range.count where bytes[range.lowerBound + offset] | 0x20 != expected[offset] | 0x20 {
                return false
            }
            return true
        }
    }

    func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
        return tokens[index].range.count == 1 && bytes[tokens[index].range.lowerBound] == byte
    }

    func isComma(_ index: Int) -> Bool { isPunctuation(index, UInt8(ascii: ",")) }

    /// Whether token `index` is a dash: `-`, `--`, an en or em dash, a horizontal bar.
    func isDash(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
        let range = tokens[index].range
        if bytes[range.lowerBound] == UInt8(ascii: "-") { return true }
        // U+2012 figure dash to U+2015 horizontal bar.
        return range.count == 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
            && bytes[range.lowerBound + 2] >= 0x92 && bytes[range.lowerBound + 2] <= 0x95
    }

    /// Whether token `index` is a sentence's closing punctuation: `.`, `!`, `?` or an ellipsis.
    func isTerminal(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
        let byte = bytes[tokens[index].range.lowerBound]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || (byte == 0xE2 && tokens[index].range.count == 3 && bytes[tokens[index].range.lowerBound + 2] == 0xA6)
    }

    /// Whether a word is an adverb in -ly, which may stand between a speaker and the verb (`he quickly said`).
    func isLyAdverb(_ index: Int) -> Bool {
        guard isWord(index), !capitalized[index] else { return false }
        let range = tokens[index].range
        return range.count > 4 && bytes[range.upperBound - 2] == UInt8(ascii: "l") && bytes[range.upperBound - 1] == UInt8(ascii: "y")
    }

    /// Whether a word is a capital letter with a period, an initial inside a name (`Julie A. Diaz`).
    func isInitial(_ index: Int) -> Bool {
        isWord(index) && tokens[index].range.count == 1 && capitalized[index] && isPunctuation(index + 1, UInt8(ascii: "."))
    }

    /// Whether a word is a title abbreviation or an initial, whose period belongs to a name (`Mr.`, `J.`).
    func isAbbreviationBeforePeriod(_ index: Int) -> Bool {
        guard isWord(index), capitalized[index] else { return false }
        let range = tokens[index].range
        if range.count == 1 { return true }
        return lexicon.titles.value(bytes, range) != nil
    }

    static func startsUppercase(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let first = bytes[range.lowerBound]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return firstScalar(bytes, range)?.properties.isUppercase ?? false
    }

    /// The first Unicode scalar of `bytes[range]`, decoded.
    static func firstScalar(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        let end = min(range.upperBound, range.lowerBound + 4)
        return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).unicodeScalars.first
    }
}
