/// Builds the entity ledger: every mention joined to the entity it refers to.
///
/// The pass reads the mention candidates cached with each paragraph, places them in the draft and links them
/// with `EntityLedger`; the result is `analysis.entities` in order of first mention, each with its mentions in
/// document order, and `analysis.unresolvedReferences` for pronouns and descriptions that mean nobody.
///
/// Typing usually moves offsets without changing what any paragraph mentions, so the pass keeps its last few
/// ledgers (`LedgerCache`) and, when every paragraph's mention digest matches, only re-places the mentions.
enum EntityPass {
    static func run(_ analysis: inout DraftAnalysis) {
        let knownAcronyms = ReferenceLexicon.knownAcronyms.union(analysis.settings.knownAcronyms)
        let key = LedgerCache.Key(
            paragraphs: signatures(analysis.paragraphs),
            context: contextDigest(analysis, knownAcronyms: knownAcronyms)
        )
        if var ledger = LedgerCache.shared.ledger(for: key, paragraphs: analysis.paragraphs) {
            place(&ledger.items, in: analysis.paragraphs)
            ledger.knowledge = EntityKnowledge(analysis.knowledge)
            finish(ledger, into: &analysis)
            return
        }
        var items: [LedgerItem] = []
        var midSentenceNames: Set<String> = []
        var lowercaseWords: Set<String> = []
        let display = displayFlags(analysis.paragraphs)
        for paragraph in analysis.paragraphs {
            let facts = paragraph.facts.mentionFacts
            midSentenceNames.formUnion(facts.midSentenceNames)
            lowercaseWords.formUnion(facts.lowercaseWords)
            for (index, candidate) in facts.candidates.enumerated() {
                var item = LedgerItem(
                    candidate: candidate,
                    range: paragraph.absolute(candidate.range),
                    titleRange: candidate.titleRange.map(paragraph.absolute),
                    pairedRange: candidate.pairedForm.map(paragraph.absolute),
                    paragraph: paragraph.index,
                    isHeading: display[paragraph.index]
                )
                item.source = (paragraph.index, index)
                items.append(item)
            }
        }
        var ledger = EntityLedger(
            items: items,
            knowledge: EntityKnowledge(analysis.knowledge),
            knownAcronyms: knownAcronyms,
            midSentenceNames: midSentenceNames,
            lowercaseWords: lowercaseWords
        )
        ledger.build()
        ledger.settle(text: analysis.text)
        LedgerCache.shared.store(ledger, for: key, paragraphs: analysis.paragraphs)
        finish(ledger, into: &analysis)
    }

    private static func finish(_ ledger: EntityLedger, into analysis: inout DraftAnalysis) {
        let (entities, unresolved) = ledger.finished(text: analysis.text)
        analysis.entities = entities
        analysis.unresolvedReferences = unresolved
    }

    /// Moves every item to where its candidate now stands in the draft.
    private static func place(_ items: inout [LedgerItem], in paragraphs: [Paragraph]) {
        for index in items.indices {
            let (paragraphIndex, candidateIndex) = items[index].source
            let paragraph = paragraphs[paragraphIndex]
            let candidate = paragraph.facts.mentionFacts.candidates[candidateIndex]
            items[index].range = paragraph.absolute(candidate.range)
            items[index].titleRange = candidate.titleRange.map(paragraph.absolute)
            items[index].pairedRange = candidate.pairedForm.map(paragraph.absolute)
        }
    }

    /// Each paragraph's mention digest combined with whether it reads as display text.
    private static func signatures(_ paragraphs: [Paragraph]) -> [Int] {
        let display = displayFlags(paragraphs)
        return paragraphs.map { paragraph in
            paragraph.facts.mentionFacts.signature &* 2 &+ (display[paragraph.index] ? 1 : 0)
        }
    }

    private static func contextDigest(_ analysis: DraftAnalysis, knownAcronyms: Set<String>) -> Int {
        var hasher = Hasher()
        hasher.combine(analysis.knowledge.revision)
        hasher.combine(knownAcronyms)
        return hasher.finalize()
    }

    /// Whether each paragraph is a headline, deck or label before the body, where short forms are house style.
    static func displayFlags(_ paragraphs: [Paragraph]) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(paragraphs.count)
        var beforeBody = true
        for paragraph in paragraphs {
            let isDisplay = paragraph.block.isHeading || beforeBody && isDisplayLength(paragraph.facts, first: paragraph.index == 0)
            if !paragraph.block.isHeading, !isDisplay { beforeBody = false }
            flags.append(isDisplay)
        }
        return flags
    }

    /// Whether a paragraph is short enough to be a headline, deck or label (`ABSTRACT.`) rather than body copy.
    /// The draft's first block is read as a headline with its deck when it is short.
    static func isDisplayLength(_ facts: ParagraphFacts, first: Bool) -> Bool {
        let words = facts.mentionFacts.wordCount
        if first { return words <= 25 && facts.sentences.count <= 2 }
        return words <= 14 && facts.sentences.count <= 1
    }
}
