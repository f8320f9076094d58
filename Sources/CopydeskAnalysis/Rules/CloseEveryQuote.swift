import CopydeskText

/// Finds opening quote marks that are never closed.
///
/// A quote may run on over a paragraph break without a closing mark, but only when the next paragraph opens with a
/// quote mark; otherwise the reader cannot tell where the speaker stops. Single marks that pair with nothing are
/// read as apostrophes (`the Joneses’ house`), so only double marks (and guillemets) are reported.
///
/// Fix: close the quote where it ends: before its attribution when a closing mark was dropped there
/// (`"I understand, she said. "But …"`), else at the end of its paragraph.
struct CloseEveryQuote: Rule {
    static let id = "unbalanced-quote"
    static let defaultSeverity = Severity.warning
    static let summary = "An opening quote mark that is never closed."
    static let explanation = """
        Every opening quote mark needs a closing one, or the reader cannot tell where the quoted words end. A quote \
        that runs on into the next paragraph leaves its paragraph open and opens the next one with a quote mark; \
        any other open quote is a mark lost in editing. Close it where the speaker's words end.
        """
    static let example = """
        Flagged:  “We will rebuild the bridge, the mayor said.
        Fixed:    “We will rebuild the bridge,” the mayor said.
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for quote in analysis.quotes where !quote.isClosed {
            guard let part = quote.parts.last, part.lowerBound < analysis.text.count else { continue }
            let markLength = UTF8Bytes.scalarLength(leadByte: analysis.text[part.lowerBound])
            let mark = part.lowerBound..<min(part.upperBound, part.lowerBound + markLength)
            let closing = analysis.closingMark(for: analysis.text(mark))
            let fix = Fix(title: Self.fixTitle(closing), edits: [TextEdit(range: part.upperBound..<part.upperBound, replacement: closing)])
            findings.append(finding(Self.message(analysis.openingWords(of: quote, limit: 5)), at: mark, fixes: [fix]))
        }
        return findings
    }

    // MARK: Messages

    static func message(_ opening: String) -> String {
        "The quote \(opening) is never closed; close it where the speaker’s words end, or open the next paragraph with a quote mark if it runs on."
    }

    static func fixTitle(_ closing: String) -> String {
        "Close the quote with \(closing)"
    }
}
