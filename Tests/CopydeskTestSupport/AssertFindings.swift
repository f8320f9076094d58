import CopydeskAnalysis
import CopydeskText
import Testing

/// Analyses a marked snippet and checks that `rule` finds exactly the expected findings at the markers.
///
/// Findings of other rules are ignored. Each expected finding must start at its marker and carry its message;
/// unexpected findings and missing ones are both reported, with their positions in the clean text.
public func assertFindings(
    _ rule: String,
    _ marked: String,
    _ expected: [FindingExpectation],
    format: DraftFormat = .plainText,
    settings: AnalysisSettings = AnalysisSettings(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let snippet = MarkedText(marked)
    let analysis = AnalysisHost().analyze(Array(snippet.text.utf8), format: format, settings: settings)
    let actual = analysis.findings.filter { $0.rule == rule }
    var unmatched = actual
    for expectation in expected {
        let offset = snippet[expectation.marker]
        let index = unmatched.firstIndex { finding in
            finding.range.lowerBound == offset
                && (expectation.messagePrefix ? finding.message.hasPrefix(expectation.message) : finding.message == expectation.message)
        }
        if let index {
            unmatched.remove(at: index)
        } else {
            let near = actual.map { "\($0.range) \($0.message)" }.joined(separator: "; ")
            Issue.record("expected \(rule) at \(expectation) (offset \(offset)); found: [\(near)]", sourceLocation: sourceLocation)
        }
    }
    for finding in unmatched {
        let excerpt = analysis.text(finding.range)
        Issue.record("unexpected \(rule) at \(finding.range) “\(excerpt)”: \(finding.message)", sourceLocation: sourceLocation)
    }
}
