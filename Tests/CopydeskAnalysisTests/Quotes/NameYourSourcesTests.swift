import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// `vague-attribution`: faceless sourcing, off unless a newsroom switches it on.
struct NameYourSourcesTests {
    static let rule = "vague-attribution"
    static let on = AnalysisSettings(layers: [SettingsLayer(source: .configFile(path: ".copydesk.json"), values: ["rules": ["vague-attribution": true]])])

    /// Each case: a marked draft and the messages expected at its markers with the rule on.
    static let cases: [(String, [FindingExpectation])] = [
        ("1️⃣Sources said the deal was off.", [FindingExpectation("1️⃣", "“Sources said” does not say who is speaking; name the source, or say why they cannot be named.")]),
        ("The plan, 1️⃣critics say, favors developers.", [FindingExpectation("1️⃣", "“critics say”", prefix: true)]),
        ("The move was seen by 1️⃣some observers as a retreat.", [FindingExpectation("1️⃣", "“some observers”", prefix: true)]),
        ("1️⃣It is believed the ferry will close.", [FindingExpectation("1️⃣", "“It is believed”", prefix: true)]),
        ("The mayor will resign, 1️⃣according to sources.", [FindingExpectation("1️⃣", "“according to sources”", prefix: true)]),
        ("The deal is off, 1️⃣people familiar with the talks said.", [FindingExpectation("1️⃣", "“people familiar with”", prefix: true)]),
        ("1️⃣A senior official said the talks had stalled.", [FindingExpectation("1️⃣", "“A senior official said”", prefix: true)]),
        // Named sources are not vague.
        ("Harbor authority sources said the deal was off.", []),
        ("U.S. officials said the deal was off.", []),
        ("Critics of the plan, led by council member Ana Ruiz, said it favors developers.", []),
        ("People said the ferry was late.", []),
        ("It is expected to rain.", []),
    ]

    @Test(arguments: cases.indices)
    func flagsFacelessSourcingWhenSwitchedOn(index: Int) {
        let (text, expected) = Self.cases[index]
        assertFindings(Self.rule, text, expected, settings: Self.on)
    }

    @Test func isOffByDefault() {
        assertFindings(Self.rule, "Sources said the deal was off.", [])
    }

    @Test func reportsAtInformationSeverity() {
        let analysis = AnalysisHost().analyze("Sources said the deal was off.", format: .plainText, settings: Self.on)
        #expect(analysis.findings.filter { $0.rule == Self.rule }.map(\.severity) == [.information])
    }
}
