import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// A time expression a test expects at a marker: its words and its TIMEX3 value (nil when it cannot be placed).
struct TimeExpectation: CustomStringConvertible, Sendable {
    var marker: String
    var text: String
    var value: String?

    init(_ marker: String, _ text: String, _ value: String?) {
        self.marker = marker
        self.text = text
        self.value = value
    }

    var description: String { "\(marker) \(text) = \(value ?? "nil")" }

    /// Settings with the publication date given as `--date` would.
    static func settings(anchor: String?) -> AnalysisSettings {
        var settings = AnalysisSettings()
        settings.publicationDateOverride = anchor.flatMap { CivilDate(iso: $0) }
        return settings
    }
}

/// Analyses a marked snippet and checks the time expression starting at each marker; `exhaustive` also fails on
/// expressions no marker expects.
func assertTimes(
    _ marked: String, anchor: String? = "2025-09-03", _ expected: [TimeExpectation], exhaustive: Bool = true,
    format: DraftFormat = .plainText, weekStartsOnSunday: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
) {
    let snippet = MarkedText(marked)
    var settings = TimeExpectation.settings(anchor: anchor)
    settings.weekStartsOnSunday = weekStartsOnSunday
    let analysis = AnalysisHost().analyze(Array(snippet.text.utf8), format: format, settings: settings)
    var unmatched = analysis.times
    for expectation in expected {
        let offset = snippet[expectation.marker]
        guard let index = unmatched.firstIndex(where: { $0.range.lowerBound == offset }) else {
            let found = analysis.times.map { "\(analysis.text($0.range))=\($0.value ?? "nil")" }
            Issue.record("no time expression at \(expectation); found \(found)", sourceLocation: sourceLocation)
            continue
        }
        let time = unmatched.remove(at: index)
        #expect(analysis.text(time.range) == expectation.text, "\(expectation)", sourceLocation: sourceLocation)
        #expect(time.value == expectation.value, "\(expectation)", sourceLocation: sourceLocation)
    }
    if exhaustive {
        for time in unmatched {
            Issue.record("unexpected time “\(analysis.text(time.range))” = \(time.value ?? "nil")", sourceLocation: sourceLocation)
        }
    }
}
