/// What quotes contribute to hover, inlay hints and the outline.
extension DraftAnalysis {
    /// The hover for a quote one of whose parts covers `offset` (UTF-8 byte offset): its kind, its speaker (the
    /// resolved name and the words that credit them), how the draft credits it, and its cue.
    func quoteHover(at offset: Int) -> HoverInfo? {
        guard let index = quoteIndex(covering: offset) else { return nil }
        let quote = quotes[index]
        let part = quote.parts.first { $0.contains(offset) || $0.upperBound == offset } ?? quote.range
        var lines = ["**\(Self.kindTitle(quote.kind))**"]
        if !quote.isSpeech, quote.speaker == nil {
            lines.append("Quoted words that are not speech (a title, name, slogan, scare quote or word as word): no speaker needed.")
        } else if let speaker = quote.speaker {
            if !quote.isSpeech { lines.append("Words quoted within someone’s reported speech: theirs, though not speech on their own.") }
            let words = singleSpaced(text(speaker.range))
            let name = speakerName(speaker)
            if let name, name != words {
                lines.append("Speaker: **\(name)**, credited as “\(words)” (\(speaker.form.rawValue))")
            } else if let name {
                lines.append("Speaker: **\(name)** (\(speaker.form.rawValue))")
            } else {
                lines.append("Speaker: “\(words)” (\(speaker.form.rawValue); whom it means is not clear from the draft)")
            }
            var how = Self.creditExplanation(speaker.credit)
            if let cue = quote.cue { how += " · cue “\(singleSpaced(text(cue)))”" }
            lines.append(how)
        } else if let paragraph = paragraphIndex(containing: quote.range.lowerBound), paragraphs[paragraph].readsAsHeadline {
            lines.append("A headline quote; the story credits it.")
        } else {
            lines.append("No speaker is credited. Say who said it.")
        }
        if !quote.isClosed { lines.append("The quote is never closed.") }
        return HoverInfo(range: part, markdown: lines.joined(separator: "\n\n"))
    }

    /// Hints at the end of each quote credited only by a pronoun, naming whom the pronoun means.
    func quoteInlayHints() -> [InlayHintInfo] {
        quotes.compactMap { quote in
            guard quote.isSpeech, let speaker = quote.speaker, speaker.form == .pronoun, let name = speakerName(speaker) else {
                return nil
            }
            let words = singleSpaced(text(speaker.range))
            return InlayHintInfo(offset: quote.range.upperBound, label: "— \(name)", tooltip: "“\(words)” means \(name)")
        }
    }

    /// Speech quotes grouped by speaker, in order of each speaker's first quote; uncredited quotes under their own
    /// heading. A speaker is one entity when the ledger resolves the words, else the same name.
    func quoteSymbols() -> [SymbolInfo] {
        var groups: [(key: String, name: String, quotes: [Quote])] = []
        var positions: [String: Int] = [:]
        for quote in quotes where quote.isSpeech {
            let name = quote.speaker.flatMap(speakerName) ?? quote.speaker.map { singleSpaced(text($0.range)) } ?? Self.noSpeaker
            let key = quote.speaker?.entityID.map { "entity \($0)" } ?? "name \(name)"
            if let position = positions[key] {
                groups[position].quotes.append(quote)
            } else {
                positions[key] = groups.count
                groups.append((key, name, [quote]))
            }
        }
        return groups.map { group in
            let children = group.quotes.map { quote in
                SymbolInfo(
                    name: openingWords(of: quote), detail: quote.cue.map { singleSpaced(text($0)) }, kind: .quote,
                    range: quote.range, selectionRange: quote.parts.first ?? quote.range
                )
            }
            let start = group.quotes.map(\.range.lowerBound).min() ?? 0
            let end = group.quotes.map(\.range.upperBound).max() ?? start
            let count = group.quotes.count
            return SymbolInfo(
                name: group.name, detail: count == 1 ? "1 quote" : "\(count) quotes", kind: .speaker,
                range: start..<end, selectionRange: children.first?.selectionRange ?? start..<end, children: children
            )
        }
    }

    /// The index of the quote one of whose parts covers `offset` (or ends at it), by binary search.
    private func quoteIndex(covering offset: Int) -> Int? {
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].range.upperBound < offset { low = mid + 1 } else { high = mid }
        }
        guard low < quotes.count, quotes[low].range.lowerBound <= offset else { return nil }
        return quotes[low].parts.contains { $0.contains(offset) || $0.upperBound == offset } ? low : nil
    }

    // MARK: Labels

    static let noSpeaker = "No speaker credited"

    private static func kindTitle(_ kind: Quote.Kind) -> String {
        switch kind {
        case .direct: return "Direct quote"
        case .partial: return "Partial quote"
        case .nonSpeech: return "Quoted words"
        }
    }

    private static func creditExplanation(_ credit: QuoteSpeaker.Credit) -> String {
        switch credit {
        case .cue: return "Credited in its own sentence"
        case .earlierQuote: return "Goes on in the voice of an earlier quote"
        case .laterQuote: return "Credited by the quote right after it"
        case .earlierSentence: return "Credited by a speech cue earlier in the paragraph"
        case .subject: return "Woven into a sentence about its speaker"
        case .leadIn: return "Introduced by a lead-in ending in a colon"
        case .continuedQuote: return "Continues a quote from the paragraph before"
        }
    }
}
