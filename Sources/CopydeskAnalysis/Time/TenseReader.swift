import CopydeskText

/// Reads the tense of the clause around a time expression from the verbs nearest to it.
///
/// "said on Wednesday" is past and "will meet on Friday" future; the nearest cue wins, looking left first
/// (the verb usually comes before the time in English news copy) and then right, within the sentence.
struct TenseReader {
    enum Cue: Sendable {
        case past, future, present, presentBe
        /// An `-ed` word that looks forward (`scheduled`, `expected`).
        case forwardParticiple
        /// A word that looks forward only as part of a present plan (`planned`, `plans to`, `due`, `effective`); on
        /// its own it may be a past verb or a noun.
        case plan
        /// An `-ed` word that is not a past tense (`succeed`, `hundred`).
        case notPast
    }

    /// How the lede check reads a word around a past verb.
    struct LedeRole: OptionSet, Sendable {
        let rawValue: UInt8
        /// Past but reports no event (`was`, `had`).
        static let nonEvent = LedeRole(rawValue: 1)
        /// Before a participle, makes it an adjective or a perfect (`the armed men`, `has agreed`).
        static let participleOpener = LedeRole(rawValue: 2)
        /// A participle that reads as an adjective before `to` (`compared to`).
        static let adjectivalBeforeTo = LedeRole(rawValue: 4)
    }

    /// Verbs and auxiliaries that mark a tense; regular `-ed` verbs are recognised by their ending.
    static let cues: WordTable<Cue> = {
        var entries: [String: Cue] = [:]
        for word in [
            "will", "shall", "won't", "would", "scheduled", "expected", "expects",
            "slated", "upcoming", "intends", "aims", "hopes", "wants", "promises", "vowed", "vows", "pledged",
            "pledges", "threatens", "going", "'ll", "soon", "until", "might", "may",
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
            "didn't", "hadn't", "overtook", "undertook", "declared", "quit",
            "cut", "hit", "beat", "dealt", "dug", "fed", "lent", "lit", "read", "rid", "sat", "slept", "sped", "split",
            "spread", "stuck", "stung", "swept", "swung", "tore", "upheld", "wept", "wound", "shut", "bid", "since",
        ] {
            entries[word] = .past
        }
        for word in ["says", "say", "is", "are", "am", "'s", "has", "have", "does", "do"] {
            entries[word] = .present
        }
        for word in ["is", "are", "am"] { entries[word] = .presentBe }
        for word in forwardParticiples { entries[word] = .forwardParticiple }
        for word in plans { entries[word] = .plan }
        for word in notPast { entries[word] = .notPast }
        return WordTable(entries)
    }()

    /// `nonEventPast`, `participleOpeners` and `adjectivalBeforeTo` in one table.
    static let ledeRoles: WordTable<LedeRole> = {
        var entries: [String: LedeRole] = [:]
        for word in nonEventPast { entries[word, default: []].insert(.nonEvent) }
        for word in participleOpeners { entries[word, default: []].insert(.participleOpener) }
        for word in adjectivalBeforeTo { entries[word, default: []].insert(.adjectivalBeforeTo) }
        return WordTable(entries)
    }()

    /// Words ending in `-ed` that look forward rather than back (`scheduled`, `expected`), or are not verbs.
    static let forwardParticiples: Set<String> = ["scheduled", "expected", "slated", "supposed"]

    /// Words that look forward only in some uses: `plans to resign` but `vacation plans`, `is due to meet` but
    /// `due to rain`, `effective Feb. 1` but `became effective Feb. 1`, `planned` but `as previously planned`.
    static let plans: Set<String> = [
        "plan", "plans", "planning", "planned", "intended", "proposed", "due", "effective",
    ]

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
        // `ahead of the weekend`, `ahead of Friday's vote`: what the clause does comes before the time.
        if isWord(expression.lowerBound - 1, "of"), isWord(expression.lowerBound - 2, "ahead") { return .future }
        // A verb further than this from the time usually belongs to another clause.
        let window = 14
        var index = expression.lowerBound - 1
        let leftLimit = max(sentence.lowerBound, expression.lowerBound - window)
        while index >= leftLimit {
            // `Until Thursday, they had not …`, `It was not until Tuesday that …`: a fronted or negated `until`
            // leaves the tense to the clause's verb.
            if isWord(index, "until"), index == sentence.lowerBound || isWord(index - 1, "not") || isWord(index - 1, "up") {
                index -= 1
                continue
            }
            if let tense = tense(at: index) { return tense }
            index -= 1
        }
        index = expression.upperBound
        // A time fronted before the clause (`In January, a week after the anniversary, a bomb exploded`) takes the
        // tense of the main verb, however long the phrase before it.
        let isFronted = leftLimit == sentence.lowerBound && expression.lowerBound - sentence.lowerBound <= 1
        let rightLimit = isFronted ? sentence.upperBound : min(sentence.upperBound, expression.upperBound + window)
        while index < rightLimit {
            if let tense = tense(at: index, timeFollows: false) { return tense }
            index += 1
        }
        return .unknown
    }

    /// Auxiliaries and states that are past but report no event (`was`, `had`), and words before a participle
    /// that make it an adjective or a perfect (`the armed men`, `has agreed`).
    static let nonEventPast: Set<String> = [
        "was", "were", "had", "did", "wasn't", "weren't", "didn't", "hadn't",
        "ago", "read", "lay", "meant", "thought", "felt", "knew",
    ]
    static let participleOpeners: Set<String> = [
        "has", "have", "had", "is", "are", "be", "been", "being", "a", "an", "the", "very", "so", "more",
        "most", "well", "less", "least", "newly", "recently", "long", "its", "their", "his", "her", "our", "my", "your",
        "this", "that", "these", "those", "of", "and", "or", "with", "for", "by", "from", "to", "not", "never",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
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
            let roles = Self.ledeRoles.value(bytes, tokens[index].range) ?? []
            if roles.contains(.nonEvent) || isCapitalized(index) { continue }
            if index > range.lowerBound, tokens[index - 1].kind == .word,
                Self.ledeRoles.value(bytes, tokens[index - 1].range)?.contains(.participleOpener) == true
            {
                continue
            }
            // `led by`, `compared to`, `grew up`: a participle phrase or a phrasal verb of background.
            if isWord(index + 1, "by") || isWord(index + 1, "up") { continue }
            if isWord(index + 1, "to"), roles.contains(.adjectivalBeforeTo) { continue }
            return index
        }
        return nil
    }

    /// The tense one token marks, if any; `timeFollows` says whether the time expression comes after the token.
    private func tense(at index: Int, timeFollows: Bool = true) -> TimeMention.Tense? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let range = token.range
        let cue = Self.cues.value(bytes, range)
        switch cue {
        case .past: return isPassive(index) ? nil : .past
        case .future: return .future
        case .presentBe:
            // "is meeting on Friday" and "is to resume Friday" are plans.
            if isWord(index + 1, "to") { return .future }
            if index + 1 < tokens.count, endsWith(tokens[index + 1].range, "ing") { return .progressive }
            return .present
        case .present: return .present
        case .notPast: return nil
        case .forwardParticiple:
            // `had been scheduled to expire Friday` looks forward from a past that has gone by; so does `as
            // previously scheduled`.
            return isPastPlan(index) ? .past : .future
        case .plan:
            return planTense(at: index, timeFollows: timeFollows)
        case nil: break
        }
        if endsWith(range, "’ll") || endsWith(range, "'ll") { return .future }
        // `set to resume Monday`, `as early as Tuesday`.
        if isWord(index, "set"), isWord(index + 1, "to") { return .future }
        if isWord(index, "early"), isWord(index + 1, "as") { return .future }
        if range.count >= 5, endsWith(range, "ed"), bytes[range.lowerBound] >= 0x61 {
            return isPassive(index) || isAdjectival(index) ? nil : .past
        }
        return nil
    }

    /// Words after which an `-ed` word describes a noun rather than reporting an event (`a still unspecified date`,
    /// `the planned vote`).
    static let determiners = ["a", "an", "the", "its", "their", "his", "her", "our"]

    /// Whether the `-ed` word at `index` follows a determiner, perhaps with an adverb between (`a still unspecified`).
    private func isAdjectival(_ index: Int) -> Bool {
        if isAnyWord(index - 1, Self.determiners) { return true }
        return index >= 2 && tokens[index - 1].kind == .word && isAnyWord(index - 2, Self.determiners)
            && (endsWith(tokens[index - 1].range, "ly") || isAnyWord(index - 1, ["still", "yet", "long", "much"]))
    }

    /// The tense a plan word marks: `plans to`, `is due to`, `planned` and `effective Feb. 1` look forward;
    /// `had been due`, `as previously planned` and `became effective` report the past; a noun (`vacation plans`,
    /// `due to rain`) marks nothing.
    private func planTense(at index: Int, timeFollows: Bool) -> TimeMention.Tense? {
        if isPastPlan(index) || isWord(index - 1, "became") { return .past }
        // `On Friday, the government planned to send aid` reports a plan made then; `planned to leave on
        // Thursday`, `the planned vote`, `is planned for Friday` look forward to what was planned.
        if !timeFollows, isAnyWord(index, ["planned", "intended", "proposed"]),
            !isAdjectival(index), !isAnyWord(index - 1, ["is", "are", "be", "'s"])
        {
            return .past
        }
        if isAnyWord(index, ["plan", "plans", "planning"]) {
            return isAnyWord(index + 1, ["to", "a", "an"]) ? .future : nil
        }
        if isWord(index, "due") {
            return isAnyWord(index - 1, ["is", "are", "'s", "be", "was", "were", "now", "also"]) ? .future : nil
        }
        return .future
    }

    /// Whether a forward-looking word at `index` looks forward from a past that has gone by: `had been scheduled`,
    /// `as previously planned`, `originally scheduled`.
    private func isPastPlan(_ index: Int) -> Bool {
        isWord(index - 1, "had") || isWord(index - 2, "had") || isAnyWord(index - 1, ["previously", "originally"])
    }

    /// Whether the past participle at `index` follows `be`, `been` or `being` (`will be held`, `has been named`,
    /// `will be formally named`): the auxiliary further left carries the tense.
    private func isPassive(_ index: Int) -> Bool {
        var before = index - 1
        if before >= 0, endsWith(tokens[before].range, "ly") { before -= 1 }
        return isAnyWord(before, ["be", "been", "being"])
    }

    private func isAnyWord(_ index: Int, _ words: [String]) -> Bool {
        words.contains { isWord(index, $0) }
    }

    private func isCapitalized(_ index: Int) -> Bool {
        let first = bytes[tokens[index].range.lowerBound]
        return first >= 0x41 && first <= 0x5A
    }

    private func isWord(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return ASCIIWord.matches(bytes, tokens[index].range, word.utf8)
    }

    /// Whether the token bytes in `range` end with `suffix`, ignoring ASCII case.
    private func endsWith(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard range.count > count else { return false }
        let start = range.upperBound - count
        return suffix.withUTF8Buffer { utf8 in
            for offset in 0..<count where ASCIIWord.lower(bytes[start + offset]) != utf8[offset] { return false }
            return true
        }
    }
}
