import CopydeskText

/// The names, acronyms, descriptions and pronouns one paragraph mentions, read from its text alone
/// (paragraph-relative UTF-8 offsets).
///
/// Reading is the expensive part of the ledger and is cached with the paragraph; the document pass only links
/// these candidates, so a keystroke re-reads one paragraph. Word sets are kept as sorted `WordHash` digests: a few
/// bytes a word, and the document pass merges them without hashing strings again.
public struct MentionParagraphFacts: Sendable {
    /// Every candidate in text order.
    public var candidates: [MentionCandidate] = []
    /// Capitalised words seen inside sentences (not opening one), which tell the document pass which
    /// sentence-opening words are names elsewhere in the draft: digests as written, sorted.
    var midSentenceNames: [UInt64] = []
    /// The same words folded (`LedgerItem.fold`), for confirming names set in capitals.
    var foldedNames: [UInt64] = []
    /// Lowercase words seen, which tell the document pass that a capitalised opener is an ordinary word: sorted
    /// digests.
    var lowercaseWords: [UInt64] = []
    /// A digest of everything the document pass reads from these facts except offsets and lowercase words: equal
    /// digests in every paragraph let the pass reuse its last ledger when only offsets moved.
    var signature = 0
    /// Each candidate's digest, its offsets left out, for telling whether the mentions the ledger kept changed.
    var candidateDigests: [Int] = []
    /// A digest of `lowercaseWords`.
    var lowercaseSignature = 0
    /// How many words and numbers the paragraph has, for telling headlines and decks from body copy.
    var wordCount = 0
    /// Whether the paragraph has a noun for a person it does not name (`a spokesman`) outside quotation marks.
    var hasUnnamedPerson = false

    public init() {}

    /// Reads the mention facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> MentionParagraphFacts {
        var reader = MentionReader(facts: facts, knowledge: EntityKnowledge(context.knowledge))
        reader.read()
        var result = MentionParagraphFacts()
        result.candidates = reader.candidates
        for index in result.candidates.indices { result.candidates[index].settleLookupKeys() }
        result.midSentenceNames = WordHash.sortedSet(reader.midSentenceNames)
        result.foldedNames = WordHash.sortedSet(reader.foldedNames)
        result.lowercaseWords = WordHash.sortedSet(reader.lowercaseWords)
        result.hasUnnamedPerson = reader.sawUnnamedPerson
        result.wordCount = facts.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
        var hasher = Hasher()
        hasher.combine(facts.sentences.count)
        hasher.combine(result.hasUnnamedPerson)
        result.candidateDigests.reserveCapacity(result.candidates.count)
        for var candidate in result.candidates {
            candidate.range = 0..<0
            candidate.titleRange = candidate.titleRange.map { _ in 0..<0 }
            candidate.pairedForm = candidate.pairedForm.map { _ in 0..<0 }
            let digest = candidate.hashValue
            result.candidateDigests.append(digest)
            hasher.combine(digest)
        }
        hasher.combine(WordHash.digest(result.midSentenceNames))
        result.signature = hasher.finalize()
        result.lowercaseSignature = WordHash.digest(result.lowercaseWords)
        return result
    }
}
