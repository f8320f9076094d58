/// Pass two of the ledger: short forms, acronyms, descriptions and pronouns join entities in document order.
extension EntityLedger {
    mutating func linkInOrder() {
        // Acronyms the draft spells out, wherever it does, by acronym.
        var definitions: [String: Int] = [:]
        for index in items.indices where candidate(index).shape == .acronym && candidate(index).pairedForm != nil {
            let word = candidate(index).words[0]
            if definitions[word] == nil { definitions[word] = index }
        }
        var previousSentenceSubject: Int?
        var currentSentence = (paragraph: -1, sentence: -1)
        var subjectOfCurrent: Int?
        // The first person the writer's own words (not a quote) name in the sentence, who a later pronoun in the same
        // sentence most likely means ("Putin spoke on Tuesday and said he …").
        var speakerOfCurrent: Int?
        for index in items.indices {
            let sentence = (items[index].paragraph, candidate(index).position.sentence)
            if sentence != currentSentence {
                previousSentenceSubject = subjectOfCurrent ?? previousSentenceSubject
                subjectOfCurrent = nil
                speakerOfCurrent = nil
                currentSentence = sentence
            }
            let shape = candidate(index).shape
            switch shape {
            case .name:
                if items[index].entity == nil { linkShortName(index) }
            case .acronym:
                linkAcronym(index, definitions: definitions)
            case .description:
                linkDescription(index)
            case .pronoun:
                linkPronoun(index, preferring: speakerOfCurrent ?? previousSentenceSubject)
            }
            if let id = items[index].entity {
                entities[id].lastSeen = index
                recentEntities.removeAll { $0 == id }
                recentEntities.append(id)
                if recentEntities.count > 48 { recentEntities.removeFirst() }
                if entities[id].kind == .person {
                    recentPersons.removeAll { $0 == id }
                    recentPersons.append(id)
                    if recentPersons.count > 16 { recentPersons.removeFirst() }
                }
                if subjectOfCurrent == nil, entities[id].kind == .person, shape != .description {
                    subjectOfCurrent = id
                }
                if speakerOfCurrent == nil, entities[id].kind == .person, shape != .description, !candidate(index).position.isQuoted {
                    speakerOfCurrent = id
                }
            }
        }
    }

    /// A one-word name (or title and surname) joins the person it shortens: the one introduced most recently
    /// before it, or else the first introduced after it; otherwise the word names an entity of its own.
    mutating func linkShortName(_ index: Int) {
        let candidate = self.candidate(index)
        let word = candidate.nameWords.first ?? ""
        let key = candidate.surnameKey
        // A one-word name shortens a person's name, or an organization's name by its first word (`Breitbart`).
        let knownAs = knowledge.kind(of: word)
        let candidates = Self.recent(byWord[key] ?? []).filter { id in
            guard entities[id].words.count > 1 else { return false }
            switch entities[id].kind {
            // By a given name only when knowledge knows the word as nothing else: `Virginia` after `Virginia Welch` is
            // still the state.
            case .person: return isSurname(key, of: id) || knownAs == nil || knownAs == .person
            case .organization: return LedgerItem.fold(entities[id].words[0]) == key && knownAs == nil
            default: return false
            }
        }
        let full = candidate.titleIdentifies || candidate.isRelation
        if candidates.isEmpty, let (id, preferred) = variantWord(word, skeleton: candidate.surnameSkeleton) {
            join(index, to: id, full: false)
            items[index].issue = .variant(preferred: preferred, firstItem: entities[id].firstFull ?? index)
            return
        }
        let before = candidates.filter { id in entities[id].firstFull.map { $0 < index } ?? false }
        if let id = before.max(by: { entities[$0].lastSeen < entities[$1].lastSeen }) {
            join(index, to: id, full: full)
            return
        }
        // A person named later is shortened by their surname; a given name alone (`(Tom) Seaver`) points back only.
        let after = candidates.filter { entities[$0].firstFull != nil && entities[$0].words.count > 1 && (entities[$0].kind != .person || isSurname(key, of: $0)) }
        if let id = after.min(by: { entities[$0].firstFull! < entities[$1].firstFull! }) {
            join(index, to: id, full: full)
            return
        }
        if let id = byName[candidate.key] {
            join(index, to: id, full: full)
            return
        }
        let id = newEntity(candidate.words, key: candidate.key)
        join(index, to: id, full: full)
    }

    /// Whether the folded word `key` is the surname of entity `id`: its name's last word before any generational
    /// suffix (`Roberts` in `John G. Roberts Jr.`).
    func isSurname(_ key: String, of id: Int) -> Bool {
        entities[id].words.last { !ReferenceLexicon.generationalSuffixes.contains($0) }.map { LedgerItem.fold($0) == key } ?? false
    }

    /// A person with a full name one of whose words is a variant spelling of `word` (`Zelenskyy` for `Zelensky`),
    /// with that word as first written.
    func variantWord(_ word: String, skeleton: String?) -> (Int, String)? {
        // Only a word knowledge does not know as something else (`Georgia` is no variant of `George`), against surnames.
        guard let skeleton, knowledge.kind(of: word) == nil, !knowledge.givenName(word).isGivenName else { return nil }
        for id in Self.recent(bySkeleton[skeleton] ?? []) where entities[id].kind == .person && entities[id].words.count > 1 {
            if let surname = entities[id].words.last, NameSpelling.isVariant(word, surname) { return (id, surname) }
        }
        return nil
    }

    /// The newsroom's preferred spelling wins over any spelling the draft uses (`avoid` in its entity files).
    mutating func applyNewsroomSpellings() {
        for index in items.indices where candidate(index).shape == .name && items[index].issue == nil {
            let written = candidate(index).words.joined(separator: " ")
            if let preferred = knowledge.preferredSpelling(of: written), preferred != written {
                items[index].issue = .variant(preferred: preferred, firstItem: nil)
            }
        }
    }

    /// An acronym joins the entity it abbreviates: the spelled-out name beside it, an earlier or later definition,
    /// or a name whose initials it is; an acronym readers know stands on its own.
    mutating func linkAcronym(_ index: Int, definitions: [String: Int]) {
        let candidate = self.candidate(index)
        let word = candidate.words.first ?? ""
        // The spelled-out form right before, in the same paragraph: `Shanghai Cooperation Organization (SCO)`.
        if let paired = candidate.pairedForm, index > 0, items[index - 1].paragraph == items[index].paragraph,
            self.candidate(index - 1).range == paired, let id = items[index - 1].entity
        {
            entities[id].acronym = word
            byAcronym[word] = id
            join(index, to: id, full: true)
            return
        }
        if let id = byAcronym[word] {
            join(index, to: id, full: false)
            return
        }
        if let id = initialsMatch(word, before: index) {
            entities[id].acronym = word
            byAcronym[word] = id
            join(index, to: id, full: false)
            return
        }
        let id = newEntity([word], key: word)
        byAcronym[word] = id
        if let definition = definitions[word], definition > index, !knownAcronyms.contains(word) {
            join(index, to: id, full: false)
            // A headline's acronym is house style, spelled out in the body like a headline's surname.
            if isReportable(index) { items[index].issue = .dangling(fullItem: definition, paired: true) }
            return
        }
        // An acronym knowledge can expand but readers may not know, never spelled out: the reader is left to guess.
        if isReportable(index), !knownAcronyms.contains(word), !ReferenceLexicon.knownAcronyms.contains(word.uppercased()), let expansion = knowledge.expansion(of: word),
            expansion != word
        {
            join(index, to: id, full: false)
            items[index].issue = .unexpanded(expansion: expansion)
            return
        }
        join(index, to: id, full: true)
    }

    /// The entity introduced before item `before` whose name's initials spell `acronym`, if exactly one.
    func initialsMatch(_ acronym: String, before: Int) -> Int? {
        let letters = acronym.filter { $0.isLetter }
        guard letters.count >= 2 else { return nil }
        let matches = recentEntities.filter { id in
            guard let first = entities[id].firstFull, first < before else { return false }
            let words = entities[id].words.filter { !LedgerItem.joiners.contains($0) }
            guard words.count == letters.count else { return false }
            return String(words.compactMap(\.first)) == letters
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
