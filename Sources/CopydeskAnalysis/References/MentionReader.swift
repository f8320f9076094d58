import CopydeskText

/// Reads one paragraph's tokens into mention candidates: name chunks with their titles, roles and appositives,
/// acronyms with their spelled-out forms, definite descriptions and pronouns.
///
/// Every offset is a paragraph-relative UTF-8 byte offset. The reader never looks past its paragraph.
struct MentionReader {
    let facts: ParagraphFacts
    let knowledge: EntityKnowledge
    var candidates: [MentionCandidate] = []
    /// Digests (`WordHash`) of the capitalised words seen inside sentences, as written and folded.
    var midSentenceNames: [UInt64] = []
    var foldedNames: [UInt64] = []
    /// Digests of the words seen starting in lowercase.
    var lowercaseWords: [UInt64] = []
    /// Whether a noun for an unnamed person (`a spokesman`) has been read outside quotation marks so far.
    var sawUnnamedPerson = false

    /// The text of every token.
    let texts: [String]
    /// The sentence index of every token.
    private(set) var sentenceOf: [Int] = []
    /// Whether each token is the first word of its sentence.
    private(set) var opensSentence: [Bool] = []
    /// Whether each token stands inside quotation marks.
    private(set) var quoted: [Bool] = []
    /// Whether each sentence is written in capitals (a wire headline or dateline).
    private(set) var capsSentence: [Bool] = []
    /// Whether each sentence is a label in title case ("In Photos: Putin Attends Summit").
    private(set) var titleCaseSentence: [Bool] = []

    var tokens: [Token] { facts.tokens }

    init(facts: ParagraphFacts, knowledge: EntityKnowledge) {
        self.facts = facts
        self.knowledge = knowledge
        self.texts = facts.tokens.map { TokenText.string($0, in: facts.bytes) }
        layOut()
    }

    /// Works out sentences, sentence openers and quotation state for every token.
    private mutating func layOut() {
        let count = tokens.count
        sentenceOf = Array(repeating: 0, count: count)
        opensSentence = Array(repeating: false, count: count)
        quoted = Array(repeating: false, count: count)
        var sentence = 0
        var sawWordInSentence = false
        var inQuote = false
        let sentences = facts.sentences
        var capsWords = Array(repeating: 0, count: max(1, sentences.count))
        var words = Array(repeating: 0, count: max(1, sentences.count))
        var longWords = Array(repeating: 0, count: max(1, sentences.count))
        var longCapitalised = Array(repeating: 0, count: max(1, sentences.count))
        for index in 0..<count {
            let token = tokens[index]
            while sentence + 1 < sentences.count, token.range.lowerBound >= sentences[sentence + 1].lowerBound {
                sentence += 1
                sawWordInSentence = false
            }
            sentenceOf[index] = sentence
            if token.kind == .quoteMark {
                switch texts[index] {
                case "“", "«", "„": inQuote = true
                case "”", "»": inQuote = false
                case "\"": inQuote.toggle()
                case "'" where index + 1 < count && texts[index + 1] == "'" && tokens[index + 1].range.lowerBound == token.range.upperBound:
                    // Two straight single marks stand for a double quote in some archives ('').
                    inQuote.toggle()
                    quoted[index] = inQuote
                default: break
                }
                continue
            }
            quoted[index] = inQuote
            if token.kind == .word || token.kind == .number {
                if !sawWordInSentence { opensSentence[index] = true }
                sawWordInSentence = true
                if token.kind == .word {
                    words[sentence] += 1
                    if isAllCaps(index) || (token.range.count == 1 && isCapitalised(index)) { capsWords[sentence] += 1 }
                    if token.range.count >= 4, !opensSentence[index] {
                        longWords[sentence] += 1
                        if isCapitalised(index) { longCapitalised[sentence] += 1 }
                    }
                }
            } else if tokenIs(index, ":") || tokenIs(index, "—") || tokenIs(index, "–") || tokenIs(index, "--") {
                // Headlines and wire slugs start afresh after a colon or dash ("Caddell: Democrat Voters …").
                if facts.kind != .paragraph || index + 1 < count && isCapitalised(index + 1) {
                    sawWordInSentence = false
                }
            }
        }
        capsSentence = zip(capsWords, words).map { caps, all in all >= 2 && caps * 10 >= all * 7 }
        let label = isLabel
        titleCaseSentence = zip(longWords, longCapitalised).map { long, capitalised in
            label && long >= 4 && capitalised * 4 >= long * 3
        }
    }

    /// Whether token `index` is a common given name with a capitalised word right after it ("Hillary Clinton" in a
    /// title-case headline), which reads as a name even where capitals say nothing.
    private func opensPersonName(_ index: Int) -> Bool {
        index + 1 < tokens.count && isAdjacent(index, index + 1) && isCapitalised(index + 1)
            && knowledge.givenName(texts[index]).isGivenName
    }

    /// Whether the paragraph is one unpunctuated line (a headline, a heading, a related-article label), where title
    /// case is house style. A sentence of prose ends in punctuation, however many names it holds; a line of results
    /// or a list of names has figures, brackets or commas.
    private var isLabel: Bool {
        guard facts.sentences.count == 1, let last = tokens.last, last.kind == .word else { return false }
        var commas = 0
        for index in tokens.indices {
            if tokens[index].kind == .number || tokenIs(index, "(") { return false }
            if tokenIs(index, ",") { commas += 1 }
        }
        return commas <= 1
    }

    mutating func read() {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word else {
                index += 1
                continue
            }
            let isLower = isLowercase(index)
            if isLower {
                lowercaseWords.append(WordHash.of(facts.bytes, token.range))
                if !sawUnnamedPerson, !quoted[index], ReferenceLexicon.unnamedPersonTable.value(facts.bytes, token.range) != nil {
                    sawUnnamedPerson = true
                }
            }
            // Descriptions start with `the`: test the bytes before entering the description reader.
            if tokenIs(index, "the") || tokenIs(index, "The"), let next = readDescription(at: index) {
                index = next
                continue
            }
            if let gender = ReferenceLexicon.personPronounTable.value(facts.bytes, token.range), opensSentence[index] || isLower && isLowercaseWord(index) {
                var candidate = MentionCandidate(range: token.range, shape: .pronoun, words: [texts[index].lowercased()], position: position(index))
                candidate.gender = gender
                candidate.followsUnnamedPerson = sawUnnamedPerson
                candidates.append(candidate)
                index += 1
                continue
            }
            // Capitals say nothing about names there, so each word is read on its own; an acronym in a title-case
            // label is still an acronym.
            if capsSentence[sentenceOf[index]] || titleCaseSentence[sentenceOf[index]] && !isAllCaps(index) && !opensPersonName(index) {
                index = readCapitals(at: index)
                continue
            }
            // `(R-La.)` or `, R-Tenn.,` after a lawmaker's name is a tag, not a name of its own.
            if index > 0, texts[index - 1] == "(" || texts[index - 1] == ",", isPartyTag(index) {
                index += 1
                continue
            }
            if isNameStart(index) {
                index = readName(at: index)
                continue
            }
            index += 1
        }
    }

    /// Whether token `index` is a party and state tag's word (`R-La`, `D-Ohio`, `I-Vt`).
    func isPartyTag(_ index: Int) -> Bool {
        let bytes = facts.bytes[tokens[index].range]
        guard bytes.count >= 4, let party = bytes.first, [UInt8(ascii: "D"), UInt8(ascii: "R"), UInt8(ascii: "I")].contains(party) else { return false }
        let second = bytes[bytes.startIndex + 1]
        let third = bytes[bytes.startIndex + 2]
        return second == UInt8(ascii: "-") && third >= 0x41 && third <= 0x5A
    }

    /// The position facts of the token at `index`.
    func position(_ index: Int) -> MentionCandidate.Position {
        var isSubject = opensSentence[index]
        if !isSubject, index > 0 {
            isSubject = tokenIs(index - 1, ";") || (tokenIs(index - 1, ",") && index >= 2 && (tokenIs(index - 2, "and") || tokenIs(index - 2, "but")))
        }
        return MentionCandidate.Position(
            sentence: sentenceOf[index], opensSentence: opensSentence[index], isQuoted: quoted[index], isClauseSubject: isSubject
        )
    }

    /// What token `index` is by the reference word lists, looked up from its bytes when asked: most tokens never are.
    @inline(__always)
    func wordClass(_ index: Int) -> ReferenceWordClass {
        tokens[index].kind == .word ? ReferenceWordClass.of(facts.bytes, tokens[index].range) : []
    }

    /// Whether only spaces (no punctuation) stand between tokens `left` and `right` in one sentence, or a single line
    /// break that wraps a long line of prose ("North\nKorea" in a hard-wrapped draft). A break after a short line (a
    /// headline, a byline, a list) ends a name.
    func isAdjacent(_ left: Int, _ right: Int) -> Bool {
        guard left >= 0, right < tokens.count else { return false }
        let gap = tokens[left].range.upperBound..<tokens[right].range.lowerBound
        // Tokens cover every non-space character, so the gap is whitespace.
        guard gap.count <= 4 else { return false }
        let lineFeeds = facts.bytes[gap].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        if lineFeeds == 0 { return !facts.bytes[gap].contains(0x0D) }
        return lineFeeds == 1 && sentenceOf[left] == sentenceOf[right] && isWrappedLine(endingAt: gap.lowerBound)
    }

    /// Whether the line that ends at byte `end` is long enough to be prose wrapped at a fixed width.
    private func isWrappedLine(endingAt end: Int) -> Bool {
        let start = end - Self.wrappedLineLength
        return start >= 0 && !facts.bytes[start..<end].contains(0x0A)
    }

    /// The shortest line read as wrapped prose; editors and wire systems wrap at 65 to 80 characters.
    private static let wrappedLineLength = 40

    /// Whether the token at `index` is a capitalised word that may start a name.
    func isNameStart(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        // ASCII first letters answer without decoding: most words in news copy.
        let lead = facts.bytes[tokens[index].range.lowerBound]
        if lead >= 0x41 && lead <= 0x5A { return true }
        if lead < 0x80, !facts.bytes[tokens[index].range].contains(UInt8(ascii: "-")) { return false }
        let text = texts[index]
        if TokenText.startsUppercase(text) { return true }
        // `al-Assad`, `el-Sisi`: a lowercase particle joined to a capitalised name.
        if let dash = text.firstIndex(of: "-"), ReferenceLexicon.nameParticles.contains(String(text[..<dash])) {
            return TokenText.startsUppercase(String(text[text.index(after: dash)...]))
        }
        return false
    }

    /// Whether token `index` is exactly `literal`, compared as UTF-8 bytes.
    @inline(__always)
    func tokenIs(_ index: Int, _ literal: StaticString) -> Bool {
        let range = tokens[index].range
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let start = literal.utf8Start
        for offset in 0..<range.count where facts.bytes[range.lowerBound + offset] != start[offset] { return false }
        return true
    }

    /// Whether token `index` starts with a capital letter, reading ASCII bytes directly.
    func isCapitalised(_ index: Int) -> Bool {
        let lead = facts.bytes[tokens[index].range.lowerBound]
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        return TokenText.startsUppercase(texts[index])
    }

    /// Whether token `index` starts with a lowercase letter, reading ASCII bytes directly.
    func isLowercase(_ index: Int) -> Bool {
        let lead = facts.bytes[tokens[index].range.lowerBound]
        if lead < 0x80 { return lead >= 0x61 && lead <= 0x7A }
        return TokenText.startsLowercase(texts[index])
    }

    /// Whether token `index` has no capital letter, reading ASCII bytes directly.
    func isLowercaseWord(_ index: Int) -> Bool {
        for byte in facts.bytes[tokens[index].range] {
            if byte >= 0x80 { return texts[index] == texts[index].lowercased() }
            if byte >= 0x41 && byte <= 0x5A { return false }
        }
        return true
    }

    /// Whether token `index` is written in capitals (at least two letters), reading ASCII bytes directly.
    func isAllCaps(_ index: Int) -> Bool {
        isAllCaps(facts.bytes[tokens[index].range]) { texts[index] }
    }

    /// Whether a chunk word is written in capitals (at least two letters), reading ASCII bytes directly.
    func isAllCaps(_ word: ChunkWord) -> Bool {
        isAllCaps(facts.bytes[word.range]) { word.text }
    }

    /// Whether `bytes` are written in capitals (at least two letters); `text` gives them as a string when a
    /// non-ASCII byte needs Unicode's answer.
    private func isAllCaps(_ bytes: ArraySlice<UInt8>, text: () -> String) -> Bool {
        var letters = 0
        for byte in bytes {
            if byte >= 0x80 { return TokenText.isAllCaps(text()) }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// The text of token `index` without a possessive ending, and whether it had one.
    func strippingPossessive(_ index: Int) -> (word: String, range: Range<Int>, possessive: Bool) {
        let range = tokens[index].range
        let bytes = facts.bytes
        let end = range.upperBound
        // `'s` or `’s` (E2 80 99 then s) after at least one more character, read from the bytes.
        if range.count >= 3, bytes[end - 1] == UInt8(ascii: "s") {
            var ending = 0
            if bytes[end - 2] == UInt8(ascii: "'") {
                ending = 2
            } else if range.count >= 5, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
                ending = 4
            }
            if ending > 0 {
                let stem = range.lowerBound..<(end - ending)
                return (String(decoding: bytes[stem], as: UTF8.self), stem, true)
            }
        }
        return (texts[index], range, false)
    }
}
