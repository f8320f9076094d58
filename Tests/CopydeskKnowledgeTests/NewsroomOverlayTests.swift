import CopydeskKnowledge
import Testing

/// Newsroom records extend and override the built-in ones.
struct NewsroomOverlayTests {
    func newsroom(_ lines: String...) -> KnowledgeBase {
        let file = EntityFileParser.parse(Array(lines.joined(separator: "\n").utf8), path: "entities.jsonl")
        return KnowledgeBase.builtIn.overlaying(file.records)
    }

    @Test func aNewsroomRecordOverridesTheBuiltInOneItNames() throws {
        let knowledge = newsroom(
            #"{"name": "Volodymyr Zelenskyy", "kind": "person", "avoid": ["Zelensky", "Volodymyr Zelensky"], "firstReference": "Ukrainian President Volodymyr Zelenskyy", "source": "House style", "asOf": "2026-01-05"}"#
        )
        let record = try #require(knowledge.records(named: "Zelensky").first)
        #expect(record.id == "person:volodymyr-zelensky")
        #expect(record.name == "Volodymyr Zelenskyy")
        #expect(record.isNewsroom)
        #expect(record.firstReference == "Ukrainian President Volodymyr Zelenskyy")
        #expect(record.offices.first?.title == "President")
        #expect(record.asOf == "2026-01-05")
        #expect(record.source.hasPrefix("House style; built in: "))
        #expect(!record.aliases.contains("Volodymyr Zelensky"))
        #expect(knowledge.records(named: "Volodymyr Zelensky").map(\.id) == ["person:volodymyr-zelensky"])
        #expect(knowledge.leader(ofCountry: "Ukraine")?.name == "Volodymyr Zelenskyy")
        #expect(KnowledgeBase.builtIn.records(named: "Zelensky").first?.name == "Volodymyr Zelensky")
    }

    @Test func avoidedSpellingsPointToThePreferredOne() throws {
        let knowledge = newsroom(
            #"{"name": "Volodymyr Zelenskyy", "kind": "person", "avoid": ["Zelensky", "Volodymyr Zelensky"]}"#,
            #"{"name": "Muhammad Yunus", "kind": "person", "avoid": ["Mohammed Yunus", "Mohammed"]}"#
        )
        #expect(knowledge.spellingPreference(for: "Zelensky")?.preferred == "Zelenskyy")
        #expect(knowledge.spellingPreference(for: "Volodymyr Zelensky")?.preferred == "Volodymyr Zelenskyy")
        #expect(knowledge.spellingPreference(for: "Mohammed")?.preferred == "Muhammad")
        #expect(knowledge.spellingPreference(for: "Zelenskyy") == nil)
        #expect(knowledge.records(named: "Zelenskyy").first?.shortNames.contains("Zelenskyy") == true)
    }

    @Test func newRecordsAreAddedWithADerivedShortName() throws {
        let knowledge = newsroom(
            #"{"name": "Cara Diemont", "kind": "person", "affiliation": "Dimension Data", "country": "British"}"#,
            #"{"name": "Ursula Maria von Plotho", "kind": "person"}"#
        )
        let cara = try #require(knowledge.records(named: "Diemont").first)
        #expect(cara.id == "newsroom:cara-diemont")
        #expect(cara.country == "GB")
        #expect(knowledge.records(named: "von Plotho").first?.name == "Ursula Maria von Plotho")
        #expect(knowledge.records(named: "Putin").first?.name == "Vladimir Putin")
    }

    @Test func newsroomRecordsComeFirstAndLaterLinesWin() {
        let knowledge = newsroom(
            #"{"name": "Springfield", "kind": "organization", "description": "The paper's parent company"}"#,
            #"{"name": "Springfield", "kind": "organization", "description": "Parent company of the paper"}"#
        )
        let found = knowledge.records(named: "Springfield")
        #expect(found.first?.kind == .organization)
        #expect(found.first?.description == "Parent company of the paper")
        #expect(found.filter { $0.kind == .organization }.count == 1)
        #expect(found.dropFirst().allSatisfy { $0.category == "city" })
    }

    @Test func revisionsChangeWithTheRecordsAndRepeatForEqualRecords() {
        let first = newsroom(#"{"name": "Cara Diemont", "kind": "person"}"#)
        let same = newsroom(#"{"name": "Cara Diemont", "kind": "person"}"#)
        let other = newsroom(#"{"name": "Cara Diemont", "kind": "person", "title": "Analyst"}"#)
        #expect(first.revision == same.revision)
        #expect(first.revision != other.revision)
        #expect(first.revision != KnowledgeBase.builtIn.revision)
        #expect(KnowledgeBase.builtIn.overlaying([]).revision == KnowledgeBase.builtIn.revision)
    }

    @Test func overriddenBuiltInRecordsLeaveEveryList() {
        let knowledge = newsroom(#"{"name": "SCO", "kind": "organization", "description": "Newsroom text"}"#)
        let all = knowledge.allRecords().filter { $0.id == "org:sco" }
        #expect(all.count == 1)
        #expect(all.first?.description == "Newsroom text")
        #expect(all.first?.name == "SCO")
        #expect(knowledge.records(acronym: "SCO").count == 1)
    }
}
