import Testing

/// "A year earlier" in a results story is the quarter the story reports, a year back; resolved against
/// Tuesday, Oct. 28, 2025, when the latest reported quarter is the third.
struct PeriodContextTests {
    static let anchor = "2025-10-28"

    @Test func aYearEarlierComparesTheQuarterTheStoryReports() {
        assertTimes(
            """
            Acme Corp. said 1️⃣third-quarter profit rose 12% to $40 million.

            Revenue climbed to $300 million from $280 million 2️⃣a year earlier.

            3️⃣A year ago, the company lost $2 million.

            For the nine months, profit rose to $90 million from $70 million 4️⃣a year earlier.
            """,
            anchor: Self.anchor,
            [
                .init("1️⃣", "third-quarter", "2025-Q3"), .init("2️⃣", "a year earlier", "2024-Q3"),
                .init("3️⃣", "A year ago", "2024-Q3"), .init("4️⃣", "a year earlier", "2024"),
            ],
            exhaustive: false
        )
    }

    @Test func theQuarterFadesOnceTheStoryMovesOn() {
        assertTimes(
            """
            Acme Corp. said 1️⃣third-quarter profit rose 12%.

            The chief executive joined the company from a rival.

            She was raised in Ohio and studied law.

            Her first job was at a bank in Cleveland.

            She told analysts the market had cooled since 2️⃣a year ago.
            """,
            anchor: Self.anchor, [.init("1️⃣", "third-quarter", "2025-Q3"), .init("2️⃣", "a year ago", "2024")], exhaustive: false
        )
    }

    /// Sentences with a year-ago period and its words.
    static let yearAgoPeriods: [(String, String)] = [
        ("Profit rose 12% in the third quarter. Sales for 1️⃣last year's quarter were $3 million.", "last year's quarter"),
        ("Profit rose 12% in the third quarter, against $3 million in 1️⃣the same period last year.", "the same period last year"),
        (
            "Profit rose 12% in the third quarter, against $3 million for 1️⃣the corresponding quarter a year earlier.",
            "the corresponding quarter a year earlier"
        ),
    ]

    @Test(arguments: yearAgoPeriods)
    func yearAgoPeriodsAreTheYearAgoQuarter(_ marked: String, _ words: String) {
        assertTimes(marked, anchor: Self.anchor, [.init("1️⃣", words, "2024-Q3")], exhaustive: false)
    }

    @Test func aNamedYearPeriodTakesTheStorysQuarter() {
        assertTimes(
            "Profit rose in the third quarter, against $3 million in 1️⃣the comparable period of 2024.",
            anchor: Self.anchor, [.init("1️⃣", "the comparable period of 2024", "2024-Q3")], exhaustive: false
        )
    }
}
