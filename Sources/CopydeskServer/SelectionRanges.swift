import CopydeskAnalysis

/// The ranges "expand selection" steps through in a draft: the word, its sentence, its paragraph, the whole draft.
///
/// Built from the analysis's own tokens, sentences and blocks, so selection follows the same segmentation the
/// rules use (a sentence ending inside a closing quote, "Mr." not ending one).
enum SelectionRanges {
    /// The UTF-8 byte ranges around `offset`, innermost first, each containing the one before.
    static func around(_ offset: Int, in analysis: DraftAnalysis) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        func add(_ range: Range<Int>) {
            guard range.lowerBound <= offset, offset <= range.upperBound else { return }
            if let inner = ranges.last {
                guard range != inner, range.lowerBound <= inner.lowerBound, inner.upperBound <= range.upperBound else { return }
            }
            ranges.append(range)
        }
        if let index = analysis.paragraphIndex(containing: offset) ?? analysis.paragraphIndex(containing: offset - 1) {
            let paragraph = analysis.paragraphs[index]
            let relative = offset - paragraph.start
            let touches: (Range<Int>) -> Bool = { $0.lowerBound <= relative && relative <= $0.upperBound }
            if let token = paragraph.facts.tokens.first(where: { touches($0.range) }) {
                add(paragraph.absolute(token.range))
            }
            if let sentence = paragraph.facts.sentences.first(where: touches) {
                add(paragraph.absolute(sentence))
            }
            add(paragraph.block.range)
        }
        add(0..<analysis.text.count)
        return ranges
    }
}
