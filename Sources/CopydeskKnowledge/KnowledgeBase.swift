/// What Copydesk knows about the world's names: the built-in gazetteer with the newsroom's records laid over it.
///
/// A knowledge base is a cheap value. The built-in records are compiled into the binary as compact text and
/// parsed on the first lookup, not at startup; a newsroom overlay is resolved on its first lookup too.
/// Lookups are pure: no IO, no clock. Every lookup that can find several records returns them best first:
/// newsroom records, then people and organizations, countries, U.S. states, other places and cities by population.
public struct KnowledgeBase: Sendable {
    /// The records compiled into the binary.
    public static let builtIn = KnowledgeBase(revision: BuiltInKnowledge.revision, layer: nil)

    /// An identity that changes whenever the records change, so caches keyed on knowledge can be dropped.
    /// Equal newsroom records laid over the built-in ones give equal revisions.
    public let revision: Int

    let layer: NewsroomLayer?

    init(revision: Int, layer: NewsroomLayer?) {
        self.revision = revision
        self.layer = layer
    }

    /// The newsroom records this base lays over the built-in ones, as the entity files gave them.
    public var newsroomRecords: [KnowledgeRecord] { layer?.input ?? [] }

    /// The built-in records with `newsroom` laid over them (after any newsroom records already here).
    ///
    /// A newsroom record whose name or alias names a built-in record of the same kind replaces it: its fields win,
    /// the built-in record fills the fields it leaves out, aliases are merged and avoided spellings dropped from
    /// them. Other newsroom records are added. Later records override earlier ones the same way.
    public func overlaying(_ newsroom: [KnowledgeRecord]) -> KnowledgeBase {
        let input = newsroomRecords + newsroom
        guard !input.isEmpty else { return .builtIn }
        var hasher = StableHasher()
        hasher.combine(BuiltInKnowledge.revision)
        for record in input { hasher.combine(record) }
        return KnowledgeBase(revision: hasher.value, layer: NewsroomLayer(input))
    }

    /// Every record, best first, with overridden built-in records left out.
    public func allRecords() -> [KnowledgeRecord] {
        collect { Array($0.records.indices) }
    }

    /// The record with identity `id`.
    public func record(id: String) -> KnowledgeRecord? {
        collect { index in index.ids[id].map { [$0] } ?? [] }.first
    }

    /// The records a surface form names: names, aliases, acronyms, short names ("Putin") and avoided spellings,
    /// matched case-sensitively after apostrophes, dashes and spaces are normalised. When nothing matches and the
    /// form is all capitals, as in a headline ("TIANJIN"), case is ignored.
    public func records(named surface: String) -> [KnowledgeRecord] {
        let found = collect { $0.positions(named: surface) }
        if found.isEmpty && LookupKey.isAllCaps(surface) {
            return collect(
                newsroom: { $0.index.positions(foldedNamed: surface, in: $0.folded) },
                builtIn: { $0.positions(foldedNamed: surface, in: BuiltInKnowledge.folded) }
            )
        }
        return found
    }

    /// The organizations (or other records) whose acronym is `acronym` ("SCO", "IAEA").
    public func records(acronym: String) -> [KnowledgeRecord] {
        collect { $0.acronyms[LookupKey.exact(acronym)] ?? [] }
    }

    /// The places a name names: countries, territories, states, cities and other places, best first.
    public func places(named surface: String) -> [KnowledgeRecord] {
        records(named: surface).filter { $0.kind == .place }
    }

    /// The country or territory with ISO 3166-1 code `code` (alpha-2 or alpha-3, any case).
    public func country(code: String) -> KnowledgeRecord? {
        collect { index in index.countries[code.uppercased()].map { [$0] } ?? [] }.first
    }

    /// The country a nationality word belongs to: an adjective or demonym, singular or plural, any case
    /// ("Russian", "Britons", "Ukrainians", "U.S.").
    public func country(forNationality word: String) -> KnowledgeRecord? {
        collect { index in index.nationalities[LookupKey.folded(word)].map { [$0] } ?? [] }.first
    }

    /// The country a name, code or nationality word means ("Russia", "RU", "Russian"), if any.
    public func country(meaning word: String) -> KnowledgeRecord? {
        if word.count <= 3, word.allSatisfy(\.isUppercase), let country = country(code: word) {
            return country
        }
        if let named = records(named: word).first(where: \.isCountryLike) {
            return named
        }
        return country(forNationality: word)
    }

    /// Who holds the office `title` of `country` (a code, name or nationality word): `holder(ofOffice:
    /// "President", country: "Russia")`. Titles match without regard to case or hyphens.
    public func holder(ofOffice title: String, country: String) -> KnowledgeRecord? {
        guard let code = self.country(meaning: country)?.codes.first else { return nil }
        return collect { $0.positions(holding: title, of: code) }.first
    }

    /// Who holds the office `title` of an organization, named by its name or acronym
    /// (`holder(ofOffice: "Secretary-General", organization: "UN")`).
    public func holder(ofOffice title: String, organization: String) -> KnowledgeRecord? {
        var names = [organization]
        for record in records(named: organization) where record.kind == .organization {
            names.append(record.name)
        }
        for name in names {
            if let holder = collect({ $0.positions(holding: title, of: name) }).first { return holder }
        }
        return nil
    }

    /// The person a story means by "the Russian leader": the leader of `country` (a code, name or nationality
    /// word), when the records say who that is.
    public func leader(ofCountry country: String) -> KnowledgeRecord? {
        holder(ofOffice: LookupKey.leaderTitle, country: country)
    }

    /// What the census lists say about `word` as a given name ("Glenn"), or nil when it is not one.
    public func firstName(_ word: String) -> PersonName? {
        let table = BuiltInKnowledge.firstNames
        guard let ranks = table.ranks(of: word), ranks.count >= 2 else { return nil }
        let male = ranks[0] > 0 ? ranks[0] : nil
        let female = ranks[1] > 0 ? ranks[1] : nil
        guard let best = [male, female].compactMap({ $0 }).min() else { return nil }
        return PersonName(rank: best, maleRank: male, femaleRank: female, listSize: table.count)
    }

    /// What the census lists say about `word` as a surname ("Campbell"), or nil when it is not one.
    public func surname(_ word: String) -> PersonName? {
        let table = BuiltInKnowledge.surnames
        guard let rank = table.ranks(of: word)?.first, rank > 0 else { return nil }
        return PersonName(rank: rank, listSize: table.count)
    }

    /// Whether `word` is a given name in the census lists.
    public func isFirstName(_ word: String) -> Bool { firstName(word) != nil }

    /// Whether `word` is a surname in the census lists.
    public func isSurname(_ word: String) -> Bool { surname(word) != nil }

    /// The spelling to use instead of `variant` when a record lists it under `avoid`
    /// ("Zelensky" → "Zelenskyy" when the newsroom's record is "Volodymyr Zelenskyy" avoiding "Zelensky").
    public func spellingPreference(for variant: String) -> SpellingPreference? {
        guard let record = collect({ $0.avoided[LookupKey.exact(variant)] ?? [] }).first else { return nil }
        return SpellingPreference(variant: variant, preferred: SpellingPreference.preferredForm(of: variant, in: record), record: record)
    }

    /// The records at `positions(index)` in the newsroom layer, then in the built-in index, skipping built-in
    /// records the newsroom overrides.
    private func collect(_ positions: (RecordIndex) -> [Int]) -> [KnowledgeRecord] {
        collect(newsroom: { positions($0.index) }, builtIn: positions)
    }

    private func collect(
        newsroom: (NewsroomLayer.Resolved) -> [Int], builtIn positions: (RecordIndex) -> [Int]
    ) -> [KnowledgeRecord] {
        var found: [KnowledgeRecord] = []
        let builtIn = BuiltInKnowledge.index
        if let layer {
            let resolved = layer.resolved
            found += newsroom(resolved).map { resolved.index.records[$0] }
            found += positions(builtIn).filter { !resolved.overridden.contains($0) }.map { builtIn.records[$0] }
        } else {
            found += positions(builtIn).map { builtIn.records[$0] }
        }
        return found
    }
}

extension KnowledgeRecord {
    /// Whether the record is a country or a territory with its own ISO code.
    public var isCountryLike: Bool { category == "country" || category == "territory" }
}
