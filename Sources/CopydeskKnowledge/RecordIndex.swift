/// Records with the dictionaries that answer lookups: by surface form, folded surface form, acronym, nationality
/// word, office, country code, identity and avoided spelling.
///
/// A record's position in `records` is its priority: lookups that find several records return them in that order
/// (the generator writes people and organizations first, then countries, states and cities by population).
struct RecordIndex: Sendable {
    let records: [KnowledgeRecord]
    private(set) var exact: [String: [Int]] = [:]
    private(set) var short: [String: [Int]] = [:]
    private(set) var acronyms: [String: [Int]] = [:]
    private(set) var nationalities: [String: Int] = [:]
    private(set) var offices: [String: [Int]] = [:]
    private(set) var countries: [String: Int] = [:]
    private(set) var ids: [String: Int] = [:]
    private(set) var avoided: [String: [Int]] = [:]

    init(_ records: [KnowledgeRecord]) {
        self.records = records
        exact.reserveCapacity(records.count * 2)
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

    /// The positions of the records a surface form names when case is ignored, full forms first; `folded` is
    /// this index's `FoldedNames`, built separately because only all-caps lookups need it.
    func positions(foldedNamed surface: String, in folded: FoldedNames) -> [Int] {
        let key = LookupKey.folded(surface)
        return merged(folded.full[key], folded.short[key])
    }

    /// The positions of the records whose full forms (not short names) include `surface`.
    func positions(fullyNamed surface: String) -> [Int] {
        exact[LookupKey.exact(surface)] ?? []
    }

    func merged(_ first: [Int]?, _ second: [Int]?) -> [Int] {
        guard let second else { return first ?? [] }
        guard let first else { return second }
        return first + second.filter { !first.contains($0) }
    }

    func positions(holding title: String, of holder: String) -> [Int] {
        offices[LookupKey.office(title, holder)] ?? []
    }

    private mutating func add(_ record: KnowledgeRecord, at position: Int) {
        ids[record.id] = ids[record.id] ?? position
        for form in record.fullForms {
            Self.append(position, to: &exact, key: LookupKey.exact(form))
        }
        for form in record.shortNames {
            Self.append(position, to: &short, key: LookupKey.exact(form))
        }
        if let acronym = record.acronym {
            Self.append(position, to: &acronyms, key: LookupKey.exact(acronym))
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
                Self.append(position, to: &offices, key: LookupKey.office(office.title, holder))
                if office.isLeader {
                    Self.append(position, to: &offices, key: LookupKey.office(LookupKey.leaderTitle, holder))
                }
            }
        }
        for variant in record.avoid {
            Self.append(position, to: &avoided, key: LookupKey.exact(variant))
        }
    }

    // Static, so the table is the only reference while it is mutated: a method would hold a copy of `self` and
    // make every insertion copy the whole dictionary.
    static func append(_ position: Int, to table: inout [String: [Int]], key: String) {
        guard !key.isEmpty else { return }
        if table[key]?.last != position {
            table[key, default: []].append(position)
        }
    }
}

/// The case-folded names of a `RecordIndex`, for all-caps headlines: built on the first lookup that needs them.
struct FoldedNames: Sendable {
    private(set) var full: [String: [Int]] = [:]
    private(set) var short: [String: [Int]] = [:]

    init(_ records: [KnowledgeRecord]) {
        for (position, record) in records.enumerated() {
            for form in record.fullForms {
                RecordIndex.append(position, to: &full, key: LookupKey.folded(form))
            }
            for form in record.shortNames {
                RecordIndex.append(position, to: &short, key: LookupKey.folded(form))
            }
        }
    }
}

extension KnowledgeRecord {
    /// The forms a lookup matches before short names: name, aliases, acronym, avoided spellings and, for
    /// countries, the ISO alpha-3 code.
    var fullForms: [String] {
        var forms = surfaceForms + avoid
        if isCountryLike {
            forms += codes.filter { $0.count == 3 && $0.allSatisfy(\.isUppercase) }
        }
        return forms
    }
}
