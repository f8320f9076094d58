import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// Hover, inlay hints and outline symbols for quotes.
struct QuoteNavigationTests {
    static let draft = """
        Mayor Lena Ortiz defended the budget on Tuesday.

        “We cut what we could,” she said. “The ferry stays.”

        The old pier was a “temporary” fix.

        “Nobody asked us.”
        """

    @Test func hoverNamesTheSpeakerTheWordsThatCreditThemAndTheCue() {
        let marked = MarkedText(Self.draft.replacing("“We cut", with: "“We 1️⃣cut"))
        let analysis = AnalysisHost().analyze(marked.text, format: .plainText)
        let hover = analysis.hover(at: marked["1️⃣"])
        #expect(hover.map { analysis.text($0.range) } == "“We cut what we could,”")
        let markdown = hover?.markdown ?? ""
        #expect(markdown.contains("**Direct quote**"))
        #expect(markdown.contains("Lena Ortiz"))
        #expect(markdown.contains("credited as “she” (pronoun)"))
        #expect(markdown.contains("cue “said”"))
    }

    @Test func hoverSaysWhenNobodyIsCreditedOrTheWordsAreNotSpeech() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .plainText)
        let uncredited = Self.offset(of: "Nobody asked", in: Self.draft)
        #expect(analysis.hover(at: uncredited)?.markdown.contains("No speaker is credited") == true)
        let scare = Self.offset(of: "temporary", in: Self.draft)
        #expect(analysis.hover(at: scare)?.markdown.contains("not speech") == true)
        // Outside any quote there is no quote hover.
        #expect(analysis.hover(at: Self.offset(of: "defended", in: Self.draft))?.markdown.contains("quote") != true)
    }

    @Test func hoverCreditsWordsQuotedWithinReportedSpeech() {
        let text = "Mayor Lena Ortiz said that the board’s “quick sale” was a “reckless” attempt to dodge voters."
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let markdown = analysis.hover(at: Self.offset(of: "reckless", in: text))?.markdown ?? ""
        #expect(markdown.contains("within someone’s reported speech"))
        #expect(markdown.contains("Speaker: **Lena Ortiz**"))
    }

    @Test func inlayHintsFollowQuotesCreditedByAPronoun() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .plainText)
        let hints = analysis.inlayHints(in: 0..<analysis.text.count)
        let quoteHints = hints.filter { $0.label.hasPrefix("— ") }
        #expect(quoteHints.count == 2)
        #expect(quoteHints.allSatisfy { $0.label.hasSuffix("Lena Ortiz") })
        #expect(quoteHints.first.map { analysis.text(0..<$0.offset).hasSuffix("“We cut what we could,”") } == true)
        #expect(quoteHints.first?.tooltip?.contains("“she” means") == true)
    }

    @Test func symbolsGroupSpeechBySpeaker() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .plainText)
        let speakers = analysis.symbols().filter { $0.kind == .speaker }
        #expect(speakers.map(\.detail) == ["2 quotes", "1 quote"])
        #expect(speakers.first?.name.hasSuffix("Lena Ortiz") == true)
        #expect(speakers.last?.name == "No speaker credited")
        #expect(speakers.first?.children.map(\.name) == ["“We cut what we could,”", "“The ferry stays.”"])
        for speaker in speakers {
            #expect(speaker.range.contains(speaker.selectionRange.lowerBound))
            for child in speaker.children {
                #expect(child.kind == .quote)
                #expect(speaker.range.lowerBound <= child.range.lowerBound && child.range.upperBound <= speaker.range.upperBound)
            }
        }
    }

    private static func offset(of needle: String, in text: String) -> Int {
        guard let range = text.firstRange(of: needle) else { return 0 }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }
}
