/// Builds the entity ledger: every mention joined to the entity it refers to.
///
/// The pass reads the mention candidates cached with each paragraph, places them in the draft and links them
/// with `EntityLedger`; the result is `analysis.entities` in order of first mention, each with its mentions in
/// document order, and `analysis.unresolvedReferences` for pronouns and descriptions that mean nobody.
enum EntityPass {
    static func run(_ analysis: inout DraftAnalysis) {
        var items: [LedgerItem] = []
        var midSentenceNames: Set<String> = []
        var lowercaseWords: Set<String> = []
        var beforeBody = true
        for paragraph in analysis.paragraphs {
            let facts = paragraph.facts.mentionFacts
            // Headlines, decks and kickers before the first body paragraph use short forms by house style.
            let isDisplay = paragraph.block.isHeading || beforeBody && isDisplayLength(paragraph.facts, first: paragraph.index == 0)
            if !paragraph.block.isHeading, !isDisplay { beforeBody = false }
            midSentenceNames.formUnion(facts.midSentenceNames)
            lowercaseWords.formUnion(facts.lowercaseWords)
            for candidate in facts.candidates {
                items.append(LedgerItem(
                    candidate: candidate,
                    range: paragraph.absolute(candidate.range),
                    titleRange: candidate.titleRange.map(paragraph.absolute),
                    pairedRange: candidate.pairedForm.map(paragraph.absolute),
                    paragraph: paragraph.index,
                    isHeading: isDisplay
                ))
            }
        }
        var ledger = EntityLedger(
            items: items,
            knowledge: EntityKnowledge(analysis.knowledge),
            knownAcronyms: ReferenceLexicon.knownAcronyms.union(analysis.settings.knownAcronyms),
            midSentenceNames: midSentenceNames,
            lowercaseWords: lowercaseWords
        )
        ledger.build()
        let (entities, unresolved) = ledger.finished(text: analysis.text)
        analysis.entities = entities
        analysis.unresolvedReferences = unresolved
    }

    /// Whether a paragraph is short enough to be a headline, deck or label (`ABSTRACT.`) rather than body copy.
    /// The draft's first block is read as a headline with its deck when it is short.
    static func isDisplayLength(_ facts: ParagraphFacts, first: Bool) -> Bool {
        let words = facts.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
        if first { return words <= 25 && facts.sentences.count <= 2 }
        return words <= 14 && facts.sentences.count <= 1
    }
}
