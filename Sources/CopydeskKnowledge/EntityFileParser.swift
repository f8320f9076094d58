import CopydeskJSON

/// Parses a newsroom entity file: JSON Lines, one entity per line.
///
/// Each line is an object with `name` (required), `kind` (`person`, `organization`, `place` or `other`; default
/// `other`), `aliases`, `description`, `title`, `affiliation`, `firstReference`, `avoid`, `source` and `asOf`, and
/// optionally `acronym`, `country`, `region`, `since`, `category`, `datelineForm` and `shortNames`. Blank lines and
/// lines starting with `#` are skipped. A line that is not a JSON object or has no name is dropped with an error; a
/// field of the wrong type is dropped with an error and the rest of the line kept; an unknown field gets a warning.
/// Parsing never fails and never stops early: every good line loads.
public enum EntityFileParser {
    /// Parses `bytes`, the contents of the file at `path` (used only in records' sources and in problems).
    public static func parse(_ bytes: [UInt8], path: String) -> EntityFile {
        var records: [KnowledgeRecord] = []
        var problems: [EntityFileProblem] = []
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            var line = LineParser(path: path, number: lineNumber, range: start..<contentEnd)
            if let record = line.parse(Array(bytes[start..<contentEnd])) {
                records.append(record)
            }
            problems += line.problems
            start = end + 1
        }
        return EntityFile(path: path, records: records, problems: problems)
    }

    /// The fields an entity line may have, with what each must hold.
    static let fields: [String: FieldType] = [
        "name": .string, "kind": .string, "aliases": .strings, "description": .string, "title": .string,
        "affiliation": .string, "firstReference": .string, "avoid": .strings, "source": .string, "asOf": .date,
        "acronym": .string, "country": .string, "region": .string, "since": .date, "category": .string,
        "datelineForm": .string, "shortNames": .strings,
    ]

    enum FieldType {
        case string, strings, date
    }
}

/// Parses one line of an entity file, collecting its problems.
private struct LineParser {
    let path: String
    let number: Int
    let range: Range<Int>
    var problems: [EntityFileProblem] = []

    init(path: String, number: Int, range: Range<Int>) {
        self.path = path
        self.number = number
        self.range = range
    }

    mutating func parse(_ line: [UInt8]) -> KnowledgeRecord? {
        guard let first = line.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
            first != UInt8(ascii: "#")
        else { return nil }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            report(nil, "not valid JSON (column \(error.column): \(error.reason)); the line is skipped")
            return nil
        }
        guard case .object(let object) = value else {
            report(nil, "expected a JSON object, found \(value.typeName); the line is skipped")
            return nil
        }
        for key in object.keys.sorted() where EntityFileParser.fields[key] == nil {
            report(key, "unknown field; it is ignored", severity: .warning)
        }
        if let nameValue = object["name"], !nameValue.isNull, nameValue.stringValue == nil {
            report("name", "expected a string, found \(nameValue.typeName); the line is skipped")
            return nil
        }
        guard let name = string("name", in: object) else {
            report("name", "missing or empty; every entity needs a name, so the line is skipped")
            return nil
        }
        var kind = KnowledgeRecord.Kind.other
        if let kindName = string("kind", in: object) {
            if let parsed = KnowledgeRecord.Kind(rawValue: kindName) {
                kind = parsed
            } else {
                report("kind", "'\(kindName)' is not one of person, organization, place, other; using other")
            }
        }
        var record = KnowledgeRecord(
            id: "", name: name, kind: kind,
            source: string("source", in: object) ?? "newsroom entity file \(path), line \(number)",
            asOf: string("asOf", in: object) ?? "", isNewsroom: true
        )
        record.aliases = strings("aliases", in: object)
        record.avoid = strings("avoid", in: object)
        record.shortNames = strings("shortNames", in: object)
        record.description = string("description", in: object)
        record.title = string("title", in: object)
        record.affiliation = string("affiliation", in: object)
        record.firstReference = string("firstReference", in: object)
        record.acronym = string("acronym", in: object)
        record.country = string("country", in: object)
        record.region = string("region", in: object)
        record.since = string("since", in: object)
        record.category = string("category", in: object)
        record.datelineForm = string("datelineForm", in: object)
        return record
    }

    /// The string field `key`, trimmed; reports a field of another type (and dates that are not ISO dates).
    private mutating func string(_ key: String, in object: [String: JSONValue]) -> String? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let text = value.stringValue else {
            report(key, "expected a string, found \(value.typeName); the field is ignored")
            return nil
        }
        let trimmed = text.trimmed
        if EntityFileParser.fields[key] == .date, !trimmed.isEmpty, !ISODate.isValid(trimmed) {
            report(key, "'\(trimmed)' is not a date like 2025-09-01, 2025-09 or 2025; the field is ignored")
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The list-of-strings field `key`; reports a field of another type and drops elements that are not strings.
    private mutating func strings(_ key: String, in object: [String: JSONValue]) -> [String] {
        guard let value = object[key], !value.isNull else { return [] }
        guard let elements = value.arrayValue else {
            report(key, "expected an array of strings, found \(value.typeName); the field is ignored")
            return []
        }
        var result: [String] = []
        for (position, element) in elements.enumerated() {
            if let text = element.stringValue?.trimmed {
                if !text.isEmpty { result.append(text) }
            } else {
                report(key, "element \(position + 1) is \(element.typeName), not a string; it is ignored")
            }
        }
        return result
    }

    private mutating func report(_ field: String?, _ message: String, severity: EntityFileProblem.Severity = .error) {
        problems.append(EntityFileProblem(path: path, line: number, field: field, message: message, severity: severity, range: range))
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
