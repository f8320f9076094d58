/// The names, descriptions and pronouns one paragraph mentions, read from its text alone (paragraph-relative
/// UTF-8 offsets).
///
/// Placeholder until the references issue fills it.
public struct MentionParagraphFacts: Sendable {
    public init() {}

    /// Reads the mention facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> MentionParagraphFacts {
        MentionParagraphFacts()
    }
}
