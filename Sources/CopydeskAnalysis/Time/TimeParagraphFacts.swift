import CopydeskText

/// The time expressions one paragraph contains, read from its text alone (paragraph-relative UTF-8 offsets).
///
/// Nothing here depends on the publication date, so the facts are cached with the paragraph; `TimePass` resolves
/// the mentions against the draft's anchor on every analysis, which is cheap.
public struct TimeParagraphFacts: Sendable {
    /// Every time expression, in order.
    public var mentions: [TimeMention] = []
    /// The dateline the paragraph opens with, if any.
    public var dateline: Dateline?
    /// The first verb of the paragraph's first sentence that reports a past event (`voted`), for the lede check.
    public var firstPastEvent: Range<Int>?

    public init() {}

    /// Reads the time facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> TimeParagraphFacts {
        var result = TimeParagraphFacts()
        guard !facts.tokens.isEmpty else { return result }
        let recognizer = TimeRecognizer(bytes: facts.bytes, tokens: facts.tokens)
        let sentences = tokenRanges(of: facts.sentences, in: facts.tokens)
        result.mentions = recognizer.mentions(sentences: sentences)
        guard facts.kind == .paragraph else { return result }
        result.dateline = Dateline.read(recognizer)
        if let first = sentences.first {
            var start = first.lowerBound
            if let dateline = result.dateline {
                while start < first.upperBound, facts.tokens[start].range.lowerBound < dateline.range.upperBound { start += 1 }
            }
            let tenses = TenseReader(bytes: facts.bytes, tokens: facts.tokens)
            result.firstPastEvent = tenses.firstPastEvent(in: start..<first.upperBound).map { facts.tokens[$0].range }
        }
        return result
    }

    /// The token index ranges of sentences given as byte ranges; tokens between sentences join the one before.
    static func tokenRanges(of sentences: [Range<Int>], in tokens: [Token]) -> [Range<Int>] {
        guard !sentences.isEmpty else { return [0..<tokens.count] }
        var ranges: [Range<Int>] = []
        var index = 0
        for (number, sentence) in sentences.enumerated() {
            let start = index
            let isLast = number == sentences.count - 1
            while index < tokens.count, isLast || tokens[index].range.lowerBound < sentence.upperBound { index += 1 }
            ranges.append(start..<index)
        }
        return ranges
    }
}
