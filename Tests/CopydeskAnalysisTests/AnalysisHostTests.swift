import CopydeskAnalysis
import CopydeskText
import Dispatch
import Testing

struct AnalysisHostTests {
    static let draft = """
        ---
        title: Council votes
        date: 2025-09-03
        copydesk:
          knownAcronyms: [XYZ]
        ---
        The council voted on Tuesday.

        The mayor said the vote was close.

        Residents were not surprised.
        """

    @Test func readsOnlyTheEditedParagraphAgain() {
        let host = AnalysisHost()
        let first = host.analyze(Self.draft, format: .markdown)
        #expect(first.paragraphs.count == 3)
        #expect(host.cachedParagraphCount == 3)
        let edited = Self.draft.replacing("was close", with: "was very close")
        let second = host.analyze(edited, format: .markdown)
        #expect(second.paragraphs.count == 3)
        // Two paragraphs came from the cache; only the edited one was read, so the cache holds one more entry.
        #expect(host.cachedParagraphCount == 4)
        #expect(second.paragraphs[1].facts.bytes != first.paragraphs[1].facts.bytes)
    }

    @Test func frontMatterSettingsApplyToTheirDraft() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .markdown)
        #expect(analysis.settings.knownAcronyms == ["XYZ"])
        #expect(analysis.structure.frontMatter?.date == "2025-09-03")
        #expect(analysis.structure.frontMatter?.title == "Council votes")
    }

    @Test func paragraphOffsetsAreOffsetsIntoTheDraft() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .markdown)
        let paragraph = analysis.paragraphs[1]
        #expect(analysis.text(paragraph.block.range) == "The mayor said the vote was close.")
        let sentence = paragraph.absolute(paragraph.facts.sentences[0])
        #expect(analysis.text(sentence) == "The mayor said the vote was close.")
        #expect(analysis.paragraphIndex(containing: sentence.lowerBound + 4) == 1)
    }

    /// A draft of many paragraphs, enough that a host given a parallel loop uses it.
    static let longDraft: String = (0..<90).map { index in
        index % 3 == 0
            ? "Mayor Lena Ortiz said on Tuesday that the pier would reopen by spring, and council member \(index) agreed."
            : index % 3 == 1 ? "“We will see how it goes,” Ortiz said. The HWA met on Friday." : "He said the Harbor Water Authority (HWA) would pay."
    }.joined(separator: "\n\n")

    static func summary(_ analysis: DraftAnalysis) -> [String] {
        analysis.findings.map { "\($0.rule) \($0.range)" } + analysis.entities.map { "\($0.name) \($0.mentions.count)" }
            + analysis.quotes.map { "\($0.range) \(analysis.text($0.speaker?.range ?? 0..<0))" }
    }

    @Test(arguments: ["threads", "reversed", "skipping"])
    func readingInParallelGivesWhatReadingInTurnGives(loop: String) {
        let parallel: AnalysisHost.ParallelLoop
        switch loop {
        case "threads": parallel = { count, body in DispatchQueue.concurrentPerform(iterations: count, execute: body) }
        case "reversed": parallel = { count, body in for index in (0..<count).reversed() { body(index) } }
        // A loop that skips indices leaves those paragraphs to be read in turn.
        default: parallel = { count, body in for index in 0..<count where index % 5 != 0 { body(index) } }
        }
        let serial = AnalysisHost()
        let expected = Self.summary(serial.analyze(Self.longDraft, format: .plainText))
        let host = AnalysisHost(parallelLoop: parallel)
        #expect(Self.summary(host.analyze(Self.longDraft, format: .plainText)) == expected)
        #expect(host.cachedParagraphCount == serial.cachedParagraphCount)
    }
}
