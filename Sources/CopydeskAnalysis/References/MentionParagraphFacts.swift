import CopydeskText

/// The names, acronyms, descriptions and pronouns one paragraph mentions, read from its text alone
/// (paragraph-relative UTF-8 offsets).
///
/// Reading is the expensive part of the ledger and is cached with the paragraph; the document pass only links
/// these candidates, so a keystroke re-reads one paragraph.
public struct MentionParagraphFacts: Sendable {
    /// Every candidate in text order.
    public var candidates: [MentionCandidate] = []
    /// Capitalised words seen inside sentences (not opening one), which tell the document pass which
    /// sentence-opening words are names elsewhere in the draft.
    public var midSentenceNames: Set<String> = []
    /// Lowercase words seen, which tell the document pass that a capitalised opener is an ordinary word.
    public var lowercaseWords: Set<String> = []

    public init() {}

    /// Reads the mention facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> MentionParagraphFacts {
        var reader = MentionReader(facts: facts, knowledge: EntityKnowledge(context.knowledge))
        reader.read()
        var result = MentionParagraphFacts()
        result.candidates = reader.candidates
        result.midSentenceNames = reader.midSentenceNames
        result.lowercaseWords = reader.lowercaseWords
        return result
    }
}
