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
        // Records are large values; growing the array by doubling would copy them several times.
        reader.records.reserveCapacity(tables.reduce(0) { $0 + $1.utf8CodeUnitCount } / 40)
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

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private mutating func readLine(_ line: Bytes) {
        let fields = Self.split(line, on: UInt8(ascii: "\t"))
        guard let first = fields.first?.first else { return }
        switch first {
        case UInt8(ascii: "#"):
            return
        case UInt8(ascii: "@"):
            if fields.count >= 3 {
                sources[Self.string(fields[0])] = (Self.string(fields[1]), Self.string(fields[2]))
            }
        case UInt8(ascii: "="):
            readCity(fields)
        default:
            readRecord(fields)
        }
    }

    private mutating func readRecord(_ fields: [Bytes]) {
        guard fields.count >= 3, let kind = Self.kinds[Self.string(fields[1])] else { return }
        var record = KnowledgeRecord(id: Self.string(fields[0]), name: Self.string(fields[2]), kind: kind, source: "", asOf: "")
        var sourceKey = ""
        var asOf: String?
        for field in fields.dropFirst(3) {
            guard let equals = field.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = Self.string(Bytes(rebasing: field[..<equals]))
            let raw = Bytes(rebasing: field[(equals + 1)...])
            switch key {
            case "c": record.category = Self.string(raw)
            case "a": record.aliases = Self.list(raw)
            case "sn": record.shortNames = Self.list(raw)
            case "ac": record.acronym = Self.string(raw)
            case "d": record.description = Self.string(raw)
            case "t": record.title = Self.string(raw)
            case "o": record.offices = Self.list(raw).compactMap(Self.office)
            case "co": record.country = Self.string(raw)
            case "r": record.region = Self.string(raw)
            case "si": record.since = Self.string(raw)
            case "af": record.affiliation = Self.string(raw)
            case "f": record.firstReference = Self.string(raw)
            case "av": record.avoid = Self.list(raw)
            case "dl": record.datelineForm = Self.string(raw)
            case "dm": record.demonyms = Self.list(raw)
            case "aj": record.adjectives = Self.list(raw)
            case "cp": record.capital = Self.string(raw)
            case "cd": record.codes = Self.list(raw)
            case "pp": record.population = Self.integer(raw)
            case "s": sourceKey = Self.string(raw)
            case "w": asOf = Self.string(raw)
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
        if record.isCountryLike, let code = record.codes.first {
            countryNames[code] = record.name
        }
        records.append(record)
    }

    private mutating func readCity(_ fields: [Bytes]) {
        guard fields.count >= 7, let source = sources["@geo"] else { return }
        let geonameID = Self.string(Bytes(rebasing: fields[0].dropFirst()))
        let name = Self.string(fields[1])
        let country = Self.string(fields[2])
        let suffix = Self.string(fields[6])
        let dateline: String
        if suffix == "-" {
            dateline = Self.uppercased(fields[1])
        } else if suffix.hasPrefix("=") {
            dateline = String(suffix.dropFirst())
        } else {
            dateline = Self.uppercased(fields[1]) + ", " + (suffix.isEmpty ? countryNames[country] ?? country : suffix)
        }
        records.append(KnowledgeRecord(
            id: "city:" + geonameID, name: name, kind: .place, category: "city", aliases: Self.list(fields[5]),
            country: country, region: fields[3].isEmpty ? nil : Self.string(fields[3]), datelineForm: dateline,
            population: Self.integer(fields[4]), source: source.text, asOf: source.asOf
        ))
    }

    /// The pieces of `bytes` between `separator`s, empty pieces kept.
    private static func split(_ bytes: Bytes, on separator: UInt8) -> [Bytes] {
        var pieces: [Bytes] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == separator {
            pieces.append(Bytes(rebasing: bytes[start..<index]))
            start = index + 1
        }
        pieces.append(Bytes(rebasing: bytes[start..<bytes.count]))
        return pieces
    }

    /// The bytes upper-cased as a dateline wants them; ASCII without going through Unicode case mapping.
    private static func uppercased(_ bytes: Bytes) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return string(bytes).uppercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
            }
            return bytes.count
        }
    }

    /// The decimal number the bytes spell, or nil.
    private static func integer(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty, bytes.count < 19 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func string(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func list(_ bytes: Bytes) -> [String] {
        bytes.isEmpty ? [] : split(bytes, on: UInt8(ascii: "|")).map(string)
    }

    private static let kinds: [String: KnowledgeRecord.Kind] = [
        "p": .person, "o": .organization, "l": .place, "x": .other,
    ]

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
