import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// Hover and inlay hints for time expressions.
struct TimeNavigationTests {
    static let draft = """
        BEIJING, Sept. 3, 2025 (Reuters) — Putin said on Monday that talks would resume next week.
        """

    @Test func inlayHintsFollowRelativeExpressions() {
        let analysis = AnalysisHost().analyze(Self.draft, format: .plainText)
        let hints = analysis.inlayHints(in: 0..<analysis.text.count)
        #expect(hints.map(\.label) == ["⟨Sept. 1, 2025⟩", "⟨the week of Sept. 8, 2025⟩"])
        #expect(analysis.text(0..<hints[0].offset).hasSuffix("on Monday"))
        #expect(hints[0].tooltip == "Resolved against Sept. 3, 2025, the dateline.")
    }

    @Test func noHintsWithoutAnAnchor() {
        let analysis = AnalysisHost().analyze("Putin said on Monday that talks would resume.", format: .plainText)
        #expect(analysis.inlayHints(in: 0..<analysis.text.count).isEmpty)
    }

    @Test func hoverSaysWhatItResolvesToAndWhy() throws {
        let marked = MarkedText("BEIJING, Sept. 3, 2025 (Reuters) — Putin said on Mon1️⃣day that talks would resume.")
        let analysis = AnalysisHost().analyze(marked.text, format: .plainText)
        let hover = try #require(analysis.hover(at: marked["1️⃣"]))
        #expect(analysis.text(hover.range) == "Monday")
        #expect(hover.markdown.hasPrefix("**Monday** → **Sept. 1, 2025** (`2025-09-01`), a Monday"))
        #expect(hover.markdown.contains("Resolved against **Sept. 3, 2025**, the dateline (“BEIJING, Sept. 3, 2025 (Reuters) —”)."))
        #expect(hover.markdown.contains("The clause reports the past, so it is the latest one on or before that day."))
    }

    @Test func hoverExplainsWhatIsMissing() throws {
        let marked = MarkedText("Putin said on 1️⃣Monday that talks would resume.")
        let analysis = AnalysisHost().analyze(marked.text, format: .plainText)
        let hover = try #require(analysis.hover(at: marked["1️⃣"]))
        #expect(hover.markdown.hasPrefix("**Monday** cannot be placed."))
        #expect(hover.markdown.contains("The draft has no publication date to count from"))
    }

    @Test func timesCountedFromAnEarlierOneSayFromWhat() throws {
        let marked = MarkedText("The mine closed in 2001. 1️⃣Two years later, the town emptied.")
        let analysis = AnalysisHost().analyze(marked.text, format: .plainText)
        let hover = try #require(analysis.hover(at: marked["1️⃣"]))
        #expect(hover.markdown == "**Two years later** → **2003** (`2003`)\n\nCounted from “2001”, the time named before it.")
        let hints = analysis.inlayHints(in: 0..<analysis.text.count)
        #expect(hints.map(\.label) == ["⟨2003⟩"])
        #expect(hints.first?.tooltip == "Counted from “2001”.")
    }

    @Test func hoverOnAnAbsoluteDateNamesItsWeekday() throws {
        let marked = MarkedText("The deal closed on 1️⃣Sept. 3, 2025.")
        let analysis = AnalysisHost().analyze(marked.text, format: .plainText)
        let hover = try #require(analysis.hover(at: marked["1️⃣"]))
        #expect(hover.markdown == "**Sept. 3, 2025** (`2025-09-03`), a Wednesday")
    }
}
