import CopydeskText

/// Finds quoted speech that nobody in the draft is credited with, and offers to credit it.
///
/// A quote needs a speaker in its own sentence (`“…,” Putin said`, `Putin said: “…”`), in an earlier quote or
/// speech cue of its paragraph, in a colon lead-in (`Caddell continued:`), or in an earlier paragraph of the same
/// multi-paragraph quote. A new paragraph that is only a quote is uncredited even if the paragraph before
/// paraphrased someone: that is how an attribution falls out in editing. Scare quotes, titles, slogans and words as
/// words are not speech and need no speaker; quotes in headlines and subheads (a few words with no closing
/// punctuation) are credited in the story.
///
/// Fixes: insert a `, SPEAKER said.` template after the quote, and, when a speaker was named nearby, credit them.
struct AttributeDirectQuotes: Rule {
    static let id = "unattributed-quote"
    static let defaultSeverity = Severity.warning
    static let summary = "A quote of speech that nobody in the draft is credited with."
    static let explanation = """
        Every quote needs a speaker the reader can see: in the quote's own sentence ("…," Putin said), in the \
        paragraph that leads into it, or earlier in the same quote. A paragraph that is only a quote, with nobody \
        credited in it, reads as unattributed even when the paragraph before paraphrased someone; that is usually \
        an attribution lost in editing. Add who said it. Scare quotes, titles and slogans are not speech and are not \
        flagged; a newsroom can add its own speech verbs with the `speechVerbs` setting.
        """
    static let example = """
        Flagged:  The mayor defended the budget. ¶ “We cut what we could.”
        Fixed:    The mayor defended the budget. ¶ “We cut what we could,” she said.
        (¶ marks a paragraph break.)
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for quote in analysis.quotes where quote.isSpeech && quote.speaker == nil {
            guard let paragraph = analysis.paragraphIndex(containing: quote.range.lowerBound),
                !analysis.paragraphs[paragraph].readsAsHeadline
            else { continue }
            let range = quote.parts.first ?? quote.range
            var fixes: [Fix] = []
            if let template = attributionEdits(for: quote, speaker: Self.placeholder, in: analysis) {
                fixes.append(Fix(title: Self.templateTitle, edits: template))
            }
            if let nearby = analysis.nearbySpeaker(before: quote.range.lowerBound) {
                let short = analysis.shortForm(of: nearby.name, entityID: nearby.entityID)
                if let edits = attributionEdits(for: quote, speaker: short, in: analysis) {
                    fixes.append(Fix(title: Self.attributeTitle(nearby.name), edits: edits))
                }
            }
            findings.append(finding(Self.message(analysis.openingWords(of: quote)), at: range, fixes: fixes))
        }
        return findings
    }

    /// The edits that credit `quote` to `speaker` after its closing mark, in news style: `“We won.”` becomes
    /// `“We won,” SPEAKER said.`; `“Why?”` becomes `“Why?” SPEAKER said.`; `“We won”.` becomes `“We won”, SPEAKER said.`
    /// Nil for a quote that is not closed.
    private func attributionEdits(for quote: Quote, speaker: String, in analysis: DraftAnalysis) -> [TextEdit]? {
        guard quote.isClosed, let part = quote.parts.last, part.count >= 2 else { return nil }
        let text = analysis.text
        let markStart = UTF8Bytes.characterBoundary(in: text, atOrBefore: part.upperBound - 1)
        guard markStart > part.lowerBound else { return nil }
        let before = text[markStart - 1]
        let after = part.upperBound < text.count ? text[part.upperBound] : nil
        switch before {
        case UInt8(ascii: "."):
            return [
                TextEdit(range: (markStart - 1)..<markStart, replacement: ","),
                TextEdit(range: part.upperBound..<part.upperBound, replacement: " \(speaker) said."),
            ]
        case UInt8(ascii: "?"), UInt8(ascii: "!"):
            return [TextEdit(range: part.upperBound..<part.upperBound, replacement: " \(speaker) said.")]
        case UInt8(ascii: ","):
            return [TextEdit(range: part.upperBound..<part.upperBound, replacement: " \(speaker) said")]
        default:
            let ending = after == UInt8(ascii: ".") || after == UInt8(ascii: ",") ? "" : "."
            return [TextEdit(range: part.upperBound..<part.upperBound, replacement: ", \(speaker) said\(ending)")]
        }
    }

    // MARK: Messages

    static let placeholder = "SPEAKER"
    static let templateTitle = "Add “, SPEAKER said.”"

    static func attributeTitle(_ name: String) -> String {
        "Attribute to \(name)"
    }

    static func message(_ opening: String) -> String {
        "No one is credited with the quote \(opening); say who said it."
    }
}
