/// What a word can do in the narration around a quote: credit it, stand for a speaker, or join or end a phrase.
///
/// A word may belong to several classes (`said` is a speech verb that can also precede its speaker). The classes
/// are read from `SpeechCueLexicon`'s tables; nothing else decides them.
struct QuoteWordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// A finite speech verb that credits a quote to its subject: `said`, `told`, `tweeted`, `say`.
    static let speechVerb = QuoteWordClass(rawValue: 1 << 0)
    /// A speech verb that may stand before its speaker: `said Putin`, `added the spokesman`.
    static let invertible = QuoteWordClass(rawValue: 1 << 1)
    /// A speech verb's participle, whose speaker is the clause's subject: `…, adding that “…”`.
    static let participle = QuoteWordClass(rawValue: 1 << 2)
    /// A verb that weaves a fragment of speech into paraphrase: `called`, `described`, `dubbed`.
    static let partialCue = QuoteWordClass(rawValue: 1 << 3)
    /// A subject pronoun that can credit a quote: `he`, `she`, `they`.
    static let pronoun = QuoteWordClass(rawValue: 1 << 4)
    /// A determiner or quantifier that opens a noun phrase: `the`, `a`, `his`, `two`, `several`.
    static let determiner = QuoteWordClass(rawValue: 1 << 5)
    /// A word that may stand between a speaker and the speech verb: `also`, `later`, `has`, `would`.
    static let bridge = QuoteWordClass(rawValue: 1 << 6)
    /// A preposition that can sit inside a speaker's description: `a spokesman for the ministry`.
    static let joiner = QuoteWordClass(rawValue: 1 << 7)
    /// A function word that cannot be part of a speaker's noun phrase: `that`, `and`, `when`, `in`.
    static let boundary = QuoteWordClass(rawValue: 1 << 8)
    /// A word right before quoted words that are not speech: `so-called`, `titled`, `the slogan`.
    static let nonSpeechLead = QuoteWordClass(rawValue: 1 << 9)
    /// The head of an unnamed source: `sources`, `critics`, `observers`.
    static let vagueHead = QuoteWordClass(rawValue: 1 << 10)
    /// A participle that makes `it is …` a faceless attribution: `believed`, `understood`, `reported`.
    static let vaguePassive = QuoteWordClass(rawValue: 1 << 11)
    /// A verb of opinion that attributes a view as a speech verb does: `believe`, `argue`, `fear`.
    static let opinionVerb = QuoteWordClass(rawValue: 1 << 12)
    /// A form of `be` that makes a following participle passive: `was told`, `were asked`.
    static let passiveAuxiliary = QuoteWordClass(rawValue: 1 << 13)
    /// A word after which quoted capitalised words name something (a show, a group) rather than quote speech.
    static let namingVerb = QuoteWordClass(rawValue: 1 << 14)
    /// A quantifier that makes a following source head vague: `some`, `many`, `several`.
    static let vagueQuantifier = QuoteWordClass(rawValue: 1 << 15)
    /// A verb form that is also a plural noun (`tweets`, `reports`, `claims`), a verb only after its subject.
    static let nounLike = QuoteWordClass(rawValue: 1 << 16)
    /// A relative pronoun that can stand for a speaker named just before it: `which`, `who`, `that`.
    static let relative = QuoteWordClass(rawValue: 1 << 17)
    /// A word that names a time (`Wednesday`, `March`, `week`, `night`), which can stand between a speaker and the
    /// verb in a time phrase (`Putin on Wednesday said`).
    static let timeWord = QuoteWordClass(rawValue: 1 << 18)
    /// A document or message that speaks as its author does: `letter`, `statement`, `ad`.
    static let sourceNoun = QuoteWordClass(rawValue: 1 << 19)
}
