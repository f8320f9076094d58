/// Links the draft's mention candidates into entities: full names first, then short forms, acronyms, descriptions
/// and pronouns in document order, each joining the entity it refers to.
///
/// Work is linear in the number of mentions: every lookup goes through a dictionary keyed by name or word.
struct EntityLedger {
    var items: [LedgerItem]
    /// Each paragraph's mention facts, where the items' candidates are.
    let sources: [MentionParagraphFacts]
    var entities: [LedgerEntity] = []
    /// Knowledge, with a lookup memo private to one pass (a cached ledger gets a fresh one each time it is reused).
    var knowledge: EntityKnowledge
    let knownAcronyms: Set<String>
    /// Capitalised words seen inside sentences anywhere in the draft (`WordHash` digests).
    let midSentenceNames: WordHashSet
    /// The same words folded, for confirming names set in capitals.
    let foldedNames: WordHashSet
    /// Lowercase words seen anywhere in the draft, at least those the pass may ask about (`WordHash` digests).
    let lowercaseWords: WordHashSet
    /// The first body paragraph with a noun for a person it does not name (`a spokesman said`), if any.
    let firstUnnamedPersonParagraph: Int?

    /// Entities by full name key.
    var byName: [String: Int] = [:]
    /// Entities by each word of their name (folded), for short forms.
    var byWord: [String: [Int]] = [:]
    /// Entities by acronym.
    var byAcronym: [String: Int] = [:]
    /// Entities by the spelling skeleton of each name word, for variant spellings.
    var bySkeleton: [String: [Int]] = [:]
    /// The people mentioned most recently, latest last, for pronouns.
    var recentPersons: [Int] = []
    /// The lowercase words the pass asked about (digests) and the answers, so a cached ledger can be checked cheaply.
    var lowercaseQueries: [UInt64: Bool] = [:]
    /// The entities of any kind mentioned most recently, latest last, for descriptions.
    var recentEntities: [Int] = []

    init(
        items: [LedgerItem], sources: [MentionParagraphFacts], knowledge: EntityKnowledge, knownAcronyms: Set<String>, midSentenceNames: WordHashSet,
        foldedNames: WordHashSet, lowercaseWords: WordHashSet, firstUnnamedPersonParagraph: Int? = nil
    ) {
        self.items = items
        self.sources = sources
        self.knowledge = knowledge
        self.knownAcronyms = knownAcronyms
        self.midSentenceNames = midSentenceNames
        self.foldedNames = foldedNames
        self.lowercaseWords = lowercaseWords
        self.firstUnnamedPersonParagraph = firstUnnamedPersonParagraph
    }

    /// The candidate item `index` was read from.
    @inline(__always)
    func candidate(_ index: Int) -> MentionCandidate {
        sources[items[index].paragraph].candidates[items[index].candidateIndex]
    }

    /// Item `index`'s UTF-8 byte range in the draft as the ledger was built.
    func range(_ index: Int) -> Range<Int> {
        items[index].inDraft(candidate(index).range)
    }

    /// Whether a finding may be reported on item `index`: not in a heading, not quoted speech, not a modifier.
    func isReportable(_ index: Int) -> Bool {
        let candidate = self.candidate(index)
        return !items[index].isHeading && !candidate.position.isQuoted && !candidate.isAttributive && !candidate.isAllCaps
    }

    /// Builds the ledger.
    mutating func build() {
        keepMentions()
        link()
    }

    /// Drops the candidates that are no mentions (see `isMention`).
    mutating func keepMentions() {
        // Filtered in place: a second array would share the items' storage and the first join would copy it all.
        var kept = 0
        for index in items.indices where isMention(index) {
            if kept != index { items.swapAt(kept, index) }
            kept += 1
        }
        items.removeLast(items.count - kept)
    }

    /// Links the kept mentions into entities and records their issues.
    mutating func link() {
        linkFullNames()
        linkInOrder()
        applyNewsroomSpellings()
        reportUnintroduced()
    }

    /// A digest of the kept mentions, offsets left out, with `context`: linking depends on nothing else, so two
    /// ledgers with the same digest link alike.
    func mentionDigest(context: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(context)
        hasher.combine(sources.count)
        hasher.combine(firstUnnamedPersonParagraph)
        for item in items {
            hasher.combine(item.paragraph)
            hasher.combine(item.candidateIndex)
            hasher.combine(item.isHeading)
            hasher.combine(sources[item.paragraph].candidateDigests[item.candidateIndex])
        }
        return hasher.finalize()
    }

    /// Whether a name candidate is a name at all: sentence openers, capitalised common words and words set in
    /// capitals must show that they are names elsewhere in the draft or in knowledge.
    mutating func isMention(_ index: Int) -> Bool {
        let candidate = self.candidate(index)
        guard candidate.shape == .name || candidate.shape == .acronym else { return true }
        guard let first = candidate.words.first else { return false }
        if candidate.words.count == 1, ReferenceLexicon.groupNames.contains(first) { return false }
        if candidate.words.count == 1, knowledge.isNationality(first), knowledge.kind(of: first) == nil { return false }
        if first.count == 1, candidate.words.count == 1 { return false }
        if candidate.isAllCaps {
            if candidate.kindHint != nil || knowledge.kind(of: candidate.words.joined(separator: " ")) != nil { return true }
            let folded = LedgerItem.fold(candidate.words.joined(separator: " "))
            return foldedNames.contains(WordHash.of(folded))
        }
        if candidate.position.opensSentence, candidate.words.count == 1, candidate.title == nil {
            if midSentenceNames.contains(WordHash.of(first)) || knowledge.kind(of: first) != nil { return true }
            let lower = WordHash.of(first.lowercased())
            let seenLowercase = lowercaseWords.contains(lower)
            lowercaseQueries[lower] = seenLowercase
            if seenLowercase { return false }
            // Sentence adverbs ("Conversely,") are capitalised only because they open the sentence.
            if first.hasSuffix("ly"), first.count > 4 { return false }
            // "Analysts said": a plural role noun opening the sentence is a group of people, not a name.
            if ReferenceLexicon.isPluralRoleNoun(first.lowercased()) { return false }
            return candidate.isSpeaker || candidate.appositive != nil || candidate.pairedForm != nil || candidate.wordsShowAPerson
        }
        return true
    }

    /// Pass one: every name of two or more words creates or joins the entity of that full name.
    mutating func linkFullNames() {
        for index in items.indices where candidate(index).shape == .name && candidate(index).nameWords.count >= 2 {
            let candidate = self.candidate(index)
            if let id = byName[candidate.key] ?? matchingFullName(candidate) {
                join(index, to: id, full: true)
            } else if let (id, preferred) = variantFullName(candidate) {
                join(index, to: id, full: true)
                items[index].issue = .variant(preferred: preferred, firstItem: entities[id].firstFull ?? index)
            } else {
                join(index, to: newEntity(candidate.words, key: candidate.key), full: true)
            }
        }
    }

    /// An existing person entity the multi-word name names more or less fully (`Hillary Clinton` for
    /// `Hillary Rodham Clinton`), if there is exactly one.
    func matchingFullName(_ item: MentionCandidate) -> Int? {
        let words = item.nameWords
        guard let last = words.last, let candidates = byWord[item.surnameKey].map(Self.recent) else { return nil }
        let matches = candidates.filter { id in
            let other = entities[id].words
            guard other.count >= 2, other.last == last, let first = words.first else { return false }
            // Small arrays: plain scans beat building sets.
            return other.first == first || words.allSatisfy { other.contains($0) } || other.allSatisfy { LedgerItem.joiners.contains($0) || words.contains($0) }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// A person already named with the same given name and a variant spelling of the surname (`Volodymyr Zelenskyy`
    /// after `Volodymyr Zelensky`), or the other way round (`Mohammed Saleh` after `Muhammad Saleh`), with the name
    /// as first written.
    func variantFullName(_ item: MentionCandidate) -> (Int, String)? {
        let words = item.nameWords
        guard words.count >= 2, let first = words.first, let last = words.last, let skeleton = item.surnameSkeleton else { return nil }
        for id in Self.recent(bySkeleton[skeleton] ?? []) {
            let other = entities[id].words.filter { !LedgerItem.joiners.contains($0) }
            guard other.count >= 2, let otherFirst = other.first, let otherLast = other.last else { continue }
            let variantSurname = otherFirst == first && NameSpelling.isVariant(last, otherLast)
            let variantGivenName = otherLast == last && NameSpelling.isVariant(first, otherFirst)
            guard variantSurname || variantGivenName else { continue }
            return (id, entities[id].words.joined(separator: " "))
        }
        return nil
    }

    /// The entities of a word index a short form is matched against: the most recently created `wordIndexReach`. A
    /// draft names a handful of people who share a surname; a pasted list of thousands of names must not make every
    /// short form scan them all.
    static func recent(_ ids: [Int]) -> ArraySlice<Int> {
        ids.suffix(wordIndexReach)
    }

    static let wordIndexReach = 64

    /// Creates an entity named by `words`, indexes it and returns its id.
    mutating func newEntity(_ words: [String], key: String?) -> Int {
        let id = entities.count
        entities.append(LedgerEntity(words: words))
        if let key { byName[key] = id }
        for word in Set(words) where !LedgerItem.joiners.contains(word) && !ReferenceLexicon.nameParticles.contains(word) {
            byWord[LedgerItem.fold(word), default: []].append(id)
        }
        // Variant spellings are looked for among full names, by the skeleton of their last word.
        if words.count >= 2, let last = words.last, let skeleton = NameSpelling.skeleton(last) {
            bySkeleton[skeleton, default: []].append(id)
        }
        return id
    }

    /// Adds item `index` to entity `id`, with the evidence the item carries.
    mutating func join(_ index: Int, to id: Int, full: Bool) {
        items[index].entity = id
        items[index].isFullForm = full
        entities[id].items.append(index)
        let candidate = self.candidate(index)
        if full, entities[id].firstFull == nil || index < entities[id].firstFull! {
            entities[id].firstFull = index
        }
        if candidate.shape == .name, !candidate.isAllCaps, candidate.words.count > entities[id].words.count || entities[id].nameItem == nil {
            entities[id].words = candidate.words
            entities[id].nameItem = index
        }
        if candidate.shape == .name || candidate.shape == .acronym {
            vote(for: candidate, on: id, full: full || entities[id].words.count <= 1)
        }
        if let gender = candidate.gender, candidate.shape != .pronoun, entities[id].gender == nil { entities[id].gender = gender }
        if let title = candidate.title { addRole(title, to: id) }
        if let appositive = candidate.appositive { addRole(appositive, to: id) }
    }

    /// Records a title or appositive the draft gives entity `id`, and its words for matching descriptions.
    private mutating func addRole(_ role: String, to id: Int) {
        guard !entities[id].roles.contains(role) else { return }
        entities[id].roles.append(role)
        for word in role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }) { entities[id].roleWords.insert(word) }
    }

    /// The words of an appositive up to its first preposition or relative word: its head noun phrase.
    static func headPhrase(_ words: [String]) -> ArraySlice<String> {
        let end = words.firstIndex { ReferenceLexicon.headPhraseEnds.contains($0) } ?? words.endIndex
        return words[..<end]
    }

    /// Whether an appositive's head noun names a person: a role or another noun for a person, an age
    /// (`52-year-old`) or a noun of agency (`a resident`, `a frequent critic`).
    static func namesAPerson(_ head: String) -> Bool {
        let bytes = Array(head.utf8)
        if ReferenceLexicon.unnamedPersonTable.value(bytes, 0..<bytes.count) != nil || head.hasSuffix("-old") { return true }
        return ["er", "or", "ist", "ian", "ant", "ent"].contains { head.hasSuffix($0) } && head.count > 4
    }

    /// Records what a name mention says about its entity's kind.
    mutating func vote(for candidate: MentionCandidate, on id: Int, full: Bool) {
        let name = candidate.words.count == 1 ? candidate.words[0] : candidate.words.joined(separator: " ")
        if candidate.shape == .acronym { entities[id].vote(.organization) }
        if let hint = candidate.kindHint { entities[id].vote(hint, candidate.title == nil && hint != .person ? 4 : 3) }
        // Knowledge speaks for the name as written only when it names the entity in full: "Jordan" short for
        // "Michael Jordan" is no country.
        if full, let kind = knowledge.kind(of: name) {
            // A team named after its city plays as an organization ("Leicestershire beat Somerset").
            if kind == .place, candidate.isTeam {
                entities[id].vote(.organization, 5)
            } else {
                // Knowledge of a whole multi-word name outweighs the kind its last word suggests (`West Bank`).
                entities[id].vote(kind, candidate.words.count >= 2 ? 5 : 4)
            }
        } else if candidate.isInSportsResult, candidate.kindHint == nil, let first = candidate.words.first,
            !(candidate.words.count >= 2 && knowledge.givenName(first).isGivenName)
        {
            // A side in a result, unless a player's name (`Iain Pyman 71 75`).
            entities[id].vote(.organization, 2)
        }
        // Mr. and Ms. are house style on every later reference (the New York Times), not evidence of a cut name.
        let plainHonorific = candidate.isHonorific && ["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Mx.", "Mx"].contains(candidate.title ?? "")
        if candidate.title != nil, !plainHonorific { entities[id].personEvidence = true }
        if candidate.isSpeaker { entities[id].vote(.person) }
        // The name's own shape (`PolitiFact`, `Acme Corp`) outweighs the words around it.
        if candidate.wordsShowAPerson, candidate.kindHint != .organization {
            entities[id].vote(.person, 3)
            entities[id].personEvidence = true
        }
        if let appositive = candidate.appositive {
            let words = appositive.lowercased().split(separator: " ").map(String.init)
            let namesOrganization = words.contains { ReferenceLexicon.organizationDescriptionHeads.contains($0) }
            // The role is the head of the appositive's first noun phrase: `leader of the Freedom Front`, not `the
            // possibility of a meeting between Attorney General …`, nor `a synthetic thyroid hormone`.
            let head = Self.headPhrase(words)
            if words.first == "who" || head.contains(where: { ReferenceLexicon.roleNouns.contains($0) }) || Int(words.first ?? "") != nil
                || (["a", "an"].contains(words.first ?? "") && !namesOrganization && head.last.map(Self.namesAPerson) == true)
            {
                entities[id].personEvidence = true
                entities[id].vote(.person, 2)
            } else if namesOrganization {
                entities[id].vote(.organization, 2)
            }
        }
        let words = candidate.words.filter { !LedgerItem.joiners.contains($0) }
        if words.count >= 2, let first = words.first {
            let given = knowledge.givenName(first)
            if given.isGivenName, candidate.kindHint == nil {
                entities[id].vote(.person, 2)
                if entities[id].gender == nil { entities[id].gender = given.gender }
            } else if candidate.kindHint == nil, let last = words.last,
                ReferenceLexicon.organizationPrefixes.contains(words[0]) && knowledge.kind(of: last) == .place || knowledge.isCountry(last)
            {
                // A club's, airline's, bank's or agency's name after its place (`Air France`, `Dynamo Moscow`, `Real
                // Madrid`, `Statistics Canada`); a person's name ends on a country only after a given name.
                entities[id].vote(.organization, 3)
            } else if candidate.kindHint == nil, words.count <= 3, !candidate.isAllCaps {
                entities[id].vote(.person)
            }
        }
        if candidate.followsPlacePreposition { entities[id].vote(.place) }
    }
}
