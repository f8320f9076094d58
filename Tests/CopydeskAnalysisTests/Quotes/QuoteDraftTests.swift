import CopydeskAnalysis
import CopydeskText
import Foundation
import Testing

/// Whole drafts with the quote findings a copy editor would expect, line by line: the bundled ferry example and its
/// clean version, and a longer draft that exercises every way of crediting a quote.
struct QuoteDraftTests {
    static let quoteRules: Set<String> = ["unattributed-quote", "unbalanced-quote", "vague-attribution"]
    static let vagueOn = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["rules": ["vague-attribution": "information"]])])

    @Test func theBundledDraftHasItsDefectsFound() throws {
        let findings = try Self.findings(inExample: "ferry-vote-draft.txt", settings: Self.vagueOn)
        #expect(findings == [
            "9 unattributed-quote",
            "11 vague-attribution",
            "13 unbalanced-quote",
        ])
    }

    @Test func theCleanVersionHasNone() throws {
        #expect(try Self.findings(inExample: "ferry-vote-clean.txt", settings: Self.vagueOn) == [])
    }

    @Test func everyWayOfCreditingAQuoteIsQuiet() {
        let draft = """
            Pier repairs to start in March

            Port Director Helen Achebe said on Monday that repairs to Pier 9 would start in March. “We have the money,” she said, “and we have the crews.”

            “The pilings are older than I am,” Achebe added. “Some of them are older than the city.”

            According to the port’s engineers, “the north end could fail in a hard winter.”

            Achebe was blunt: “We are not waiting for that.”

            Union steward Tom Reyes, who has worked the pier since the ’90s, put it this way:

            “Fix it once, fix it right. That’s all we’ve ever asked.

            “The rest is politics.”

            The so-called “temporary” fence along the pier will stay up, and the port’s “Safe Harbor” campaign will run on local radio.

            What the engineers called “deferred maintenance” has cost the port $3 million, Achebe said. “That is the number that keeps me up at night.”
            """
        let analysis = AnalysisHost().analyze(draft, format: .plainText)
        let lines = LineIndex(Array(draft.utf8))
        let found = analysis.findings.filter { Self.quoteRules.contains($0.rule) }.map { finding in
            "\(lines.position(of: finding.range.lowerBound, in: .utf8).line + 1) \(finding.rule)"
        }
        #expect(found == [])
        #expect(analysis.quotes.filter { $0.isSpeech && $0.speaker == nil }.isEmpty)
        #expect(analysis.quotes.filter { !$0.isSpeech }.count == 2)
    }

    /// `line rule` for each quote finding in a bundled example draft.
    static func findings(inExample name: String, settings: AnalysisSettings) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bytes = Array(try Data(contentsOf: root.appendingPathComponent("Examples").appendingPathComponent(name)))
        let analysis = AnalysisHost().analyze(bytes, format: .plainText, settings: settings)
        let lines = LineIndex(bytes)
        return analysis.findings.filter { quoteRules.contains($0.rule) }.map { finding in
            "\(lines.position(of: finding.range.lowerBound, in: .utf8).line + 1) \(finding.rule)"
        }
    }
}
