/// What one paragraph says about quotations, read from its text alone (paragraph-relative UTF-8 offsets).
///
/// Placeholder until the quotes issue fills it.
public struct QuoteParagraphFacts: Sendable {
    public init() {}

    /// Reads the quotation facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> QuoteParagraphFacts {
        QuoteParagraphFacts()
    }
}
