import CopydeskAnalysis
import CopydeskKnowledge
import CopydeskTestSupport
import Testing

/// `inconsistent-name`: one person spelled two ways, and spellings the newsroom avoids.
struct InconsistentNameTests {
    static let rule = "inconsistent-name"

    @Test func aVariantSurnameIsFlaggedWithTheFirstReferenceSpelling() {
        assertFindings(Self.rule, """
            Tribunal hears the appeal

            Judge Marek Wisniewski opened the hearing on Monday in the crowded courtroom on the third floor of the annex.

            1️⃣Wisniewsky said the appeal would be decided within a month.
            """, [FindingExpectation("1️⃣", "“Wisniewsky” is spelled “Wisniewski” at the first reference; use one spelling throughout")])
    }

    @Test func aVariantFullNameIsFlagged() {
        assertFindings(Self.rule, """
            Aid convoy reaches the border

            Relief coordinator Muhammad Saleh said the convoy crossed at dawn on Tuesday after a wait of three days.

            “We are relieved,” said 1️⃣Mohammed Saleh, who has led the agency since 2019.
            """, [FindingExpectation("1️⃣", "“Mohammed Saleh” is spelled “Muhammad Saleh” at the first reference; use one spelling throughout")])
    }

    @Test func differentPeopleWithSimilarNamesAreLeftAlone() {
        assertFindings(Self.rule, """
            Two candidates file

            Rita Johnson and Paul Jansen filed their papers on Monday at the county clerk's office downtown before noon.

            Johnson said she would campaign on roads. Jansen said he would focus on schools.
            """, [])
    }

    @Test func theNewsroomsAvoidedSpellingIsFlagged() {
        let records = [KnowledgeRecord(
            id: "newsroom:ana-ruiz", name: "Ana Ruiz", kind: .person, avoid: ["Anna Ruiz"], source: "Desk style", asOf: "2025-01-01"
        )]
        let host = AnalysisHost(knowledge: KnowledgeBase.builtIn.overlaying(records))
        let analysis = host.analyze("Council votes\n\nAnna Ruiz chaired the council meeting on Monday night for the first time since her election.", format: .plainText)
        let finding = analysis.findings.first { $0.rule == Self.rule }
        #expect(finding?.message == "Newsroom style spells “Anna Ruiz” as “Ana Ruiz”")
        #expect(finding?.fixes.first?.edits.first?.replacement == "Ana Ruiz")
    }
}
