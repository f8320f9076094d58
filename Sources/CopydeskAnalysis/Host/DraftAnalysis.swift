import CopydeskKnowledge
import CopydeskText

/// The complete analysis of one draft: its structure, quotes, entities, times and findings.
///
/// Every range is a UTF-8 byte range of `text` (end exclusive). DraftAnalysis does no IO and knows nothing of
/// LSP; the server and the CLI convert it to their own terms.
public struct DraftAnalysis: Sendable {
    /// The draft as analysed, in UTF-8.
    public let text: [UInt8]
    /// Its front matter, prose and blocks.
    public let structure: DraftStructure
    /// The settings in force, including the draft's own front matter settings.
    public let settings: AnalysisSettings
    /// The knowledge in force.
    public let knowledge: KnowledgeBase
    /// The draft's paragraphs (every block, headings included) in order.
    public let paragraphs: [Paragraph]
    /// The entity ledger: everyone and everything the draft mentions.
    public internal(set) var entities: [Entity] = []
    /// References that join no entity: a pronoun or description with nobody for it to mean.
    public internal(set) var unresolvedReferences: [Mention] = []
    /// Every quotation, in order.
    public internal(set) var quotes: [Quote] = []
    /// Every time expression, in order.
    public internal(set) var times: [TimeExpression] = []
    /// The publication date relative times resolve against, if the draft has one.
    public internal(set) var anchor: DateAnchor?
    /// The findings of every enabled rule, in document order, with configured severities.
    public internal(set) var findings: [Finding] = []

    init(text: [UInt8], structure: DraftStructure, settings: AnalysisSettings, knowledge: KnowledgeBase, paragraphs: [Paragraph]) {
        self.text = text
        self.structure = structure
        self.settings = settings
        self.knowledge = knowledge
        self.paragraphs = paragraphs
    }

    /// The draft text of `range`.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: text[range.clamped(to: 0..<text.count)], as: UTF8.self)
    }

    /// The index of the paragraph containing draft offset `offset`, if any.
    public func paragraphIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = paragraphs[mid].block.range
            if offset < range.lowerBound {
                high = mid - 1
            } else if offset >= range.upperBound {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }
}
