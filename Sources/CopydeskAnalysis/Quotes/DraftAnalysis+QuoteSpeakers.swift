/// Naming the people quotes are credited to, for messages, fixes, hover and hints.
extension DraftAnalysis {
    /// Whom a quote's speaker words stand for, as the writer would say it: the ledger entity's name when the ledger
    /// resolves them, the named speaker a pronoun most likely means otherwise, or the crediting words themselves
    /// (`a Kremlin spokesman`); nil for a pronoun that nothing resolves.
    func speakerName(_ speaker: QuoteSpeaker) -> String? {
        if let id = speaker.entityID, let entity = entity(withID: id) { return entity.name }
        if speaker.form == .pronoun {
            return speaker.antecedent.map { singleSpaced(text($0)) }
        }
        return singleSpaced(text(speaker.range))
    }

    /// The entity with `id`, if the ledger has it.
    func entity(withID id: Int) -> Entity? {
        entities.entity(withID: id)
    }

    /// The speaker named last before `offset` (UTF-8 byte offset) in its paragraph or the two before it, from credited
    /// quotes and speech cues: whom an uncredited quote most likely belongs to. Returns the name, the words and, for
    /// a quote's speaker the ledger resolved, the entity id.
    func nearbySpeaker(before offset: Int) -> (name: String, range: Range<Int>, entityID: Int?)? {
        guard let paragraphIndex = paragraphIndex(containing: offset) else { return nil }
        var best: (name: String, range: Range<Int>, entityID: Int?)?
        for index in max(0, paragraphIndex - 2)...paragraphIndex {
            let paragraph = paragraphs[index]
            for cue in paragraph.facts.quoteFacts.cues where cue.form != .pronoun {
                let range = paragraph.absolute(cue.speaker)
                guard range.upperBound <= offset, range.lowerBound >= (best?.range.lowerBound ?? 0) else { continue }
                best = (singleSpaced(text(range)), range, nil)
            }
        }
        // A quote's speaker resolved through the ledger or a pronoun's antecedent names them better.
        let start = paragraphs[max(0, paragraphIndex - 2)].start
        var index = quoteIndex(endingBefore: offset)
        while let current = index, quotes[current].range.lowerBound >= start {
            if let speaker = quotes[current].speaker, speaker.range.lowerBound >= (best?.range.lowerBound ?? 0),
                let name = speakerName(speaker)
            {
                return (name, speaker.range, speaker.entityID)
            }
            index = current > 0 ? current - 1 : nil
        }
        return best
    }

    /// The index of the last quote that ends at or before `offset`, by binary search.
    private func quoteIndex(endingBefore offset: Int) -> Int? {
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The short form news style uses after the first reference: a person's surname (with an honorific if the draft
    /// uses one), an organization's or description's words as they are.
    func shortForm(of name: String, entityID: Int?) -> String {
        let words = name.split(separator: " ").map(String.init)
        if let id = entityID, let entity = entity(withID: id) {
            return entity.kind == .person ? (words.last ?? name) : name
        }
        guard words.count >= 2, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }),
            !["The", "A", "An"].contains(words[0])
        else { return name }
        let honorifics: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."]
        if honorifics.contains(words[0]) { return words[0] + " " + (words.last ?? "") }
        return words.last ?? name
    }

    /// `text` with every run of spaces and line breaks made one space, as labels and messages show it.
    func singleSpaced(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    /// The first few words of a quote's text, marks included, shortened with an ellipsis: `“If common sense prevails…”`.
    func openingWords(of quote: Quote, limit: Int = 6) -> String {
        let part = (quote.parts.first ?? quote.range).clamped(to: 0..<text.count)
        // Read only as many words as are shown: a quote may run on for pages, and every unattributed quote is
        // described on every keystroke.
        var words: [Range<Int>] = []
        var index = part.lowerBound
        while index < part.upperBound, words.count <= limit {
            while index < part.upperBound, Self.isWordSpace(text[index]) { index += 1 }
            let start = index
            while index < part.upperBound, !Self.isWordSpace(text[index]) { index += 1 }
            if start < index { words.append(start..<index) }
        }
        guard words.count > limit else { return words.map { text($0) }.joined(separator: " ") }
        let opening = words.prefix(limit).map { text($0) }.joined(separator: " ")
        let trimmed = opening.hasSuffix(",") || opening.hasSuffix(";") || opening.hasSuffix(":") ? String(opening.dropLast()) : opening
        // An unclosed quote is shown as the writer left it, without a closing mark.
        guard quote.isClosed else { return trimmed + "…" }
        return trimmed + "…" + closingMark(for: text(part.lowerBound..<min(part.upperBound, part.lowerBound + 4)))
    }

    /// Whether `byte` separates words in `singleSpaced`.
    private static func isWordSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The closing mark that matches the opening mark `text` starts with.
    func closingMark(for text: String) -> String {
        switch text.unicodeScalars.first {
        case "\u{201C}", "\u{201E}": return "\u{201D}"
        case "\u{2018}", "\u{201A}": return "\u{2019}"
        case "\u{AB}": return "\u{BB}"
        case "\u{BB}": return "\u{AB}"
        case "\u{300C}": return "\u{300D}"
        case "\u{300E}": return "\u{300F}"
        case "'": return "'"
        default: return "\""
        }
    }
}

extension Array where Element == Entity {
    /// The entity with `id`: by position when ids are positions, as the ledger numbers them, else by search.
    func entity(withID id: Int) -> Entity? {
        if indices.contains(id), self[id].id == id { return self[id] }
        return first { $0.id == id }
    }
}
