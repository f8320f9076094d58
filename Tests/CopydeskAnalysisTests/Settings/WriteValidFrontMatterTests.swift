import CopydeskAnalysis
import CopydeskTestSupport
import Testing

struct WriteValidFrontMatterTests {
    @Test func flagsUnknownRulesAndBadValuesWhereTheyAreWritten() {
        assertFindings(
            "invalid-front-matter",
            """
            ---
            title: Bridge repairs
            copydesk:
              rules:
                1️⃣unatributed-quote: off
              2️⃣publicationDate: soon
            ---
            The bridge closes next month.
            """,
            [
                FindingExpectation("1️⃣", "Front matter setting copydesk.rules.unatributed-quote: unknown rule", prefix: true),
                FindingExpectation(
                    "2️⃣", "Front matter setting copydesk.publicationDate: expected a date as YYYY-MM-DD, found \"soon\"; it is ignored."
                ),
            ],
            format: .markdown
        )
    }

    @Test func flagsLinesThatAreNotYAML() {
        assertFindings(
            "invalid-front-matter",
            """
            ---
            title: Bridge repairs
            1️⃣this line has no colon
            ---
            The bridge closes next month.
            """,
            [FindingExpectation("1️⃣", "Copydesk cannot read this front matter line (expected 'key: value'); it is ignored.")],
            format: .markdown
        )
    }

    @Test func isQuietOnValidFrontMatter() {
        assertFindings(
            "invalid-front-matter",
            """
            ---
            title: Bridge repairs
            date: 2025-09-03
            copydesk:
              rules:
                vague-attribution: information
              knownAcronyms: [DOT]
            ---
            The bridge closes next month.
            """,
            [],
            format: .markdown
        )
    }
}
