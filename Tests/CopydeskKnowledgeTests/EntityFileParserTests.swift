import CopydeskKnowledge
import Testing

/// Newsroom entity files: good lines load, broken lines are reported with file, line and field.
struct EntityFileParserTests {
    static let path = "desk/entities.jsonl"

    func parse(_ lines: [String]) -> EntityFile {
        EntityFileParser.parse(Array(lines.joined(separator: "\n").utf8), path: Self.path)
    }

    @Test func aGoodLineBecomesANewsroomRecord() throws {
        let file = parse([
            #"{"name": "Cara Diemont", "kind": "person", "aliases": ["C. Diemont"], "description": "IT analyst", "title": "Analyst", "affiliation": "Dimension Data", "firstReference": "Dimension Data analyst Cara Diemont", "avoid": ["Kara Diemont"], "source": "Desk notes", "asOf": "2026-03-01"}"#,
        ])
        #expect(file.problems == [])
        let record = try #require(file.records.first)
        #expect(record.name == "Cara Diemont")
        #expect(record.kind == .person)
        #expect(record.aliases == ["C. Diemont"])
        #expect(record.title == "Analyst")
        #expect(record.affiliation == "Dimension Data")
        #expect(record.firstReference == "Dimension Data analyst Cara Diemont")
        #expect(record.avoid == ["Kara Diemont"])
        #expect(record.source == "Desk notes")
        #expect(record.asOf == "2026-03-01")
        #expect(record.isNewsroom)
    }

    @Test func brokenLinesAreReportedAndTheRestLoads() {
        let file = parse([
            #"{"name": "Good One", "kind": "organization"}"#,
            #"{"name": "Broken", "kind": "person""#,
            #"{"kind": "person", "description": "nameless"}"#,
            #"{"name": 42}"#,
            #"{"name": "Typed", "aliases": "not a list", "asOf": "last week", "kind": "robot"}"#,
            "",
            "# a comment line",
            #"["not", "an", "object"]"#,
            #"{"name": "Good Two", "aliasses": ["x"], "avoid": ["ok", 7]}"#,
        ])
        #expect(file.records.map(\.name) == ["Good One", "Typed", "Good Two"])
        let reported = file.problems.map { "\($0.line):\($0.field ?? "-"):\($0.severity.rawValue)" }
        #expect(reported == [
            "2:-:error", "3:name:error", "4:name:error", "5:kind:error", "5:asOf:error", "5:aliases:error",
            "8:-:error", "9:aliasses:warning", "9:avoid:error",
        ])
        #expect(file.problems.allSatisfy { $0.path == Self.path })
        #expect(file.hasErrors)
        #expect(file.records[1].kind == .other)
        #expect(file.records[2].avoid == ["ok"])
    }

    @Test func problemsNameFileLineAndFieldAndCarryTheLineRange() throws {
        let text = "{\"name\": \"A\"}\r\n{\"name\": true}\r\n"
        let file = EntityFileParser.parse(Array(text.utf8), path: "e.jsonl")
        let problem = try #require(file.problems.first)
        #expect(problem.description == "e.jsonl:2: error: field 'name': expected a string, found a boolean; the line is skipped")
        #expect(problem.range == 15..<29)
        #expect(file.records.count == 1)
    }

    @Test func invalidUTF8AndEmptyInputNeverTrap() {
        #expect(EntityFileParser.parse([], path: "e").records == [])
        let file = EntityFileParser.parse([0xFF, 0xFE, 0x0A, 0x7B, 0x7D], path: "e")
        #expect(file.records == [])
        #expect(file.problems.count == 2)
    }

    @Test func missingSourceNamesTheFileAndLine() {
        let file = parse(["", #"{"name": "Local Hero"}"#])
        #expect(file.records.first?.source == "newsroom entity file \(Self.path), line 2")
    }
}
