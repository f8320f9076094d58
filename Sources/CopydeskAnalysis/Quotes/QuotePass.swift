/// Finds the draft's quotations and credits each to its speaker, linking what each paragraph read on its own.
///
/// The pass is linear in the draft's quotes and cues and reads no text: a quote left open at a paragraph's end
/// goes on in the next paragraph when that one opens with a quote mark (one quote, one part per paragraph); a
/// paragraph that ends with a colon lead-in credits the quote the next paragraph opens with; and each speaker is
/// resolved to the ledger entity one of whose mentions overlaps the crediting words (`EntityPass` runs first).
/// A new paragraph that is only a quote, with nobody credited in it, stays uncredited even when the paragraph
/// before paraphrased someone: that is the quote whose attribution fell out.
enum QuotePass {
    static func run(_ analysis: inout DraftAnalysis) {
        var quotes: [Quote] = []
        var namedSpeakers: [Range<Int>] = []
        var openQuote: Int?
        var leadIn: QuoteSpeaker?
        for paragraph in analysis.paragraphs {
            let facts = paragraph.facts.quoteFacts
            for cue in facts.cues where cue.form == .name { namedSpeakers.append(paragraph.absolute(cue.speaker)) }
            let continuing = openQuote
            let pendingLeadIn = leadIn
            openQuote = nil
            leadIn = facts.leadIn.map { speaker(paragraph, $0) }
            // The speaker the paragraph's quotes go on in, once a quote continued from the paragraph before has one.
            var carried: (speaker: QuoteSpeaker, cue: Range<Int>?)?
            for (position, fact) in facts.quotes.enumerated() {
                var quote = Quote(
                    range: paragraph.absolute(fact.range), parts: fact.parts.map(paragraph.absolute), kind: fact.kind,
                    speaker: fact.speaker.map { speaker(paragraph, $0) }, cue: fact.cue.map(paragraph.absolute),
                    isClosed: fact.isClosed
                )
                if position == 0, fact.opensParagraph, let index = continuing, !isNewSpeaker(quote.speaker, after: quotes[index].speaker, in: analysis) {
                    quotes[index].continue(with: quote)
                    if !quote.isClosed { openQuote = index }
                    if let speaker = quotes[index].speaker { carried = (speaker, quotes[index].cue) }
                    continue
                }
                if quote.isSpeech, quote.speaker == nil || fact.speaker?.credit == .laterQuote {
                    if position == 0, fact.opensParagraph, let pendingLeadIn {
                        quote.speaker = pendingLeadIn
                    } else if quote.speaker == nil, let carried {
                        quote.speaker = carried.speaker
                        quote.speaker?.credit = .earlierQuote
                        quote.cue = carried.cue
                    }
                }
                if !quote.isClosed { openQuote = quotes.count }
                quotes.append(quote)
            }
        }
        resolveSpeakers(&quotes, entities: analysis.entities, namedSpeakers: namedSpeakers)
        analysis.quotes = quotes
    }

    /// Whether a paragraph that opens with a quote after an unclosed one names a different speaker in its own
    /// words (`“…,” added Rep. Jim Clyburn`): then the earlier quote was left open by mistake, not continued.
    private static func isNewSpeaker(_ speaker: QuoteSpeaker?, after previous: QuoteSpeaker?, in analysis: DraftAnalysis) -> Bool {
        guard let speaker, speaker.credit == .cue, speaker.form == .name, let previous else { return false }
        return analysis.text(speaker.range) != analysis.text(previous.range)
    }

    private static func speaker(_ paragraph: Paragraph, _ fact: QuoteParagraphFacts.Speaker) -> QuoteSpeaker {
        QuoteSpeaker(range: paragraph.absolute(fact.range), form: fact.form, credit: fact.credit)
    }

    /// Sets each speaker's entity from the ledger, and for a pronoun the ledger leaves unresolved, the named speaker
    /// credited last before it (`namedSpeakers`, in document order).
    static func resolveSpeakers(_ quotes: inout [Quote], entities: [Entity], namedSpeakers: [Range<Int>]) {
        let mentions = MentionIndex(entities)
        for index in quotes.indices {
            guard var speaker = quotes[index].speaker else { continue }
            speaker.entityID = mentions.entity(overlapping: speaker.range)
            if speaker.form == .pronoun, let id = speaker.entityID, let entity = entities.first(where: { $0.id == id }) {
                speaker.antecedent = entity.lastNameMention(before: speaker.range.lowerBound)
            }
            if speaker.form == .pronoun, speaker.antecedent == nil {
                speaker.antecedent = lastRange(before: speaker.range.lowerBound, in: namedSpeakers)
            }
            quotes[index].speaker = speaker
        }
    }

    /// The last of `ranges` (sorted) that ends at or before `offset`.
    private static func lastRange(before offset: Int, in ranges: [Range<Int>]) -> Range<Int>? {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? ranges[low - 1] : nil
    }
}

extension Quote {
    /// Joins the next paragraph's part of a quote that runs on over a paragraph break.
    mutating func `continue`(with next: Quote) {
        parts += next.parts
        range = range.lowerBound..<next.range.upperBound
        isClosed = next.isClosed
        if speaker == nil, var nextSpeaker = next.speaker {
            nextSpeaker.credit = nextSpeaker.credit == .cue ? .cue : .continuedQuote
            speaker = nextSpeaker
            cue = next.cue
        }
        if kind == .nonSpeech { kind = next.kind }
    }
}
