import CopydeskAnalysis
import CopydeskText
import Testing

/// Time recognition on word soup: every combination of the words its patterns look ahead and behind for, cut
/// off at any point, must neither trap nor produce a range outside the draft.
struct TimeRobustnessTests {
    static let vocabulary = [
        "Sept.", "Sept", "3", "3,", "2025", "2025,", "Wednesday", "Wednesday,", "Wednesday’s", "last", "next", "this",
        "the", "of", "week", "weeks", "year", "year's", "ago", "earlier", "a", "two", "nineteen", "ninety-six", "third",
        "quarter", "third-quarter", "fiscal", "in", "recent", "coming", "the", "end", "at", "3:30", "p.m.", "noon",
        "EST", "Q3", "mid-1990s", "’90s", "1990s", "9/3/2025", "2025-09-03", "2025-13-45", "31", "Feb.", "29",
        "—", "(AP)", "BEIJING,", "_", "May", "March", "fall", "winter", "Thanksgiving", "New", "Year’s", "Day", ".", ",",
        "999999999999", "0", "1-2", "2020-2021", "yesterday", "tonight", "morning", "night", "o'clock", "day", "before",
    ]

    /// A deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func wordSoupNeverTraps(seed: UInt64) {
        var generator = Generator(state: seed)
        var draft = ""
        for _ in 0..<400 {
            let length = generator.next(14) + 1
            var words: [String] = []
            for _ in 0..<length { words.append(Self.vocabulary[generator.next(Self.vocabulary.count)]) }
            draft += words.joined(separator: " ") + (generator.next(3) == 0 ? "\n\n" : " ")
        }
        for anchor in [nil, "2025-09-03", "2024-02-29", "2025-01-01"] {
            var settings = AnalysisSettings()
            settings.publicationDateOverride = anchor.flatMap { CivilDate(iso: $0) }
            settings.flagVagueTimes = true
            let analysis = AnalysisHost().analyze(draft, format: .plainText, settings: settings)
            let count = analysis.text.count
            #expect(analysis.times.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= count && !$0.range.isEmpty })
            #expect(analysis.findings.allSatisfy { $0.range.upperBound <= count })
            _ = analysis.inlayHints(in: 0..<count)
            for time in analysis.times.prefix(50) { _ = analysis.hover(at: time.range.lowerBound) }
        }
    }

    @Test func truncatedDraftsNeverTrap() {
        let draft = "BEIJING, Sept. 3, 2025 (Reuters) — Putin said on Wednesday, Sept. 3, at 3:30 p.m. EST that talks would resume the third quarter of nineteen ninety-six."
        let bytes = Array(draft.utf8)
        for end in 0...bytes.count {
            let analysis = AnalysisHost().analyze(Array(bytes[0..<end]), format: .plainText, settings: AnalysisSettings())
            #expect(analysis.times.allSatisfy { $0.range.upperBound <= end })
        }
    }
}
