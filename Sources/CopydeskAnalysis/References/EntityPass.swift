import CopydeskText

/// Builds the entity ledger: every mention joined to the entity it refers to.
///
/// The pass reads the mention candidates cached with each paragraph, places them in the draft and links them
/// with `EntityLedger`; the result is `analysis.entities` in order of first mention, each with its mentions in
/// document order, and `analysis.unresolvedReferences` for pronouns and descriptions that mean nobody.
///
/// Typing usually moves offsets without changing what any paragraph mentions, so the pass keeps its last few
/// ledgers (`LedgerCache`) and, when every paragraph's mention digest matches, only re-places the mentions. When a
/// paragraph's candidates changed but the mentions kept from them did not (a capitalised word half typed), it
/// filters again and re-places the linked ledger it already has.
enum EntityPass {
    static func run(_ analysis: inout DraftAnalysis, ledgers: LedgerCache) {
        let knownAcronyms = ReferenceLexicon.knownAcronyms.union(analysis.settings.knownAcronyms)
        // A desk that holds headlines to body style has them read as body copy.
        let display = analysis.settings.checkHeadlineReferences
            ? Array(repeating: false, count: analysis.paragraphs.count) : displayFlags(analysis.paragraphs)
        let key = LedgerCache.Key(
            paragraphs: signatures(analysis.paragraphs, display: display),
            context: contextDigest(analysis, knownAcronyms: knownAcronyms)
        )
        if let (ledger, output) = ledgers.output(for: key, paragraphs: analysis.paragraphs) {
            (analysis.entities, analysis.unresolvedReferences) = ledger.placed(output, in: analysis.paragraphs)
            return
        }
        var items: [LedgerItem] = []
        // Sized once: doubling a large array of items would hold two copies at the peak.
        items.reserveCapacity(analysis.paragraphs.reduce(0) { $0 + $1.facts.mentionFacts.candidates.count })
        var midSentenceNames = WordHashSet()
        var foldedNames = WordHashSet()
        for paragraph in analysis.paragraphs {
            let facts = paragraph.facts.mentionFacts
            for word in facts.midSentenceNames { midSentenceNames.insert(word) }
            for word in facts.foldedNames { foldedNames.insert(word) }
            for index in facts.candidates.indices {
                items.append(LedgerItem(index: index, paragraph: paragraph, isHeading: display[paragraph.index]))
            }
        }
        let holders = lowercaseHolders(in: analysis.paragraphs)
        var lowercaseWords = WordHashSet(capacity: holders.count)
        for (word, count) in holders where count > 0 { lowercaseWords.insert(word) }
        var ledger = EntityLedger(
            items: consume items,
            sources: analysis.paragraphs.map(\.facts.mentionFacts),
            knowledge: EntityKnowledge(analysis.knowledge),
            knownAcronyms: knownAcronyms,
            midSentenceNames: midSentenceNames,
            foldedNames: foldedNames,
            lowercaseWords: lowercaseWords,
            // A headline's "man" introduces no one the body's "He" may mean.
            firstUnnamedPersonParagraph: analysis.paragraphs.first { !display[$0.index] && $0.facts.mentionFacts.hasUnnamedPerson }?.index
        )
        ledger.keepMentions()
        let mentionDigest = ledger.mentionDigest(context: key.context)
        if let (linked, output) = ledgers.linked(mentionDigest: mentionDigest) {
            // The same mentions link alike; the new filtering's lowercase questions guard the entry from now on.
            var reused = linked
            reused.lowercaseQueries = ledger.lowercaseQueries
            ledgers.store(reused, output: output, for: key, paragraphs: analysis.paragraphs, holders: holders, mentionDigest: mentionDigest)
            (analysis.entities, analysis.unresolvedReferences) = reused.placed(output, in: analysis.paragraphs)
            return
        }
        ledger.link()
        ledger.settle(text: analysis.text)
        let output = ledger.finished(in: analysis.paragraphs)
        ledgers.store(ledger, output: output, for: key, paragraphs: analysis.paragraphs, holders: holders, mentionDigest: mentionDigest)
        analysis.entities = output.entities
        analysis.unresolvedReferences = output.unresolved
    }

    /// For every word the ledger may ask about in lowercase (a one-word name opening its sentence), how many
    /// paragraphs use it in lowercase. Only those words are looked for, so the draft's vocabulary is never merged.
    private static func lowercaseHolders(in paragraphs: [Paragraph]) -> [UInt64: Int] {
        var asked = WordHashSet()
        for paragraph in paragraphs {
            let candidates = paragraph.facts.mentionFacts.candidates
            for index in candidates.indices
            where candidates[index].shape == .name && candidates[index].position.opensSentence && candidates[index].words.count == 1
                && candidates[index].title == nil
            {
                asked.insert(WordHash.of(candidates[index].words[0].lowercased()))
            }
        }
        var holders: [UInt64: Int] = [:]
        guard asked.count > 0 else { return holders }
        for paragraph in paragraphs {
            for word in paragraph.facts.mentionFacts.lowercaseWords where asked.contains(word) { holders[word, default: 0] += 1 }
        }
        return holders
    }

    /// Each paragraph's mention digest combined with whether it reads as display text.
    private static func signatures(_ paragraphs: [Paragraph], display: [Bool]) -> [Int] {
        paragraphs.map { paragraph in
            paragraph.facts.mentionFacts.signature &* 2 &+ (display[paragraph.index] ? 1 : 0)
        }
    }

    private static func contextDigest(_ analysis: DraftAnalysis, knownAcronyms: Set<String>) -> Int {
        var hasher = Hasher()
        hasher.combine(analysis.knowledge.revision)
        hasher.combine(knownAcronyms)
        hasher.combine(analysis.settings.checkHeadlineReferences)
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
        guard words <= 14 && facts.sentences.count <= 1 else { return false }
        // A deck states its news in the present ("Senator says he cannot …", "Brandt says the sale broke her trust"); a
        // short paragraph whose first verb reports a past event ("Brandt resigned on Tuesday.") is the lede.
        guard let past = facts.timeFacts.firstPastEvent else { return true }
        return facts.tokens.contains { token in
            token.range.upperBound <= past.lowerBound && token.kind == .word
                && ReferenceLexicon.presentSpeechVerbs.contains(TokenText.string(token, in: facts.bytes))
        }
    }
}
