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
        var openQuote: Int?
        var leadIn: QuoteSpeaker?
        // The named speaker credited last in the paragraphs read so far: whom a later pronoun most likely means.
        var lastNamed: Range<Int>?
        for paragraph in analysis.paragraphs {
            let facts = paragraph.facts.quoteFacts
            let reader = SpeakerReader(paragraph: paragraph, cues: facts.cues, lastNamed: lastNamed)
            let continuing = openQuote
            let pendingLeadIn = leadIn
            openQuote = nil
            leadIn = facts.leadIn.map(reader.speaker)
            // The speaker the paragraph's quotes go on in, once a quote continued from the paragraph before has one.
            var carried: (speaker: QuoteSpeaker, cue: Range<Int>?)?
            for (position, fact) in facts.quotes.enumerated() {
                var quote = Quote(
                    range: paragraph.absolute(fact.range), parts: fact.parts.map(paragraph.absolute), kind: fact.kind,
                    speaker: fact.speaker.map(reader.speaker), cue: fact.cue.map(paragraph.absolute), isClosed: fact.isClosed
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
            if let named = facts.cues.last(where: { $0.form == .name }) { lastNamed = paragraph.absolute(named.speaker) }
        }
        resolveSpeakers(&quotes, entities: analysis.entities)
        analysis.quotes = quotes
    }

    /// Turns one paragraph's speaker facts into `QuoteSpeaker`s, giving each pronoun the named speaker credited last
    /// before it as its likely antecedent.
    private struct SpeakerReader {
        var paragraph: Paragraph
        var cues: [QuoteParagraphFacts.Cue]
        var lastNamed: Range<Int>?

        func speaker(_ fact: QuoteParagraphFacts.Speaker) -> QuoteSpeaker {
            var speaker = QuoteSpeaker(range: paragraph.absolute(fact.range), form: fact.form, credit: fact.credit)
            if fact.form == .pronoun {
                speaker.antecedent = lastNamedCue(before: fact.range.lowerBound).map { paragraph.absolute($0.speaker) } ?? lastNamed
            }
            return speaker
        }

        /// The last named cue speaker ending at or before paragraph offset `offset`: binary search on the cues'
        /// positions, then a look back over at most a few dozen cues for one in name form.
        private func lastNamedCue(before offset: Int) -> QuoteParagraphFacts.Cue? {
            var low = 0
            var high = cues.count
            while low < high {
                let mid = (low + high) / 2
                if cues[mid].cue.lowerBound < offset { low = mid + 1 } else { high = mid }
            }
            var index = low - 1
            while index >= 0, low - index <= 32 {
                if cues[index].form == .name, cues[index].speaker.upperBound <= offset { return cues[index] }
                index -= 1
            }
            return nil
        }
    }

    /// Whether a paragraph that opens with a quote after an unclosed one names a different speaker in its own
    /// words (`“…,” added Rep. Jim Clyburn`): then the earlier quote was left open by mistake, not continued.
    private static func isNewSpeaker(_ speaker: QuoteSpeaker?, after previous: QuoteSpeaker?, in analysis: DraftAnalysis) -> Bool {
        guard let speaker, speaker.credit == .cue, speaker.form == .name, let previous else { return false }
        return analysis.text(speaker.range) != analysis.text(previous.range)
    }

    /// Sets each speaker's entity from the ledger; a pronoun the ledger resolves takes the entity's last name
    /// mention before it as its antecedent, and keeps the named-speaker fallback otherwise.
    static func resolveSpeakers(_ quotes: inout [Quote], entities: [Entity]) {
        guard !entities.isEmpty else { return }
        let mentions = MentionIndex(entities)
        for index in quotes.indices {
            guard var speaker = quotes[index].speaker else { continue }
            speaker.entityID = mentions.entity(overlapping: speaker.range)
            // A pronoun the ledger resolves means the entity's last name mention before it.
            if speaker.form == .pronoun, let id = speaker.entityID, let entity = entities.entity(withID: id),
                let named = entity.lastNameMention(before: speaker.range.lowerBound)
            {
                speaker.antecedent = named
            }
            quotes[index].speaker = speaker
        }
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
