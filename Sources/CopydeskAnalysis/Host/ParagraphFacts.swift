import CopydeskText

/// What can be learned from one paragraph's text alone, with every offset relative to the paragraph's start.
///
/// Facts depend only on the paragraph's prose, its block kind and the settings and knowledge in force, so the host
/// caches them by content: a keystroke recomputes the facts of the edited paragraph and reuses all others.
///
/// A class, so that the thousands of paragraphs of a long draft move between the cache, the paragraphs and the
/// analysis as one reference each rather than a dozen retained arrays. It is immutable once `read` returns (the
/// feature facts are filled in order inside `read`, each reader seeing the ones before), hence `@unchecked Sendable`.
public final class ParagraphFacts: @unchecked Sendable {
    /// The paragraph's prose bytes (markup already masked to spaces).
    public let bytes: [UInt8]
    /// What kind of block the paragraph is.
    public let kind: TextBlock.Kind
    /// The paragraph's tokens.
    public let tokens: [Token]
    /// The sentences, as byte ranges from each sentence's first token to its last.
    public let sentences: [Range<Int>]
    /// Quote marks, quotations and speech cues.
    public private(set) var quoteFacts = QuoteParagraphFacts()
    /// Names, descriptions and pronouns.
    public private(set) var mentionFacts = MentionParagraphFacts()
    /// Time expressions.
    public private(set) var timeFacts = TimeParagraphFacts()

    public init(bytes: [UInt8], kind: TextBlock.Kind, tokens: [Token], sentences: [Range<Int>]) {
        self.bytes = bytes
        self.kind = kind
        self.tokens = tokens
        self.sentences = sentences
    }

    /// Reads the facts of one paragraph: tokens and sentences, then each feature's facts.
    public static func read(_ bytes: [UInt8], kind: TextBlock.Kind, context: AnalysisContext) -> ParagraphFacts {
        let tokens = Tokenizer.tokens(in: bytes)
        let sentences = SentenceSegmenter.sentences(in: bytes, tokens: tokens)
        let facts = ParagraphFacts(bytes: bytes, kind: kind, tokens: tokens, sentences: sentences)
        facts.timeFacts = TimeParagraphFacts.read(facts, context: context)
        facts.mentionFacts = MentionParagraphFacts.read(facts, context: context)
        facts.quoteFacts = QuoteParagraphFacts.read(facts, context: context)
        return facts
    }

    /// The text of `token`.
    public func text(_ token: Token) -> String {
        TokenText.string(token, in: bytes)
    }

    /// The text of a paragraph-relative byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }
}
