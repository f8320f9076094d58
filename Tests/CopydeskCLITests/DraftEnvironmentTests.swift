import CopydeskKnowledge
import CopydeskWorkspace
import Foundation
import Testing

/// The configuration and newsroom knowledge both shells analyse a draft with.
struct DraftEnvironmentTests {
    static let person = #"{"name": "Cara Diemont", "kind": "person", "avoid": ["Kara Diemont"], "source": "Desk", "asOf": "2025-06-01"}"#

    @Test func theListedEntityFilesAreLaidOverTheBuiltInKnowledge() throws {
        let scratch = try CheckCommandTests.Scratch([
            ".copydesk.json": #"{"entities": ["desk/people.jsonl"]}"#,
            "desk/people.jsonl": Self.person + "\n",
        ])
        let environment = DraftEnvironmentStore().environment(forDraftAt: scratch.path + "/drafts/a.md", today: nil)
        #expect(environment.knowledge.records(named: "Cara Diemont").first?.isNewsroom == true)
        #expect(environment.knowledge.spellingPreference(for: "Kara Diemont")?.preferred == "Cara Diemont")
        #expect(environment.configurationProblems.isEmpty)
    }

    @Test func unchangedFilesKeepTheKnowledgeRevisionAndEditedOnesChangeIt() throws {
        let scratch = try CheckCommandTests.Scratch([
            ".copydesk.json": #"{"entities": ["people.jsonl"]}"#,
            "people.jsonl": Self.person + "\n",
        ])
        let store = DraftEnvironmentStore()
        let first = store.environment(forDraftAt: scratch.path + "/a.md", today: nil).knowledge.revision
        #expect(store.environment(forDraftAt: scratch.path + "/b.md", today: nil).knowledge.revision == first)
        try (Self.person + "\n" + #"{"name": "Velden Port Authority", "kind": "organization"}"# + "\n")
            .write(toFile: scratch.path + "/people.jsonl", atomically: true, encoding: .utf8)
        let edited = store.environment(forDraftAt: scratch.path + "/a.md", today: nil).knowledge
        #expect(edited.revision != first)
        #expect(!edited.records(named: "Velden Port Authority").isEmpty)
    }

    @Test func aMissingEntityFileIsAProblemAtThePathAsListed() throws {
        let config = "{\n  \"entities\": [\"desk/missing.jsonl\"]\n}\n"
        let scratch = try CheckCommandTests.Scratch([".copydesk.json": config])
        let environment = DraftEnvironmentStore().environment(forDraftAt: scratch.path + "/a.md", today: nil)
        let problem = try #require(environment.configurationProblems.first)
        #expect(problem.message == "entities: 'desk/missing.jsonl': entity file not found")
        #expect(String(decoding: Array(config.utf8)[problem.range], as: UTF8.self) == "\"desk/missing.jsonl\"")
    }

    @Test func aProblemMarksTheFieldItNamesElseTheLine() {
        let text = "{\"name\": \"Ana Ruiz\"}\n{\"name\": \"Velden\", \"aliases\": 4}\n{\"kind\": \"person\"}\n"
        let bytes = Array(text.utf8)
        let file = EntityFileParser.parse(bytes, path: "people.jsonl")
        let marked = file.problems.map { String(decoding: bytes[$0.markedRange(in: bytes)], as: UTF8.self) }
        #expect(marked == ["\"aliases\"", "{\"kind\": \"person\"}"])
    }
}
