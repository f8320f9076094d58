/// How descriptions and pronouns find their entity, and which short forms come before any introduction.
extension EntityLedger {
    /// Heads that stand for whoever leads a country or body.
    static let leaderHeads: Set<String> = ["leader", "president", "prime minister", "premier", "chancellor", "king", "queen", "monarch", "strongman", "dictator"]

    /// The last word of each leader head, as role words are kept.
    static let leaderHeadWords: Set<Substring> = Set(leaderHeads.map { $0.split(separator: " ").last ?? Substring($0) })

    /// A description joins the entity its head and qualifier fit best among those already mentioned; several
    /// equally fitting entities make it ambiguous, and a qualified leader nobody fits is dangling.
    mutating func linkDescription(_ index: Int) {
        let item = items[index]
        let candidate = self.candidate(index)
        guard let head = candidate.words.first else { return }
        let isPerson = candidate.kindHint == .person
        let qualifier = candidate.qualifier
        // Descriptions point back a short way: only entities among the last few dozen mentioned are candidates,
        // which also keeps the pass linear in the draft's length.
        let seen = recentEntities
        if !isPerson {
            // The most recent entity that fits: `seen` runs from the least to the most recently mentioned.
            let plural = head + "s"
            for id in seen.reversed() where entities[id].kind != .person {
                if fitsThing(head: head, plural: plural, entity: id) {
                    join(index, to: id, full: false)
                    return
                }
            }
            return
        }
        let loweredQualifier = qualifier.map { Substring($0.lowercased()) }
        let fitting = seen.filter { id in
            entities[id].kind == .person && fits(head: head, qualifier: qualifier, loweredQualifier: loweredQualifier, entity: id)
        }.sorted { entities[$0].lastSeen > entities[$1].lastSeen }
        if let best = fitting.first {
            join(index, to: best, full: false)
            // Two fitting entities both in play in the last paragraphs: the reader cannot tell which is meant.
            if fitting.count >= 2, qualifier == nil, isReportable(index) {
                let second = fitting[1]
                let recent = items[entities[second].lastSeen].paragraph >= item.paragraph - 2
                // Only people the draft names in full with a given name: quiet unless the reader truly has two.
                let named = [best, second].allSatisfy { id in
                    entities[id].words.count >= 2 && entities[id].words.first.map { knowledge.givenName($0).isGivenName } == true
                }
                if recent, named {
                    items[index].issue = .ambiguous([best, second])
                }
            }
            return
        }
        guard qualifier != nil, Self.leaderHeads.contains(head), isReportable(index) else { return }
        // "Castro said. … The Cuban leader said": a person neither the draft nor knowledge places may be the one meant.
        if seen.contains(where: { isUnplacedPerson($0) }) { return }
        // "The Russian leader" before anyone Russian leads: dangling, pointing to the leader when named later.
        let later = knowledge.leaderName(forNationality: qualifier ?? "").flatMap { byName[$0] }.flatMap { entities[$0].firstFull }
        items[index].issue = .dangling(fullItem: later, paired: false)
    }

    /// Whether entity `id` is a person of whom neither the draft (a title, role or appositive) nor knowledge says
    /// what they do or where they are from, so that any qualified description may mean them.
    func isUnplacedPerson(_ id: Int) -> Bool {
        entities[id].kind == .person && entities[id].roleWords.isEmpty && knowledge.kind(of: entities[id].words.joined(separator: " ")) == nil
    }

    /// Whether entity `id` fits a description of a thing with `head`: a place for `the country` or `the city`, any
    /// organization for `the company` or `the group`, and otherwise an entity whose name, the draft's roles for it or
    /// knowledge's category and description use the head (`the ministry` for the Ministry of Defence, `the bloc`
    /// for the SCO). `the current American administration` is no social network named just before it.
    mutating func fitsThing(head: String, plural: String, entity id: Int) -> Bool {
        switch entities[id].kind {
        case .person: return false
        case .place:
            guard ReferenceLexicon.placeDescriptionHeads.contains(head) else { return false }
            guard head == "country" || head == "nation" else { return true }
            return knowledgeWords(of: id).isCountry
        case .organization where ReferenceLexicon.genericOrganizationHeads.contains(head):
            return true
        case .organization, .other:
            if entities[id].roleWords.contains(Substring(head)) { return true }
            let lengths = (head.utf8.count, plural.utf8.count)
            for word in entities[id].words where word.utf8.count == lengths.0 || word.utf8.count == lengths.1 {
                let lowered = word.lowercased()
                if lowered == head || lowered == plural { return true }
            }
            let known = knowledgeWords(of: id).words
            return known.contains(head) || known.contains(plural)
        }
    }

    /// Knowledge's category and description words for entity `id`'s name and whether it is a country, asked once
    /// and kept on the entity for the rest of the pass.
    mutating func knowledgeWords(of id: Int) -> (words: Set<String>, isCountry: Bool) {
        if let known = entities[id].knowledgeWords { return known }
        let known = knowledge.descriptionWords(of: entities[id].words.joined(separator: " "))
        entities[id].knowledgeWords = known
        return known
    }

    /// Whether person `id` fits a description with `head` and `qualifier` (`loweredQualifier` lowercased), by the
    /// draft's roles or knowledge.
    func fits(head: String, qualifier: String?, loweredQualifier: Substring?, entity id: Int) -> Bool {
        let roles = entities[id].roleWords
        if let qualifier {
            if Self.leaderHeads.contains(head), let leader = knowledge.leaderName(forNationality: qualifier),
                leader == entities[id].words.joined(separator: " ")
            {
                return true
            }
            guard let loweredQualifier, roles.contains(loweredQualifier) else { return false }
        }
        // Two-word heads ("prime minister") match on their last word.
        let headWord = head.utf8.contains(UInt8(ascii: " ")) ? head.split(separator: " ").last ?? Substring(head) : Substring(head)
        if roles.contains(headWord) { return true }
        if head == "leader" {
            return !roles.isDisjoint(with: Self.leaderHeadWords)
        }
        return false
    }

    /// A pronoun joins the subject of the previous sentence when it fits, else the person mentioned most recently
    /// who fits; a story that opens on a pronoun with nobody before it leaves it dangling.
    mutating func linkPronoun(_ index: Int, preferring subject: Int?) {
        let candidate = self.candidate(index)
        guard !candidate.position.isQuoted else { return }
        let gender = candidate.gender
        if let subject, entities[subject].kind == .person, entities[subject].fits(gender) {
            join(index, to: subject, full: false)
            return
        }
        if let id = recentPersons.last(where: { entities[$0].kind == .person && entities[$0].fits(gender) }) {
            join(index, to: id, full: false)
            return
        }
        // Someone the draft has not named (`a spokesman said`) counts: the pronoun refers to them.
        let unnamedBefore = candidate.followsUnnamedPerson || firstUnnamedPersonParagraph.map { $0 < items[index].paragraph } ?? false
        let anyoneBefore = unnamedBefore || recentPersons.contains { entities[$0].kind == .person }
        let word = candidate.words.first ?? ""
        if !anyoneBefore, isReportable(index), ReferenceLexicon.subjectPronouns.contains(word), candidate.position.isClauseSubject {
            items[index].issue = .dangling(fullItem: nil, paired: false)
        }
    }

    /// Marks the first short form of each person the draft has not introduced before it as dangling, pointing to
    /// the full form when it comes later.
    mutating func reportUnintroduced() {
        for id in entities.indices where entities[id].kind == .person {
            let entity = entities[id]
            let ordered = entity.items.sorted()
            guard let index = ordered.first(where: { candidate($0).shape == .name && isReportable($0) && !items[$0].isFullForm }) else { continue }
            if let first = entity.firstFull, first < index { continue }
            // Only a name the draft or knowledge shows to be a person's: a title, role or appositive, or a given name.
            let given = entity.words.first.map { knowledge.givenName($0).isGivenName } ?? false
            guard entity.personEvidence || (given && entity.words.count >= 2) else { continue }
            // A name only headlines and quotes have used before: still the body's first reference.
            if entity.firstFull == nil {
                let words = entity.words.filter { !LedgerItem.joiners.contains($0) }
                guard words.count == 1 else { continue }
            }
            if entity.firstFull != nil {
                // Only a full name later makes an earlier short form a cut first reference; a later "President Obama"
                // says the writer treats the name as known.
                guard let full = ordered.first(where: { items[$0].isFullForm && candidate($0).nameWords.count >= 2 }), full > index else { continue }
                items[index].issue = .dangling(fullItem: full, paired: false)
                continue
            }
            items[index].issue = .dangling(fullItem: nil, paired: false)
        }
    }
}
