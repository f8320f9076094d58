/// The document-level passes that link paragraph facts into the draft's entities, quotes and times.
///
/// Each pass reads the cached paragraph facts and what earlier passes produced; they run in this order because
/// quote speakers resolve to ledger entities, and the ledger needs no quotes.
enum DocumentPasses {
    /// Runs the passes; `ledgers` is the host's cache of entity ledgers.
    static func run(_ analysis: inout DraftAnalysis, ledgers: LedgerCache) {
        TimePass.run(&analysis)
        EntityPass.run(&analysis, ledgers: ledgers)
        QuotePass.run(&analysis)
    }
}
