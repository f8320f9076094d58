import CopydeskAnalysis
import CopydeskText
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
}
