import CopydeskText

/// How the reader finds definite descriptions (`the Russian leader`, `the ministry`) and names in capitals.
extension MentionReader {
    /// Lowercase modifiers a description may carry between `the` and its head (`the former president`).
    static let descriptionModifiers: Set<String> = [
        "former", "new", "then", "current", "outgoing", "incoming", "embattled", "veteran", "longtime", "top", "late",
        "sitting", "acting", "interim", "deputy", "vice", "foreign", "prime", "defense", "defence", "finance",
        "interior", "state-run", "state-owned", "elected", "ousted", "exiled", "jailed", "presidential", "democratic",
        "republican", "opposition", "ruling", "rival", "beleaguered", "billionaire", "tech", "oil", "energy", "health",
        "justice", "education", "economy", "trade", "transport", "labour", "labor", "environment", "military",
    ]

    /// What a word can be in a description: a modifier, a head, or both (`deputy`), looked up from bytes.
    struct DescriptionWord: OptionSet, Sendable {
        let rawValue: UInt8
        static let modifier = DescriptionWord(rawValue: 1)
        static let head = DescriptionWord(rawValue: 2)
    }

    /// Modifiers and heads by word, so that most words are turned away without building a string.
    static let descriptionWords: WordTable<DescriptionWord> = {
        var entries: [(String, DescriptionWord)] = descriptionModifiers.map { ($0, .modifier) }
        entries += ReferenceLexicon.personDescriptionHeads.union(ReferenceLexicon.organizationDescriptionHeads).map { ($0, .head) }
        return WordTable(entries.sorted { $0.0 < $1.0 }) { $0.union($1) }
    }()

    /// Reads a definite description starting at token `index`; returns the index after it, or nil if none starts there.
    mutating func readDescription(at index: Int) -> Int? {
        guard tokenIs(index, "the") || (tokenIs(index, "The") && opensSentence[index]) else { return nil }
        var cursor = index + 1
        var qualifiers: [String] = []
        var modifiers = 0
        while cursor < tokens.count, isAdjacent(cursor - 1, cursor), tokens[cursor].kind == .word, modifiers < 3 {
            if isCapitalised(cursor) {
                let word = texts[cursor]
                guard qualifiers.count < 2, !ReferenceLexicon.notNames.contains(word), !word.hasSuffix("’s"), !word.hasSuffix("'s") else { break }
                qualifiers.append(word)
            } else if Self.descriptionWords.value(facts.bytes, tokens[cursor].range)?.contains(.modifier) == true {
                // Two-word heads ("prime minister", "vice president") end with the head word itself.
                let head = texts[cursor].lowercased()
                if ReferenceLexicon.personDescriptionHeads.contains(head) || ReferenceLexicon.organizationDescriptionHeads.contains(head),
                    cursor + 1 >= tokens.count || !isAdjacent(cursor, cursor + 1) || !Self.isHeadWord(texts[cursor + 1])
                {
                    break
                }
            } else {
                break
            }
            modifiers += 1
            cursor += 1
        }
        guard cursor < tokens.count, tokens[cursor].kind == .word, isAdjacent(cursor - 1, cursor),
            Self.descriptionWords.lookup(facts.bytes, tokens[cursor].range)?.value.contains(.head) == true
        else { return nil }
        let (headWord, headRange, possessive) = strippingPossessive(cursor)
        let head = headWord.lowercased()
        guard TokenText.startsLowercase(headWord) else { return nil }
        let isPerson = ReferenceLexicon.personDescriptionHeads.contains(head)
        let isOrganization = ReferenceLexicon.organizationDescriptionHeads.contains(head)
        guard isPerson || isOrganization else { return nil }
        if !possessive, cursor + 1 < tokens.count {
            let next = texts[cursor + 1]
            // `the president of Russia`, `the Democratic nominee Hillary Clinton`: complete in itself or a title.
            if ["of", "for", "who", "whose", "that"].contains(next) { return cursor + 1 }
            if isAdjacent(cursor, cursor + 1), isNameStart(cursor + 1) { return cursor + 1 }
            // `The Mexican president, Enrique Peña Nieto, …`: the name follows as an appositive.
            if next == ",", cursor + 2 < tokens.count, isNameStart(cursor + 2) { return cursor + 1 }
        }
        var candidate = MentionCandidate(
            range: tokens[index].range.lowerBound..<headRange.upperBound, shape: .description, words: [head], position: position(index)
        )
        candidate.kindHint = isPerson ? .person : .organization
        candidate.qualifier = qualifiers.isEmpty ? nil : qualifiers.joined(separator: " ")
        candidate.gender = ReferenceLexicon.gendered[head]
        candidates.append(candidate)
        return cursor + 1
    }

    private static func isHeadWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ReferenceLexicon.personDescriptionHeads.contains(lower) || ReferenceLexicon.organizationDescriptionHeads.contains(lower)
    }

    /// Reads the words of a sentence written in capitals (a wire headline) from token `index`: each word that could
    /// be a name becomes a candidate for the document pass to confirm. Returns the index after what it read.
    mutating func readCapitals(at index: Int) -> Int {
        // Longest first: a run of up to three words that knowledge knows as one name ("NEW YORK").
        for length in stride(from: 3, through: 2, by: -1) {
            let last = index + length - 1
            guard last < tokens.count, (index..<last).allSatisfy({ isAdjacent($0, $0 + 1) && tokens[$0 + 1].kind == .word }) else { continue }
            let words = texts[index...last].map { String($0) }
            if let kind = knowledge.kind(of: words.joined(separator: " ")) {
                var candidate = MentionCandidate(
                    range: tokens[index].range.lowerBound..<tokens[last].range.upperBound, shape: .name, words: words, position: position(index)
                )
                candidate.isAllCaps = true
                candidate.kindHint = kind
                candidate.isInSportsResult = isScore(last + 1)
                settleTeam(&candidate)
                candidates.append(candidate)
                return last + 1
            }
        }
        let (word, range, _) = strippingPossessive(index)
        let titled = word.prefix(1) + word.dropFirst().lowercased()
        guard word.count >= 2, !ReferenceLexicon.openers.contains(String(titled)), !ReferenceLexicon.notNames.contains(String(titled)) else {
            return index + 1
        }
        var candidate = MentionCandidate(range: range, shape: .name, words: [word], position: position(index))
        candidate.isAllCaps = true
        candidate.kindHint = knowledge.kind(of: word)
        candidate.isInSportsResult = isScore(index + 1)
        settleTeam(&candidate)
        candidates.append(candidate)
        return index + 1
    }
}
