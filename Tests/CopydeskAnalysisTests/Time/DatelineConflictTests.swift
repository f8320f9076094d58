import CopydeskAnalysis
import CopydeskTestSupport
import CopydeskText
import Testing

/// `dateline-date-conflict`: a dateline whose date disagrees with the front matter's `date:`.
struct DatelineConflictTests {
    static let rule = "dateline-date-conflict"

    @Test func flagsADatelineThatDisagreesWithTheFrontMatter() {
        assertFindings(
            Self.rule, "---\ndate: 2025-09-10\n---\nBEIJING, 1️⃣Sept. 3 (Reuters) — Officials said on Wednesday that talks would resume.\n",
            [
                FindingExpectation(
                    "1️⃣",
                    "The dateline says “Sept. 3” but the front matter date is Sept. 10, 2025: one of them is stale, and relative times can be read days off. Make them agree."
                )
            ],
            format: .markdown
        )
    }

    @Test(arguments: [
        "---\ndate: 2025-09-03\n---\nBEIJING, Sept. 3 (Reuters) — Officials met on Wednesday.\n",
        "---\ndate: 2025-09-03T18:30:00Z\n---\nBEIJING, Sept. 3, 2025 (Reuters) — Officials met on Wednesday.\n",
        "---\ndate: 2025-09-10\n---\nKYIV, Ukraine (AP) — Officials met on Wednesday.\n",
        "BEIJING, Sept. 3 (Reuters) — Officials met on Wednesday.\n",
    ])
    func leavesAgreeingOrUndatedDatelinesAlone(_ draft: String) {
        assertFindings(Self.rule, draft, [], format: .markdown)
    }

    @Test func comparesTheYearWhenTheDatelineHasOne() {
        assertFindings(
            Self.rule, "---\ndate: 2025-09-03\n---\nBEIJING, 1️⃣Sept. 3, 2024 (Reuters) — Officials met on Wednesday.\n",
            [FindingExpectation("1️⃣", "The dateline says “Sept. 3, 2024” but the front matter date is Sept. 3, 2025", prefix: true)],
            format: .markdown
        )
    }

    @Test func checksAFrontMatterDateline() {
        assertFindings(
            Self.rule, "---\ndate: 2025-09-10\ndateline: BEIJING, 1️⃣Sept. 3\n---\nOfficials met on Wednesday.\n",
            [FindingExpectation("1️⃣", "The dateline says “Sept. 3”", prefix: true)], format: .markdown
        )
    }

    @Test func theFixesChangeEitherDate() throws {
        let text = "---\ndate: 2025-09-10T08:00:00Z\n---\nBEIJING, Sept. 3 (Reuters) — Officials met on Wednesday.\n"
        let analysis = AnalysisHost().analyze(text, format: .markdown)
        let finding = try #require(analysis.findings.first { $0.rule == Self.rule })
        #expect(finding.fixes.map(\.title) == ["Change the dateline to Sept. 10", "Change the front matter date to 2025-09-03"])
        var dateline = Array(text.utf8)
        for edit in finding.fixes[0].edits { dateline.apply(edit) }
        #expect(String(decoding: dateline, as: UTF8.self).contains("BEIJING, Sept. 10 (Reuters) —"))
        var frontMatter = Array(text.utf8)
        for edit in finding.fixes[1].edits { frontMatter.apply(edit) }
        #expect(String(decoding: frontMatter, as: UTF8.self).hasPrefix("---\ndate: 2025-09-03T08:00:00Z\n---\n"))
    }
}
