/// Finds the draft's quotations and credits each to its speaker.
///
/// Placeholder until the quotes issue: the draft has no quotes yet.
enum QuotePass {
    static func run(_ analysis: inout DraftAnalysis) {}
}
