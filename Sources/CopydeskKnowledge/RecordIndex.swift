/// Records with the dictionaries that answer lookups: by surface form, folded surface form, acronym, nationality
/// word, office, country code, identity and avoided spelling.
///
/// A record's position in `records` is its priority: lookups that find several records return them in that order
/// (the generator writes people and organizations first, then countries, states and cities by population).
struct RecordIndex: Sendable {
    let records: [KnowledgeRecord]
    private(set) var exact: [String: [Int]] = [:]
    private(set) var folded: [String: [Int]] = [:]
    private(set) var short: [String: [Int]] = [:]
    private(set) var foldedShort: [String: [Int]] = [:]
    private(set) var acronyms: [String: [Int]] = [:]
    private(set) var nationalities: [String: Int] = [:]
    private(set) var offices: [String: [Int]] = [:]
    private(set) var countries: [String: Int] = [:]
    private(set) var ids: [String: Int] = [:]
    private(set) var avoided: [String: [Int]] = [:]

    init(_ records: [KnowledgeRecord]) {
        self.records = records
        for (position, record) in records.enumerated() {
            add(record, at: position)
        }
    }

    /// The positions of the records a surface form names exactly: full forms (names, aliases, acronyms, avoided
    /// spellings) first, then short names.
    func positions(named surface: String) -> [Int] {
        let key = LookupKey.exact(surface)
        return merged(exact[key], short[key])
    }

    /// The positions of the records a surface form names when case is ignored, full forms first.
    func positions(foldedNamed surface: String) -> [Int] {
        let key = LookupKey.folded(surface)
        return merged(folded[key], foldedShort[key])
    }

    /// The positions of the records whose full forms (not short names) include `surface`.
    func positions(fullyNamed surface: String) -> [Int] {
        exact[LookupKey.exact(surface)] ?? []
    }

    private func merged(_ first: [Int]?, _ second: [Int]?) -> [Int] {
        guard let second else { return first ?? [] }
        guard let first else { return second }
        return first + second.filter { !first.contains($0) }
    }

    func positions(holding title: String, of holder: String) -> [Int] {
        offices[LookupKey.office(title, holder)] ?? []
    }

    private mutating func add(_ record: KnowledgeRecord, at position: Int) {
        ids[record.id] = ids[record.id] ?? position
        var forms = record.surfaceForms + record.avoid
        if record.isCountryLike {
            forms += record.codes.filter { $0.count == 3 && $0.allSatisfy(\.isUppercase) }
        }
        for form in forms {
            append(position, to: &exact, key: LookupKey.exact(form))
            append(position, to: &folded, key: LookupKey.folded(form))
        }
        for form in record.shortNames {
            append(position, to: &short, key: LookupKey.exact(form))
            append(position, to: &foldedShort, key: LookupKey.folded(form))
        }
        if let acronym = record.acronym {
            append(position, to: &acronyms, key: LookupKey.exact(acronym))
        }
        if record.isCountryLike {
            for word in record.adjectives + record.demonyms where nationalities[LookupKey.folded(word)] == nil {
                nationalities[LookupKey.folded(word)] = position
            }
            for code in record.codes where countries[code.uppercased()] == nil {
                countries[code.uppercased()] = position
            }
        }
        for office in record.offices {
            for holder in [office.country, office.organization].compactMap({ $0 }) {
                append(position, to: &offices, key: LookupKey.office(office.title, holder))
                if office.isLeader {
                    append(position, to: &offices, key: LookupKey.office(LookupKey.leaderTitle, holder))
                }
            }
        }
        for variant in record.avoid {
            append(position, to: &avoided, key: LookupKey.exact(variant))
        }
    }

    private func append(_ position: Int, to table: inout [String: [Int]], key: String) {
        guard !key.isEmpty else { return }
        if table[key]?.last != position {
            table[key, default: []].append(position)
        }
    }
}
