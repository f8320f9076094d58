/// The document-level passes that link paragraph facts into the draft's entities, quotes and times.
///
/// Each pass reads the cached paragraph facts and what earlier passes produced; they run in this order because
/// quote speakers resolve to ledger entities, and the ledger needs no quotes.
enum DocumentPasses {
    static func run(_ analysis: inout DraftAnalysis) {
        TimePass.run(&analysis)
        EntityPass.run(&analysis)
        QuotePass.run(&analysis)
    }
}
