import CopydeskAnalysis
import CopydeskText
import Testing

/// Half-written and hostile drafts never trap the entity ledger, and its ranges stay inside the draft.
struct ReferenceRobustnessTests {
    @Test(arguments: [
        "", " ", "Mr.", "Mr. . . (", "the the the", "(ABC)", "U.S. (U.S.)", "“He”", "'", "He", "A B C D E F G H",
        "al-", "von der", "Bank of of of", "University of the", "Sen.\nSmith", "Ms. 🙂 Smith said.", "Zoë Ångström-Ÿ said",
        "Jean-\u{301}Luc", "THE PRESIDENT SAID", "NATO (NATO) NATO", "The Russian", "the Russian leader, the", "Mr Mr Mr Mr",
        "\"Bobby\" \"Bobby\"", "Smith, a", "Smith, 45", "Smith ’s", "J. J. J. J.", "O’", "de la de la Cruz",
        String(repeating: "Anna Lee ", count: 300), String(repeating: "He said. ", count: 300),
        String(repeating: "The company (TC) said. ", count: 100), String(decoding: [0xFF, 0xFE, 0x41, 0x20, 0xC3, 0x28], as: UTF8.self),
    ])
    func oddDraftsAnalyseSafely(_ text: String) {
        for format in [DraftFormat.plainText, .markdown] {
            let analysis = AnalysisHost().analyze(text, format: format)
            let count = analysis.text.count
            for entity in analysis.entities {
                #expect(!entity.mentions.isEmpty)
                for mention in entity.mentions {
                    #expect(mention.range.lowerBound >= 0 && mention.range.upperBound <= count && !mention.range.isEmpty)
                }
            }
            for finding in analysis.findings { #expect(finding.range.upperBound <= count) }
            if let first = analysis.entities.first?.mentions.first {
                _ = analysis.hover(at: first.range.lowerBound)
                _ = analysis.renameEdits(at: first.range.lowerBound, to: "New Name")
                _ = analysis.renameEdits(at: first.range.lowerBound, to: "")
            }
            _ = analysis.symbols()
        }
    }
}
