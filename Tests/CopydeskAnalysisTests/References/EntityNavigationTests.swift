import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// Hover, definition, references, rename and symbols on entities.
struct EntityNavigationTests {
    static var draft: MarkedText { MarkedText("""
        Harbor Board Chairman 1️⃣Teodor Vance called the vote on Tuesday.

        “We will sell the pier,” 2️⃣Vance said. The chairman added that 3️⃣he expected bids by May.
        """) }

    static var analysis: DraftAnalysis { AnalysisHost().analyze(draft.text, format: .plainText) }

    @Test func definitionJumpsToTheFirstReference() {
        let range = Self.analysis.definition(at: Self.draft["2️⃣"])
        #expect(range?.lowerBound == Self.draft["1️⃣"])
    }

    @Test func referencesListEveryMention() {
        let ranges = Self.analysis.references(at: Self.draft["3️⃣"])
        #expect(ranges.count == 4)
        #expect(ranges.first?.lowerBound == Self.draft["1️⃣"])
    }

    @Test func hoverShowsTheEntityCard() {
        let hover = Self.analysis.hover(at: Self.draft["2️⃣"])
        let markdown = hover?.markdown ?? ""
        #expect(markdown.hasPrefix("**Teodor Vance** · person"))
        #expect(markdown.contains("In this draft: Harbor Board Chairman"))
        #expect(markdown.contains("Introduced on line 1: “Teodor Vance”"))
        #expect(markdown.contains("Mentioned 4 times"))
        #expect(markdown.contains("“We will sell the pier,”"))
    }

    @Test func hoverKeepsAHardWrappedNameAndQuoteOnOneLine() {
        let text = "The harbor board chairman said on Tuesday that the ferry to the islands would now stop at Teodor\nVance Pier. “We will sell the\npier,” Teodor Vance said."
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let offset = text.utf8.count - 10
        let markdown = analysis.hover(at: offset)?.markdown ?? ""
        #expect(markdown.contains("- “We will sell the pier,”"))
        let pier = analysis.entities.first { $0.name.hasSuffix("Pier") }
        #expect(pier.map { analysis.hover(at: $0.mentions[0].range.lowerBound)?.markdown.contains("“Teodor Vance Pier”") } == true)
    }

    @Test func hoverOnAKnownNameHasOneHeading() {
        let draft = MarkedText("Russian President 1️⃣Vladimir Putin spoke in Beijing on Sept. 3, 2025.")
        let markdown = AnalysisHost().analyze(draft.text, format: .plainText).hover(at: draft["1️⃣"])?.markdown ?? ""
        #expect(markdown.hasPrefix("**Vladimir Putin** · person"))
        #expect(markdown.components(separatedBy: "**Vladimir Putin**").count == 2)
        #expect(markdown.contains("Source: "))
    }

    @Test func renameChangesEveryNameMention() {
        let analysis = Self.analysis
        let edits = analysis.renameEdits(at: Self.draft["2️⃣"], to: "Teodor Vancic") ?? []
        #expect(edits.map(\.replacement) == ["Teodor Vancic", "Vancic"])
        #expect(edits.first?.range.lowerBound == Self.draft["1️⃣"])
    }

    @Test func symbolsListPeopleOrganizationsAndPlaces() {
        let symbols = Self.analysis.symbols().filter { $0.kind == .person }
        #expect(symbols.map(\.name) == ["Teodor Vance"])
    }

    @Test func hoverAddsWhatKnowledgeSaysWithSourceAndDate() {
        let text = MarkedText("Russian President Vladimir Putin met leaders of the Shanghai Cooperation Organization (SCO) in Tianjin. 1️⃣Putin spoke first.")
        let analysis = AnalysisHost().analyze(text.text, format: .plainText)
        let markdown = analysis.hover(at: text["1️⃣"])?.markdown ?? ""
        #expect(markdown.hasPrefix("**Vladimir Putin** · person"))
        #expect(markdown.contains("In this draft: Russian President"))
        #expect(markdown.contains("Source:"))
        #expect(markdown.contains("as of"))
        let kinds = Dictionary(analysis.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Shanghai Cooperation Organization"] == .organization)
        #expect(kinds["Tianjin"] == .place)
    }
}
