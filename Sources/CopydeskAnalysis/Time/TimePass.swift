/// Finds the draft's date anchor and resolves its time expressions against it.
///
/// Placeholder until the time issue: no expressions are recognised yet.
enum TimePass {
    static func run(_ analysis: inout DraftAnalysis) {}
}
