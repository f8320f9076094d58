/// Builds the entity ledger: every mention joined to the entity it refers to.
///
/// Placeholder until the references issue: the ledger is empty.
enum EntityPass {
    static func run(_ analysis: inout DraftAnalysis) {}
}
