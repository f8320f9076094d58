/// Reads the generated compact text form of the built-in records (see `scripts/knowledge/README.md`).
///
/// The form is tab-separated lines, parsed once on first lookup rather than compiled as Swift literals:
/// - `# …` is a comment; `@key<TAB>asOf<TAB>source` defines a source that records cite by key.
/// - A record is `id<TAB>kind<TAB>name` followed by `key=value` fields (lists joined by `|`; offices as
///   `title^country^organization^since^L`).
/// - A city is `=geonameid<TAB>name<TAB>country<TAB>region<TAB>population<TAB>aliases<TAB>dateline` where the
///   dateline is the part after the comma when it is not the country's name, `-` when the city stands alone and
///   `=WORDS` when it stands alone in another spelling (`=NEW YORK`).
/// Malformed lines are skipped: the data is generated and tested, and a lookup must never trap.
struct CompactRecordReader {
    private var sources: [String: (asOf: String, text: String)] = [:]
    private(set) var records: [KnowledgeRecord] = []
    private var countryNames: [String: String] = [:]

    /// Reads every table in order; cities are read last so they can borrow country names for datelines.
    static func read(_ tables: [StaticString]) -> [KnowledgeRecord] {
        var reader = CompactRecordReader()
        for table in tables {
            table.withUTF8Buffer { buffer in
                var start = 0
                while start < buffer.count {
                    var end = start
                    while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                    if end > start {
                        reader.readLine(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    }
                    start = end + 1
                }
            }
        }
        return reader.records
    }

    private mutating func readLine(_ line: UnsafeBufferPointer<UInt8>) {
        var fields: [String] = []
        var start = 0
        for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: "\t") {
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<index]), as: UTF8.self))
            start = index + 1
        }
        guard let first = fields.first, let lead = first.utf8.first else { return }
        switch lead {
        case UInt8(ascii: "#"):
            return
        case UInt8(ascii: "@"):
            if fields.count >= 3 { sources[first] = (fields[1], fields[2]) }
        case UInt8(ascii: "="):
            readCity(fields)
        default:
            readRecord(fields)
        }
    }

    private mutating func readRecord(_ fields: [String]) {
        guard fields.count >= 3, let kind = Self.kinds[fields[1]] else { return }
        var record = KnowledgeRecord(id: fields[0], name: fields[2], kind: kind, source: "", asOf: "")
        var sourceKey = ""
        var asOf: String?
        for field in fields.dropFirst(3) {
            guard let equals = field.firstIndex(of: "=") else { continue }
            let key = field[..<equals]
            let value = String(field[field.index(after: equals)...])
            switch key {
            case "c": record.category = value
            case "a": record.aliases = Self.list(value)
            case "sn": record.shortNames = Self.list(value)
            case "ac": record.acronym = value
            case "d": record.description = value
            case "t": record.title = value
            case "o": record.offices = Self.list(value).compactMap(Self.office)
            case "co": record.country = value
            case "r": record.region = value
            case "si": record.since = value
            case "af": record.affiliation = value
            case "f": record.firstReference = value
            case "av": record.avoid = Self.list(value)
            case "dl": record.datelineForm = value
            case "dm": record.demonyms = Self.list(value)
            case "aj": record.adjectives = Self.list(value)
            case "cp": record.capital = value
            case "cd": record.codes = Self.list(value)
            case "pp": record.population = Int(value)
            case "s": sourceKey = value
            case "w": asOf = value
            default: continue
            }
        }
        if let main = record.offices.first {
            record.title = record.title ?? main.title
            record.since = record.since ?? main.since
            record.country = record.country ?? main.country
        }
        let source = sources[sourceKey]
        record.source = source?.text ?? ""
        record.asOf = asOf ?? source?.asOf ?? ""
        if record.category == "country" || record.category == "territory", let code = record.codes.first {
            countryNames[code] = record.name
        }
        records.append(record)
    }

    private mutating func readCity(_ fields: [String]) {
        guard fields.count >= 7, let source = sources["@geo"] else { return }
        let geonameID = fields[0].dropFirst()
        let (name, country, region) = (fields[1], fields[2], fields[3])
        let dateline: String
        let suffix = fields[6]
        if suffix == "-" {
            dateline = name.uppercased()
        } else if suffix.hasPrefix("=") {
            dateline = String(suffix.dropFirst())
        } else {
            dateline = name.uppercased() + ", " + (suffix.isEmpty ? countryNames[country] ?? country : suffix)
        }
        records.append(KnowledgeRecord(
            id: "city:\(geonameID)", name: name, kind: .place, category: "city", aliases: Self.list(fields[5]),
            country: country, region: region.isEmpty ? nil : region, datelineForm: dateline,
            population: Int(fields[4]), source: source.text, asOf: source.asOf
        ))
    }

    private static let kinds: [String: KnowledgeRecord.Kind] = [
        "p": .person, "o": .organization, "l": .place, "x": .other,
    ]

    private static func list(_ value: String) -> [String] {
        value.isEmpty ? [] : value.split(separator: "|").map(String.init)
    }

    private static func office(_ value: String) -> KnowledgeOffice? {
        let parts = value.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, !parts[0].isEmpty else { return nil }
        return KnowledgeOffice(
            title: parts[0], country: parts[1].isEmpty ? nil : parts[1],
            organization: parts[2].isEmpty ? nil : parts[2], since: parts[3].isEmpty ? nil : parts[3],
            isLeader: parts[4] == "L"
        )
    }
}
