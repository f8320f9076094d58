import CopydeskAnalysis
import CopydeskJSON
import CopydeskProtocol
import CopydeskText
import Testing

@testable import CopydeskServer

/// The checks that keep code actions from applying a fix where it no longer fits.
struct CodeActionFixTests {
    static let text = "Sales “rose” 4 percent.\n"
    static let snapshot = DocumentEditTests.snapshot(text, .utf16)
    static let analysis = AnalysisHost().analyze(text, format: .markdown)

    /// A diagnostic carrying a fix that replaces the curly-quoted word (UTF-16 columns 6–12).
    static func diagnostic(version: Int = 1, oldText: String = "“rose”", data: JSONValue? = nil) -> Diagnostic {
        let range = LSPRange(start: Position(line: 0, character: 6), end: Position(line: 0, character: 12))
        let payload = FixPayload(
            version: version, rule: "some-rule", flagged: "“rose”",
            fixes: [.init(title: "Use straight quotes", preferred: true, edits: [.init(range: range, newText: "\"rose\"", oldText: oldText)])]
        )
        return Diagnostic(range: range, source: "copydesk", message: "m", data: data ?? payload.json)
    }

    @Test func writesThePayloadAsItsCodableFormAndReadsItBack() throws {
        let payload = try #require(FixPayload(json: Self.diagnostic().data))
        #expect(try JSONValueEncoder().encode(payload) == payload.json)
        #expect(FixPayload(json: payload.json) == payload)
    }

    @Test func offersAFixWhoseVersionAndTextStillMatch() {
        let fixes = LanguageServer.fixes(for: Self.diagnostic(), in: Self.snapshot, Self.analysis)
        #expect(fixes.map(\.title) == ["Use straight quotes"])
        #expect(fixes.first?.edits.first?.newText == "\"rose\"")
    }

    @Test func dropsAFixWhoseTextChangedOrWhoseVersionMovedOnAndWhoseFindingIsGone() {
        #expect(LanguageServer.fixes(for: Self.diagnostic(oldText: "“fell”"), in: Self.snapshot, Self.analysis).isEmpty)
        #expect(LanguageServer.fixes(for: Self.diagnostic(version: 7), in: Self.snapshot, Self.analysis).isEmpty)
    }

    static let garbage: [JSONValue] = [
        nil, "junk", 5, [1, 2], ["version": "1"], ["version": 1, "rule": "r", "flagged": "f"],
        ["version": 1, "rule": "r", "flagged": "f", "fixes": [["title": 1, "preferred": true, "edits": []]]],
        ["version": 1, "rule": "r", "flagged": "f", "fixes": .array(Array(repeating: ["title": "t", "preferred": false, "edits": []], count: 17))],
    ]

    @Test(arguments: garbage.indices)
    func ignoresDataThatDidNotComeFromCopydesk(index: Int) {
        #expect(FixPayload(json: Self.garbage[index]) == nil)
        let diagnostic = Diagnostic(range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 1)), source: "copydesk", message: "m", data: Self.garbage[index])
        #expect(LanguageServer.fixes(for: diagnostic, in: Self.snapshot, Self.analysis).isEmpty)
    }

    @Test func readsOtherServersDiagnosticsLeniently() throws {
        let json: JSONValue = [
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 1]], "message": "x", "code": 42,
            "severity": "bad", "tags": "none", "relatedInformation": 3,
        ]
        let diagnostic = try JSONValueDecoder().decode(Diagnostic.self, from: json)
        #expect(diagnostic.code == "42")
        #expect(diagnostic.severity == nil && diagnostic.tags == nil && diagnostic.relatedInformation == nil)
    }
}

extension CodeActionFixTests {
    @Test func aFindingWithoutFixesCarriesNoData() {
        let finding = Finding(rule: "some-rule", severity: .warning, message: "m", range: 0..<5)
        let diagnostic = Self.snapshot.diagnostic(for: finding, settings: AnalysisSettings())
        #expect(diagnostic.data == nil)
        #expect(diagnostic.jsonValue["data"] == nil)
        #expect(diagnostic.code == "some-rule" && diagnostic.source == "copydesk" && diagnostic.severity == .warning)
    }

    @Test func theRuleLinkFollowsTheConfiguredDocumentation() {
        let finding = Finding(rule: "some-rule", severity: .warning, message: "m", range: 0..<5)
        var settings = AnalysisSettings()
        #expect(Self.snapshot.diagnostic(for: finding, settings: settings).codeDescription?.href == CopydeskInfo.documentationURL + "#some-rule")
        settings.rulesDocumentation = "https://desk.example/copydesk/rules.html"
        #expect(Self.snapshot.diagnostic(for: finding, settings: settings).codeDescription?.href == "https://desk.example/copydesk/rules.html#some-rule")
        settings.rulesDocumentation = ""
        #expect(Self.snapshot.diagnostic(for: finding, settings: settings).codeDescription == nil)
    }
}
