import CopydeskKnowledge
import Testing

/// Cards say what a name is, with office and since-when, expansion, dateline form, source and as-of date.
struct KnowledgeCardTests {
    let knowledge = KnowledgeBase.builtIn

    func card(_ name: String, _ format: KnowledgeCard.Format = .plain) throws -> String {
        let record = try #require(knowledge.records(named: name).first)
        return KnowledgeCard.render(record, in: knowledge, format: format)
    }

    @Test func personCardsShowOfficeAndSince() throws {
        let text = try card("Putin")
        #expect(text.hasPrefix("Vladimir Putin — person\n"))
        #expect(text.contains("President of Russia since 7 May 2012"))
        #expect(text.contains("First reference: Russian President Vladimir Putin"))
        #expect(text.contains("Source: Copydesk curated list"))
        #expect(text.contains("as of 2025-11-01"))
    }

    @Test func organizationCardsShowTheExpansion() throws {
        let text = try card("SCO")
        #expect(text.hasPrefix("Shanghai Cooperation Organization (SCO) — organization, international organization"))
        #expect(try card("Guterres").contains("Secretary-General of the United Nations since 1 January 2017"))
        #expect(try card("Rutte").contains("Secretary General of the North Atlantic Treaty Organization since 1 October 2024"))
    }

    @Test func placeCardsShowCountryAndDateline() throws {
        let text = try card("Tianjin")
        #expect(text.contains("In Tianjin, China"))
        #expect(text.contains("AP dateline: TIANJIN, China"))
        #expect(text.contains("GeoNames"))
        let russia = try card("Russia")
        #expect(russia.contains("Capital Moscow"))
        #expect(russia.contains("Nationality: Russian; people: Russian, Russians"))
        #expect(russia.contains("ISO RU/RUS"))
    }

    @Test func markdownCardsEscapeAndEmphasise() throws {
        let text = try card("Tianjin", .markdown)
        #expect(text.hasPrefix("**Tianjin** · place, city"))
        #expect(text.contains("AP dateline: `TIANJIN, China`"))
        #expect(text.hasSuffix("*"))
        #expect(KnowledgeCard.escape("a_b*c") == "a\\_b\\*c")
    }

    @Test func newsroomCardsSayWhereTheyComeFrom() throws {
        let file = EntityFileParser.parse(Array(#"{"name": "Cara Diemont", "kind": "person", "title": "Analyst", "affiliation": "Dimension Data", "avoid": ["Kara Diemont"], "source": "Desk notes", "asOf": "2026-03-01"}"#.utf8), path: "e.jsonl")
        let record = try #require(file.records.first)
        let text = KnowledgeCard.render(record, format: .plain)
        #expect(text.contains("Analyst, Dimension Data"))
        #expect(text.contains("Avoid: Kara Diemont"))
        #expect(text.contains("Newsroom record. Source: Desk notes · as of 2026-03-01"))
    }

    @Test func datesReadAsWords() {
        #expect(ISODate.readable("2012-05-07") == "7 May 2012")
        #expect(ISODate.readable("2025-03") == "March 2025")
        #expect(ISODate.readable("2025") == "2025")
        #expect(ISODate.readable("soon") == "soon")
        #expect(!ISODate.isValid("2025-13-01"))
        #expect(!ISODate.isValid("25-01-01"))
        #expect(ISODate.isValid("1990"))
    }
}
