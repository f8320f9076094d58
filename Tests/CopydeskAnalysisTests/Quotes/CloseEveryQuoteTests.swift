import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// `unbalanced-quote`: opening marks that are never closed.
struct CloseEveryQuoteTests {
    static let rule = "unbalanced-quote"

    /// Each case: a marked draft and the messages expected at its markers.
    static let cases: [(String, [FindingExpectation])] = [
        (
            "1️⃣“We will rebuild the bridge, the mayor said.\n\nThe council agreed.",
            [FindingExpectation("1️⃣", "The quote “We will rebuild the bridge… is never closed; close it where the speaker’s words end, or open the next paragraph with a quote mark if it runs on.")]
        ),
        ("The mayor said 1️⃣\"we will rebuild it.", [FindingExpectation("1️⃣", "The quote \"we will rebuild it. is never closed", prefix: true)]),
        // A quote that runs on into a paragraph that reopens it is not unbalanced; the last paragraph is.
        ("“We counted twice.\n\n“Then again.\n\n1️⃣“And a third time.", [FindingExpectation("1️⃣", "The quote", prefix: true)]),
        ("“We counted twice.\n\n“Then again,” she said.", []),
        // Apostrophes and balanced single quotes are not unbalanced.
        ("The Joneses’ house was built in the ’90s by ‘rock ’n’ roll’ fans.", []),
        ("'I am quite clear,' he said.", []),
        // A closing mark dropped before the attribution, with the quote going on after it.
        ("1️⃣\"I understand why, she said. \"But we have to be honest.\"", [FindingExpectation("1️⃣", "The quote", prefix: true)]),
    ]

    @Test(arguments: cases.indices)
    func flagsOpeningMarksNeverClosed(index: Int) {
        let (text, expected) = Self.cases[index]
        assertFindings(Self.rule, text, expected)
    }

    @Test func closesADroppedMarkBeforeTheAttribution() {
        let text = "\"I understand why, she said. \"But we have to be honest.\""
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let fix = analysis.findings.first { $0.rule == Self.rule }?.fixes.first
        #expect(fix?.edits.map { $0.range.lowerBound } == ["\"I understand why,".utf8.count])
        #expect(analysis.quotes.map { analysis.text($0.speaker?.range ?? 0..<0) } == ["she", "she"])
    }

    @Test func offersToCloseTheQuoteAtTheParagraphsEnd() {
        let text = "“We will rebuild the bridge.\n\nThe council agreed."
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let fixes = analysis.findings.filter { $0.rule == Self.rule }.flatMap(\.fixes)
        #expect(fixes.map(\.title) == ["Close the quote with ”"])
        #expect(fixes.first?.edits.map { $0.range.lowerBound } == ["“We will rebuild the bridge.".utf8.count])
        #expect(fixes.first?.edits.map(\.replacement) == ["”"])
    }
}
