/// The time expressions one paragraph contains, read from its text alone (paragraph-relative UTF-8 offsets).
///
/// Placeholder until the time issue fills it.
public struct TimeParagraphFacts: Sendable {
    public init() {}

    /// Reads the time facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> TimeParagraphFacts {
        TimeParagraphFacts()
    }
}
