import CopydeskAnalysis
import CopydeskText

/// Quotes described in one line each, so tests can compare what a draft's analysis found with what a reader sees:
/// `“We’ll see,” | direct | Putin | cue`, parts joined by ` … `, and `-` for no speaker.
enum QuoteSummary {
    /// The summaries of every quote in `text` read as plain text.
    static func lines(_ text: String, settings: AnalysisSettings = AnalysisSettings()) -> [String] {
        let analysis = AnalysisHost().analyze(text, format: .plainText, settings: settings)
        return analysis.quotes.map { line($0, in: analysis) }
    }

    /// The summary of one quote.
    static func line(_ quote: Quote, in analysis: DraftAnalysis) -> String {
        let words = quote.parts.map { analysis.text($0) }.joined(separator: " … ")
        let speaker = quote.speaker.map { analysis.text($0.range) + " | " + $0.credit.rawValue } ?? "-"
        return "\(words) | \(quote.kind.rawValue) | \(speaker)"
    }
}
