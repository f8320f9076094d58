/// Lays newsroom records over the built-in index: a newsroom record replaces the built-in record of the same kind
/// that one of its full forms names, and is added when none does.
enum NewsroomOverlay {
    static func resolve(_ input: [KnowledgeRecord], over builtIn: RecordIndex) -> NewsroomLayer.Resolved {
        var records: [KnowledgeRecord] = []
        var overridden: Set<Int> = []
        var usedIDs: Set<String> = []
        for var record in input {
            record.isNewsroom = true
            record.country = countryCode(record.country, in: builtIn)
            if let earlier = records.firstIndex(where: { matches(record, $0) }) {
                records[earlier] = merge(record, over: records[earlier])
            } else if let position = builtInMatch(for: record, in: builtIn) {
                overridden.insert(position)
                let merged = merge(record, over: builtIn.records[position])
                usedIDs.insert(merged.id)
                records.append(merged)
            } else {
                record.id = uniqueID(for: record, avoiding: &usedIDs)
                if record.shortNames.isEmpty, let short = defaultShortName(record) {
                    record.shortNames = [short]
                }
                records.append(record)
            }
        }
        return NewsroomLayer.Resolved(index: RecordIndex(records), folded: FoldedNames(records), overridden: overridden)
    }

    /// The full forms by which a newsroom record claims a built-in one: its name, aliases, acronym and avoided
    /// spellings (a newsroom that avoids "Volodymyr Zelensky" means the built-in record of that name).
    private static func claimedForms(_ record: KnowledgeRecord) -> [String] {
        record.surfaceForms + record.avoid
    }

    private static func matches(_ record: KnowledgeRecord, _ other: KnowledgeRecord) -> Bool {
        guard record.kind == other.kind else { return false }
        let forms = Set(other.surfaceForms.map(LookupKey.exact))
        return claimedForms(record).contains { forms.contains(LookupKey.exact($0)) }
    }

    private static func builtInMatch(for record: KnowledgeRecord, in builtIn: RecordIndex) -> Int? {
        for form in claimedForms(record) {
            for position in builtIn.positions(named: form) {
                let candidate = builtIn.records[position]
                if let country = record.country, let other = candidate.country, country != other { continue }
                if matches(record, candidate) { return position }
            }
        }
        return nil
    }

    /// `newsroom`'s fields over `base`'s: newsroom values win, the base fills what the newsroom leaves out.
    static func merge(_ newsroom: KnowledgeRecord, over base: KnowledgeRecord) -> KnowledgeRecord {
        var merged = base
        let avoided = Set((newsroom.avoid + base.avoid).map(LookupKey.exact))
        let own = Set(([newsroom.name] + newsroom.aliases).map(LookupKey.exact))
        merged.name = newsroom.name
        merged.category = newsroom.category ?? base.category
        merged.aliases = unique(base.aliases + [base.name] + newsroom.aliases).filter {
            LookupKey.exact($0) != LookupKey.exact(newsroom.name) && !avoided.contains(LookupKey.exact($0))
        }
        if !newsroom.shortNames.isEmpty {
            merged.shortNames = newsroom.shortNames
        } else {
            let renamed = KnowledgeRecord(id: base.id, name: newsroom.name, kind: newsroom.kind, source: "", asOf: "")
            merged.shortNames = unique(base.shortNames.map {
                avoided.contains(LookupKey.exact($0)) ? SpellingPreference.preferredForm(of: $0, in: renamed) : $0
            })
        }
        merged.acronym = newsroom.acronym ?? base.acronym
        merged.description = newsroom.description ?? base.description
        merged.title = newsroom.title ?? base.title
        merged.offices = newsroom.offices.isEmpty ? base.offices : newsroom.offices
        merged.country = newsroom.country ?? base.country
        merged.region = newsroom.region ?? base.region
        merged.since = newsroom.since ?? base.since
        merged.affiliation = newsroom.affiliation ?? base.affiliation
        merged.firstReference = newsroom.firstReference ?? base.firstReference
        merged.avoid = unique(base.avoid + newsroom.avoid).filter { !own.contains(LookupKey.exact($0)) }
        merged.datelineForm = newsroom.datelineForm ?? base.datelineForm
        merged.demonyms = unique(base.demonyms + newsroom.demonyms)
        merged.adjectives = unique(base.adjectives + newsroom.adjectives)
        merged.capital = newsroom.capital ?? base.capital
        merged.codes = unique(base.codes + newsroom.codes)
        merged.population = newsroom.population ?? base.population
        if newsroom.source.isEmpty || newsroom.source == base.source {
            merged.source = base.source
        } else if base.isNewsroom {
            merged.source = newsroom.source
        } else {
            merged.source = "\(newsroom.source); built in: \(base.source), as of \(base.asOf)"
        }
        merged.asOf = newsroom.asOf.isEmpty ? base.asOf : newsroom.asOf
        merged.isNewsroom = true
        return merged
    }

    /// The short form news copy uses for a person after first reference: the surname with any lowercase
    /// particles before it ("Putin", "von der Leyen", "de Gaulle"); nil for one-word names and non-people.
    static func defaultShortName(_ record: KnowledgeRecord) -> String? {
        guard record.kind == .person else { return nil }
        let words = record.name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        var start = words.count - 1
        while start > 1, let first = words[start - 1].first, first.isLowercase {
            start -= 1
        }
        return words[start...].joined(separator: " ")
    }

    /// A country given as a name, code or nationality word, as its ISO alpha-2 code when the built-in records
    /// know it; otherwise as given.
    private static func countryCode(_ value: String?, in builtIn: RecordIndex) -> String? {
        guard let value, !value.isEmpty else { return nil }
        if let position = builtIn.countries[value.uppercased()], value.count <= 3 {
            return builtIn.records[position].codes.first ?? value
        }
        if let position = builtIn.positions(named: value).first(where: { builtIn.records[$0].isCountryLike }) {
            return builtIn.records[position].codes.first ?? value
        }
        if let position = builtIn.nationalities[LookupKey.folded(value)] {
            return builtIn.records[position].codes.first ?? value
        }
        return value
    }

    private static func uniqueID(for record: KnowledgeRecord, avoiding used: inout Set<String>) -> String {
        var slug = ""
        for character in record.name.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        let base = "newsroom:" + (slug.isEmpty ? "entity" : slug)
        var id = base
        var suffix = 2
        while used.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(id)
        return id
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert(LookupKey.exact($0)).inserted }
    }
}
