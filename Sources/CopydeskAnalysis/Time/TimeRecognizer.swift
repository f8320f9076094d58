import CopydeskText

/// Finds the time expressions in a run of tokens and says what each refers to, without any publication date.
///
/// The recognizer works on tokens already read for the paragraph: each token is looked up once in
/// `TimeLexicon`, then expressions are matched left to right, longest first, by the pattern families in the
/// `TimeRecognizer+…` files. All ranges are UTF-8 byte offsets into `bytes`.
struct TimeRecognizer {
    /// One token as time recognition sees it.
    struct Item {
        var range: Range<Int>
        var kind: Token.Kind
        /// The lexicon's meaning of the word, if it has one.
        var word: TimeWord?
        /// Whether the word ended in `'s`.
        var isPossessive = false
        /// Whether the word starts with an uppercase letter.
        var isCapitalized = false
        /// Whether the word had an `early-`, `mid-` or `late-` prefix (`mid-March`, `mid-1990s`).
        var hasModifierPrefix = false
        /// The number's shape, for number tokens (and `mid-1990s`).
        var number: NumberShape?
        /// The single ASCII byte of a one-byte punctuation or symbol token (`.`, `,`, `(`), or 0.
        var mark: UInt8 = 0
        /// The index in `TimeLexicon.phraseGroups` of the phrases this word starts, if any.
        var phraseGroup: Int?
        /// Whether an expression can start here at all: a lexicon word, a number, a phrase start, `Q3`.
        var isRelevant = false
    }

    /// A matched expression: its tokens and what it means.
    struct Match {
        /// The token index the expression starts at and the one after its last token.
        var start: Int
        var end: Int
        var reference: TimeReference
        var dayPart: DayPart?
        var clock: ClockTime?
        /// For weekday-with-date forms, the token ranges of the weekday (with its comma) and of the date.
        var weekdayTokens: Range<Int>?
        var dateTokens: Range<Int>?
        /// Whether the expression is a vague time `undated-event` may report (`recently`, `in recent weeks`).
        var isVague = false
        /// Whether the expression names the week around its day (`the week of March 6`).
        var isWeekOf = false
        /// Whether the expression is a time only in a clause that looks ahead: `in five years` is a date in "will
        /// be repaid in five years" but a span in "the first time in five years".
        var needsFuture = false
        /// Whether the expression is day-level, so a clock time or day part can attach to it.
        var isDayLevel: Bool {
            switch reference {
            case .date, .monthDay, .weekday, .weekdayDate, .dayOffset, .holiday: return true
            default: return false
            }
        }
    }

    let bytes: [UInt8]
    let tokens: [Token]
    let items: [Item]

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
        self.items = tokens.map { Self.item(for: $0, in: bytes) }
    }

    /// Every expression in the tokens, in order, with tense read from the sentence around each.
    ///
    /// `sentences` are the token index ranges of the sentences; an expression never spans two.
    func mentions(sentences: [Range<Int>]) -> [TimeMention] {
        var mentions: [TimeMention] = []
        let tenses = TenseReader(bytes: bytes, tokens: tokens)
        for sentence in sentences {
            let sentenceStart = mentions.count
            defer { if sentenceStart < mentions.count { readYearEarlierAsYear(&mentions[sentenceStart...], in: sentence) } }
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard items[index].isRelevant, let match = match(at: index, limit: sentence.upperBound) else {
                    index += 1
                    continue
                }
                let tense = tenses.tense(of: match.start..<match.end, in: sentence)
                if match.needsFuture, tense != .future {
                    index += 1
                    continue
                }
                mentions.append(mention(match, tense: tense))
                // `April 24 and 25`: the second day is a date of its own.
                if let second = secondDay(after: match, limit: sentence.upperBound) {
                    mentions.append(mention(second, tense: tense))
                    index = second.end
                    continue
                }
                index = max(match.end, index + 1)
            }
        }
        return mentions
    }

    /// In a sentence about a span longer than a quarter (`For the nine months, net rose … from $1 a year
    /// earlier`), `a year earlier` is last year, not the year-ago quarter a results story's context would give.
    private func readYearEarlierAsYear(_ mentions: inout ArraySlice<TimeMention>, in sentence: Range<Int>) {
        guard mentions.contains(where: { $0.reference == .yearEarlier(quarter: false) }), spansSeveralQuarters(sentence) else { return }
        for index in mentions.indices where mentions[index].reference == .yearEarlier(quarter: false) {
            mentions[index].reference = .unitOffset(.year, -1)
        }
    }

    /// Whether a sentence names a reporting span of several quarters: `nine months`, `six-month`, `first half`.
    private func spansSeveralQuarters(_ sentence: Range<Int>) -> Bool {
        for index in sentence where tokens[index].kind == .word {
            if isAnyWord(index, ["months", "half"]), isAnyWord(index - 1, ["six", "nine", "first", "second"]) { return true }
            if isAnyWord(index, ["six-month", "nine-month", "first-half", "second-half"]) { return true }
        }
        return false
    }

    /// Every expression in `bytes[range]`, read as one sentence (for short values such as a front matter date).
    static func mentions(in bytes: [UInt8], range: Range<Int>) -> [TimeMention] {
        let clamped = range.clamped(to: 0..<bytes.count)
        let tokens = Tokenizer.tokens(in: bytes, range: clamped)
        return TimeRecognizer(bytes: bytes, tokens: tokens).mentions(sentences: [0..<tokens.count])
    }

    /// The mention for a match, with byte ranges.
    private func mention(_ match: Match, tense: TimeMention.Tense) -> TimeMention {
        TimeMention(
            range: byteRange(match.start..<match.end), reference: match.reference, tense: tense, dayPart: match.dayPart,
            clock: match.clock, weekdayRange: match.weekdayTokens.map(byteRange), dateRange: match.dateTokens.map(byteRange),
            isVague: match.isVague, isWeekOf: match.isWeekOf
        )
    }

    /// The bytes from the first to the last of `tokenRange`.
    func byteRange(_ tokenRange: Range<Int>) -> Range<Int> {
        guard !tokenRange.isEmpty else { return 0..<0 }
        return tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
    }

    /// The longest expression starting at token `index`, ending before token `limit`.
    func match(at index: Int, limit: Int) -> Match? {
        // Leading words that narrow without changing the value: `early`, `late`, `mid`, `earlier this`,
        // `the end of`, `the beginning of`.
        if let skip = leadingModifierLength(at: index, limit: limit), var core = clockedCore(at: index + skip, limit: limit) {
            core.start = index
            return core
        }
        return clockedCore(at: index, limit: limit)
    }

    /// How many tokens of leading modifier start at `index` (`late`, `early`, `the end of`), if any.
    private func leadingModifierLength(at index: Int, limit: Int) -> Int? {
        guard index < limit else { return nil }
        switch items[index].word {
        case .modifier:
            return 1
        case .direction(let isPast) where isWord(index, isPast ? "earlier" : "later"):
            return 1
        case .the:
            // the end of / the beginning of / the start of / the middle of / the rest of
            guard index + 2 < limit, items[index + 1].word == .boundary, isWord(index + 2, "of") else { return nil }
            return 3
        case .boundary:
            return index + 1 < limit && isWord(index + 1, "of") ? 2 : nil
        default:
            return nil
        }
    }

    /// A core expression at `index`, joined with a clock time before or after it (`10 p.m. Wednesday`,
    /// `Wednesday at 3 p.m.`).
    private func clockedCore(at index: Int, limit: Int) -> Match? {
        if let clock = clockTime(at: index, limit: limit) {
            // `10 p.m. Wednesday`, `5 p.m. EST Nov. 9`, `noon on Thursday`, `10:35 a.m. (0735 GMT) Friday`
            var next = clock.end
            if next < limit, items[next].mark == UInt8(ascii: "("),
                let close = (next + 1..<min(limit, next + 6)).first(where: { items[$0].mark == UInt8(ascii: ")") })
            {
                next = close + 1
            }
            if next < limit, items[next].mark == UInt8(ascii: ",") { next += 1 }
            if next < limit, isWord(next, "on") { next += 1 }
            if let day = core(at: next, limit: limit), day.isDayLevel, day.clock == nil {
                var joined = day
                joined.start = index
                joined.clock = clock.time
                return joined
            }
            // `the 11:40 p.m. run`, `every 6 a.m. shift`: a schedule's name, not a time something happened.
            if isAnyWord(index - 1, ["the", "a", "an", "each", "every"]) { return nil }
            return Match(start: index, end: clock.end, reference: .clockOnly, clock: clock.time)
        }
        guard var day = core(at: index, limit: limit) else { return nil }
        if day.isDayLevel, day.clock == nil {
            // `Wednesday at 3 p.m.`, `Friday, around 10:35 a.m.`
            var next = day.end
            if next < limit, items[next].mark == UInt8(ascii: ",") { next += 1 }
            if next < limit, isAnyWord(next, ["at", "around", "about", "by", "before", "after", "until", "from"]) { next += 1 }
            if next < limit, isWord(next, "about") { next += 1 }
            if let clock = clockTime(at: next, limit: limit) {
                day.end = clock.end
                day.clock = clock.time
            }
        }
        return day
    }

    /// The core expression at `index`, dispatched on what the first token is.
    private func core(at index: Int, limit: Int) -> Match? {
        guard index < limit else { return nil }
        let item = items[index]
        if item.kind == .number || item.number != nil {
            return numberLed(at: index, limit: limit)
        }
        if let phrase = phrase(at: index, limit: limit) { return phrase }
        guard let word = item.word else {
            return quarterCode(at: index, limit: limit)
        }
        switch word {
        case .month, .monthAbbreviation: return monthLed(at: index, limit: limit)
        case .weekday: return weekdayLed(at: index, limit: limit)
        case .deictic: return deicticLed(at: index, limit: limit)
        case .shift:
            if let match = shiftLed(at: index, limit: limit) { return match }
            // `current` on its own (`current conditions`) is the present.
            return isWord(index, "current") ? Match(start: index, end: index + 1, reference: .point(.present)) : nil
        case .the: return theLed(at: index, limit: limit)
        case .that: return thatLed(at: index, limit: limit)
        case .cardinal: return spelledYear(at: index, limit: limit) ?? countLed(at: index, limit: limit)
        case .article: return countLed(at: index, limit: limit)
        case .ordinal: return ordinalLed(at: index, limit: limit)
        case .season: return seasonLed(at: index, limit: limit)
        case .compound(let compound): return compoundLed(compound, at: index, limit: limit)
        case .vague(let point, let isFlagged):
            // `as soon as possible`, `shortly after the vote`: a conjunction or narrative time, not a vague date.
            if isAnyWord(index, ["soon", "shortly"]),
                isWord(index - 1, "as") || (index + 1 < limit && isAnyWord(index + 1, ["as", "after", "before", "thereafter"]))
            {
                return nil
            }
            return Match(start: index, end: index + 1, reference: .point(point), isVague: isFlagged)
        case .holiday: return holidayLed(at: index, limit: limit)
        case .fiscal: return fiscalLed(at: index, limit: limit)
        case .dayPart: return dayPartLed(at: index, limit: limit)
        default: return nil
        }
    }

    // MARK: - Token questions

    /// Whether token `index` is the word `word` (ASCII, any case).
    func isWord(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return ASCIIWord.matches(bytes, tokens[index].range, word.utf8)
    }

    func isAnyWord(_ index: Int, _ words: [String]) -> Bool {
        words.contains { isWord(index, $0) }
    }

    /// Whether token `index` is a one-byte mark (`.`, `,`).
    func isMark(_ index: Int, _ mark: Character) -> Bool {
        guard index >= 0, index < items.count, let ascii = mark.asciiValue else { return false }
        return items[index].mark == ascii
    }

    /// The integer value of token `index` when it is a plain number.
    func integer(_ index: Int) -> (value: Int, digits: Int)? {
        guard index >= 0, index < items.count, case .integer(let value, let digits) = items[index].number,
            !items[index].hasModifierPrefix
        else { return nil }
        return (value, digits)
    }

    /// A four-digit year at token `index` (1000–2999).
    func fourDigitYear(_ index: Int) -> Int? {
        guard let (value, digits) = integer(index), digits == 4, (1000...2999).contains(value) else { return nil }
        return value
    }

    // MARK: - Reading tokens

    /// Prefixes that narrow a word or number without changing it: `mid-March`, `late-1990s`, `post-1959`.
    private static let modifierPrefixes: [[UInt8]] = ["mid-", "early-", "late-", "post-", "pre-"].map { Array($0.utf8) }

    private static func item(for token: Token, in bytes: [UInt8]) -> Item {
        var item = Item(range: token.range, kind: token.kind)
        switch token.kind {
        case .word:
            let first = bytes[token.range.lowerBound]
            item.isCapitalized = first >= 0x41 && first <= 0x5A
            var lookupRange = token.range
            // Only a word with a hyphen near its start can carry a prefix; most words skip the search.
            if token.range.count > 4, bytes[token.range.lowerBound + 3] == 0x2D || bytes[token.range.lowerBound + 4] == 0x2D
                || (token.range.count > 5 && bytes[token.range.lowerBound + 5] == 0x2D)
            {
                for prefix in modifierPrefixes where ASCIIWord.hasPrefix(bytes, token.range, prefix) {
                    item.hasModifierPrefix = true
                    lookupRange = (token.range.lowerBound + prefix.count)..<token.range.upperBound
                    let restFirst = bytes[lookupRange.lowerBound]
                    if restFirst >= 0x30, restFirst <= 0x39 {
                        item.number = NumberShape(bytes, lookupRange)
                        item.isRelevant = item.number != nil
                        return item
                    }
                    item.isCapitalized = restFirst >= 0x41 && restFirst <= 0x5A
                    break
                }
            }
            if let found = TimeLexicon.table.lookup(bytes, lookupRange) {
                item.word = found.value.word
                item.phraseGroup = found.isPossessive ? nil : found.value.phraseGroup
                item.isPossessive = found.isPossessive
                item.isRelevant = true
                // `year's` starts a phrase (`year's end`) and is also the possessive of a unit (`last year's`).
                if item.word == nil, let stem = ASCIIWord.possessiveStem(bytes, lookupRange),
                    let meaning = TimeLexicon.table.value(bytes, stem)?.word
                {
                    item.word = meaning
                    item.isPossessive = true
                }
            } else if first == UInt8(ascii: "'") || (first == 0xE2 && token.range.count >= 5) {
                // `’90s`: a decade written with an apostrophe.
                let digitsStart = first == UInt8(ascii: "'") ? token.range.lowerBound + 1 : token.range.lowerBound + 3
                if let shape = NumberShape(bytes, digitsStart..<token.range.upperBound), case .decade = shape {
                    item.number = shape
                    item.isRelevant = true
                }
            } else if token.range.count == 2, first == UInt8(ascii: "Q") || first == UInt8(ascii: "H") {
                // `Q3`, `H1`
                item.isRelevant = true
            }
        case .number:
            item.number = NumberShape(bytes, token.range)
            item.isRelevant = item.number != nil
        case .punctuation, .symbol:
            if token.range.count == 1 { item.mark = bytes[token.range.lowerBound] }
        case .quoteMark:
            break
        }
        return item
    }
}
