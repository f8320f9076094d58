import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// `unattributed-quote`: speech nobody is credited with, and the fixes that credit it.
struct AttributeDirectQuotesTests {
    static let rule = "unattributed-quote"

    /// Each case: a marked draft and the messages expected at its markers.
    static let cases: [(String, [FindingExpectation])] = [
        // A quote-only paragraph after a paraphrase: the attribution fell out.
        (
            "Ortiz said the vote was close.\n\n1️⃣“We counted twice, and then we counted again.”",
            [FindingExpectation("1️⃣", "No one is credited with the quote “We counted twice, and then we…”; say who said it.")]
        ),
        // Straight marks, and a short quote quoted whole.
        ("The council met.\n\n1️⃣\"We counted twice.\"", [FindingExpectation("1️⃣", "No one is credited with the quote \"We counted twice.\"; say who said it.")]),
        // A cue in the next sentence is not an attribution.
        (
            "1️⃣“We counted twice.” He added a note of caution about the budget.",
            [FindingExpectation("1️⃣", "No one is credited", prefix: true)]
        ),
        // Credited quotes are fine, however they are credited.
        ("“We counted twice,” Ortiz said.", []),
        ("Ortiz said: “We counted twice.”", []),
        ("Ortiz went on:\n\n“We counted twice.”", []),
        ("“We counted twice,” Ortiz said. “Then we counted again.”", []),
        ("“We counted twice,” Ortiz said. “Then we counted again.\n\n“It was close both times.”", []),
        // Quotes that are not speech need no speaker.
        ("The council joined a so-called “coalition of the willing.”", []),
        ("She watched “Harbor Morning Live” every day.", []),
        ("The “temporary” fix lasted forty years.", []),
        // Headlines and subheads credit their quotes in the story.
        ("Mayor 'cleared' over ferry deal\n\nThe mayor said she had been cleared by the ethics panel.", []),
        ("The mayor spoke on Monday.\n\n'Ferry will stay' in winter\n\nThe council backed the plan.", []),
    ]

    @Test(arguments: cases.indices)
    func flagsSpeechNobodyIsCreditedWith(index: Int) {
        let (text, expected) = Self.cases[index]
        assertFindings(Self.rule, text, expected)
    }

    @Test func offersATemplateAndTheSpeakerNamedNearby() {
        let text = "Mayor Lena Ortiz said the vote was close.\n\n“We counted twice.”"
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        guard let finding = analysis.findings.first(where: { $0.rule == Self.rule }) else {
            Issue.record("no finding")
            return
        }
        #expect(finding.severity == .warning)
        #expect(finding.fixes.map(\.title) == ["Add “, SPEAKER said.”", "Attribute to Mayor Lena Ortiz"])
        #expect(finding.fixes.map { apply($0, to: text) } == [
            "Mayor Lena Ortiz said the vote was close.\n\n“We counted twice,” SPEAKER said.",
            "Mayor Lena Ortiz said the vote was close.\n\n“We counted twice,” Ortiz said.",
        ])
    }

    @Test func theTemplateKeepsAQuestionMarkAndAPeriodOutsideTheQuote() {
        let fixed = ["“Why now?”", "“We counted twice”."].map { quote -> String in
            let text = "The council met.\n\n\(quote)"
            let analysis = AnalysisHost().analyze(text, format: .plainText)
            guard let fix = analysis.findings.first(where: { $0.rule == Self.rule })?.fixes.first else { return "no fix" }
            return apply(fix, to: text)
        }
        #expect(fixed == ["The council met.\n\n“Why now?” SPEAKER said.", "The council met.\n\n“We counted twice”, SPEAKER said."])
    }

    @Test func canBeSwitchedOffAndReseveritied() {
        let off = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["rules": ["unattributed-quote": "off"]])])
        assertFindings(Self.rule, "The council met.\n\n“We counted twice.”", [], settings: off)
        let error = AnalysisSettings(layers: [SettingsLayer(source: .editor, values: ["rules": ["unattributed-quote": "error"]])])
        let analysis = AnalysisHost().analyze("The council met.\n\n“We counted twice.”", format: .plainText, settings: error)
        #expect(analysis.findings.filter { $0.rule == Self.rule }.map(\.severity) == [.error])
    }

    /// `text` with the fix's edits applied, last first so earlier offsets stay valid.
    private func apply(_ fix: Fix, to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in fix.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
