import CopydeskText

/// Reads the tense of the clause around a time expression from the verbs nearest to it.
///
/// "said on Wednesday" is past and "will meet on Friday" future; the nearest cue wins, looking left first
/// (the verb usually comes before the time in English news copy) and then right, within the sentence.
struct TenseReader {
    enum Cue: Sendable {
        case past, future, present, presentBe
    }

    /// Verbs and auxiliaries that mark a tense; regular `-ed` verbs are recognised by their ending.
    static let cues: WordTable<Cue> = {
        var entries: [String: Cue] = [:]
        for word in [
            "will", "shall", "won't", "won’t", "would", "plans", "plan", "planning", "scheduled", "expected", "expects",
            "slated", "due", "upcoming", "intends", "aims", "hopes", "wants", "promises", "vowed", "vows", "pledged",
            "pledges", "threatens", "going", "'ll", "’ll", "soon", "until", "might", "may",
        ] {
            entries[word] = .future
        }
        for word in [
            "said", "was", "were", "had", "did", "told", "went", "came", "met", "made", "took", "gave", "got", "held",
            "left", "won", "lost", "began", "ran", "saw", "spoke", "wrote", "sent", "fell", "rose", "struck", "led",
            "paid", "sold", "brought", "found", "thought", "kept", "fought", "became", "bought", "caught", "chose",
            "drove", "flew", "grew", "knew", "shot", "stood", "threw", "wore", "broke", "spent", "built", "felt",
            "heard", "meant", "sought", "taught", "fled", "forgot", "hung", "lay", "slid", "swore", "woke", "withdrew",
            "rode", "rang", "sang", "sank", "swam", "arose", "froze", "shook", "stole", "ago", "wasn't", "weren't",
            "didn't", "hadn't", "wasn’t", "weren’t", "didn’t", "hadn’t", "overtook", "undertook", "declared", "quit",
            "cut", "hit", "beat", "dealt", "dug", "fed", "lent", "lit", "read", "rid", "sat", "slept", "sped", "split",
            "spread", "stuck", "stung", "swept", "swung", "tore", "upheld", "wept", "wound", "shut", "bid", "since",
        ] {
            entries[word] = .past
        }
        for word in ["says", "say", "is", "are", "am", "'s", "’s", "has", "have", "does", "do"] {
            entries[word] = .present
        }
        for word in ["is", "are", "am"] { entries[word] = .presentBe }
        return WordTable(entries)
    }()

    /// Words ending in `-ed` that look forward rather than back (`scheduled`, `expected`), or are not verbs.
    static let forwardParticiples: Set<String> = ["scheduled", "expected", "planned", "slated", "proposed", "intended", "supposed"]

    /// Words ending in `-ed` that are not past tenses.
    static let notPast: Set<String> = [
        "succeed", "proceed", "exceed", "indeed", "hundred", "sacred", "wicked", "kindred", "naked", "speed", "breed",
        "bleed", "greed", "screed", "steed", "tweed", "creed", "embed", "hatred", "shred", "infrared", "unwed",
        "rugged", "ragged", "jagged", "crooked", "wretched", "beloved", "learned", "aged", "blessed",
    ]

    let bytes: [UInt8]
    let tokens: [Token]

    /// The tense for an expression covering tokens `expression` within the sentence covering tokens `sentence`.
    func tense(of expression: Range<Int>, in sentence: Range<Int>) -> TimeMention.Tense {
        let window = 14
        var index = expression.lowerBound - 1
        let leftLimit = max(sentence.lowerBound, expression.lowerBound - window)
        while index >= leftLimit {
            if let tense = tense(at: index) { return tense }
            index -= 1
        }
        index = expression.upperBound
        let rightLimit = min(sentence.upperBound, expression.upperBound + window)
        while index < rightLimit {
            if let tense = tense(at: index) { return tense }
            index += 1
        }
        return .unknown
    }

    /// Auxiliaries and states that are past but report no event (`was`, `had`), and words before a participle
    /// that make it an adjective or a perfect (`the armed men`, `has agreed`).
    static let nonEventPast: Set<String> = [
        "was", "were", "had", "did", "wasn't", "weren't", "didn't", "hadn't", "wasn’t", "weren’t", "didn’t", "hadn’t",
        "ago", "read", "lay", "meant", "thought", "felt", "knew",
    ]
    static let participleOpeners: Set<String> = [
        "has", "have", "had", "is", "are", "be", "been", "being", "a", "an", "the", "very", "so", "more",
        "most", "well", "less", "least", "newly", "recently", "long", "its", "their", "his", "her", "our", "my", "your",
        "this", "that", "these", "those", "of", "and", "or", "with", "for", "by", "from", "to",
    ]

    /// Participles that read as adjectives before `to` (`compared to`, `linked to`).
    static let adjectivalBeforeTo: Set<String> = [
        "compared", "related", "used", "linked", "tied", "committed", "opposed", "dedicated", "devoted", "exposed",
        "attached", "accustomed", "subjected", "limited", "married", "connected", "referred", "addicted", "entitled",
    ]

    /// The token index of the first verb in `range` that reports a past event (`voted`, `said`, `fled`), skipping
    /// auxiliaries, adjectives and perfects, which a lede may use without a time element.
    func firstPastEvent(in range: Range<Int>) -> Int? {
        for index in range where tokens[index].kind == .word && tense(at: index) == .past {
            let word = String(decoding: bytes[tokens[index].range], as: UTF8.self).lowercased()
            if Self.nonEventPast.contains(word) || TokenText.startsUppercase(String(decoding: bytes[tokens[index].range], as: UTF8.self)) {
                continue
            }
            if index > range.lowerBound, tokens[index - 1].kind == .word {
                let before = String(decoding: bytes[tokens[index - 1].range], as: UTF8.self).lowercased()
                if Self.participleOpeners.contains(before) { continue }
            }
            // `led by`, `compared to`, `grew up`: a participle phrase or a phrasal verb of background.
            if isWord(index + 1, "by") || isWord(index + 1, "up") { continue }
            if isWord(index + 1, "to"), Self.adjectivalBeforeTo.contains(word) { continue }
            return index
        }
        return nil
    }

    /// The tense one token marks, if any.
    private func tense(at index: Int) -> TimeMention.Tense? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let range = token.range
        if let (cue, _) = Self.cues.lookup(bytes, range) {
            switch cue {
            case .past: return .past
            case .future: return .future
            case .presentBe:
                // "is meeting on Friday" and "is to resume Friday" are plans.
                if index + 1 < tokens.count, isWord(index + 1, "to") { return .future }
                if index + 1 < tokens.count, endsWith(tokens[index + 1].range, "ing") { return .progressive }
                return .present
            case .present: return .present
            }
        }
        if endsWith(range, "’ll") || endsWith(range, "'ll") { return .future }
        // `set to resume Monday`, `as early as Tuesday`.
        if isWord(index, "set"), isWord(index + 1, "to") { return .future }
        if isWord(index, "early"), isWord(index + 1, "as") { return .future }
        if range.count >= 5, endsWith(range, "ed"), bytes[range.lowerBound] >= 0x61 {
            let word = String(decoding: bytes[range], as: UTF8.self)
            if Self.notPast.contains(word) { return nil }
            guard Self.forwardParticiples.contains(word) else { return .past }
            // `had been scheduled to expire Friday` looks forward from a past that has gone by.
            for back in 1...2 where index - back >= 0 && tokens[index - back].kind == .word {
                let before = String(decoding: bytes[tokens[index - back].range], as: UTF8.self).lowercased()
                if before == "had" { return .past }
            }
            return .future
        }
        return nil
    }

    private func isWord(_ index: Int, _ word: String) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].range.count == word.utf8.count else { return false }
        return String(decoding: bytes[tokens[index].range], as: UTF8.self).lowercased() == word
    }

    private func endsWith(_ range: Range<Int>, _ suffix: String) -> Bool {
        let utf8 = Array(suffix.utf8)
        guard range.count > utf8.count else { return false }
        let start = range.upperBound - utf8.count
        for offset in 0..<utf8.count where bytes[start + offset] | 0x20 != utf8[offset] | 0x20 {
            // Only ASCII letters differ by case; the apostrophe's bytes compare equal either way.
            return false
        }
        return true
    }
}
