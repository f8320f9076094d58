import CopydeskAnalysis
import Testing

/// The entity pass reuses its last ledger while typing only moves offsets; the result must equal a fresh analysis.
struct LedgerReuseTests {
    static let draft = """
        Harbor board sells the pier

        The harbor board voted on Tuesday to sell the old pier, and Brandt said the sale would close in spring.

        Council member Ilse Brandt, who chairs the finance committee, said the price was fair. She expects bids soon.

        Terrence Vale, a harbor pilot, said the Harbor Water Authority (HWA) would review the sale.
        """

    /// An analysis from scratch: a new host has no cached paragraphs or ledgers.
    static func freshAnalysis(_ text: String) -> DraftAnalysis {
        AnalysisHost().analyze(text, format: .plainText)
    }

    static func summary(_ analysis: DraftAnalysis) -> [String] {
        analysis.entities.map { entity in
            "\(entity.id) \(entity.name) \(entity.kind) " + entity.mentions.map { "\($0.range) \($0.form) \(String(describing: $0.issue))" }.joined(separator: "; ")
        } + analysis.findings.map { "\($0.rule) \($0.range) \($0.message)" }
    }

    @Test(arguments: [
        ("the old pier", "the old wooden pier"),
        ("Council member", "Longtime council member"),
        ("said the price", "said that the price"),
        ("The harbor board voted", "Brandt, the harbor board voted"),
        ("expects bids soon.", "expects bids soon. Terrence is hopeful."),
    ])
    func typingGivesWhatAFreshAnalysisGives(edit: (String, String)) {
        let host = AnalysisHost()
        _ = host.analyze(Self.draft, format: .plainText)
        let edited = Self.draft.replacing(edit.0, with: edit.1)
        let reused = host.analyze(edited, format: .plainText)
        #expect(Self.summary(reused) == Self.summary(Self.freshAnalysis(edited)))
    }

    @Test func aSentenceOpenerBecomesOrdinaryWhenTheDraftUsesItInLowercase() {
        let host = AnalysisHost()
        let before = "Report filed\n\nHarbor officials met on Monday to review the annual report of the port authority staff.\n\nDemonstrators gathered outside."
        _ = host.analyze(before, format: .plainText)
        let after = before.replacing("review the annual", with: "review demonstrators and the annual")
        let second = host.analyze(after, format: .plainText)
        #expect(Self.summary(second) == Self.summary(Self.freshAnalysis(after)))
    }

    /// Typing a sentence one character at a time into each paragraph in turn (the ledger is reused, rebuilt, and
    /// reused with paragraphs moved and edited) gives what a fresh analysis gives after every keystroke.
    ///
    /// The second sentence half-types capitalised words (`T`, `Th`, `Tuesd`), which change a paragraph's candidates
    /// with or without changing the mentions the ledger keeps.
    @Test(arguments: [" Ms. Brandt told the HWA that he would", ". The treasurer said on Tuesday that Vale and The Harbor"])
    func typingCharacterByCharacterGivesWhatAFreshAnalysisGives(typed: String) {
        let host = AnalysisHost()
        var text = Self.draft + "\n\nBrandt said the Harbor Water Authority would meet again. Vale agreed.\n"
        // The end of the headline, and inside the second paragraph before a name it mentions.
        for anchor in ["\n\nThe harbor board", ", and Brandt said"] {
            guard var cursor = text.firstRange(of: anchor)?.lowerBound else {
                Issue.record("no \(anchor) in the draft")
                return
            }
            _ = host.analyze(text, format: .plainText)
            for character in typed {
                text.insert(character, at: cursor)
                cursor = text.index(after: cursor)
                let reused = host.analyze(text, format: .plainText)
                #expect(Self.summary(reused) == Self.summary(Self.freshAnalysis(text)), "typing before \(anchor): \(text)")
            }
        }
    }
}
