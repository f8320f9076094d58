import Testing

/// Each family of time expressions, resolved against Wednesday, Sept. 3, 2025.
struct TimeRecognitionTests {
    struct Case: CustomStringConvertible, Sendable {
        var marked: String
        var expected: [TimeExpectation]
        var description: String { marked }

        init(_ marked: String, _ expected: TimeExpectation...) {
            self.marked = marked
            self.expected = expected
        }
    }

    static let absoluteDates: [Case] = [
        Case("The deal closed on 1️⃣Sept. 3, 2025, in Geneva.", .init("1️⃣", "Sept. 3, 2025", "2025-09-03")),
        Case("It was signed 1️⃣September 3, 2024.", .init("1️⃣", "September 3, 2024", "2024-09-03")),
        Case("Talks opened on 1️⃣3 September 2025.", .init("1️⃣", "3 September 2025", "2025-09-03")),
        Case("The filing is dated 1️⃣2025-09-03.", .init("1️⃣", "2025-09-03", "2025-09-03")),
        Case("The filing is dated 1️⃣9/3/2025.", .init("1️⃣", "9/3/2025", "2025-09-03")),
        Case("He was born in 1️⃣August 1988.", .init("1️⃣", "August 1988", "1988-08")),
        Case("The plant opened in 1️⃣2024.", .init("1️⃣", "2024", "2024")),
        Case("Since 1️⃣1985 the border has been closed.", .init("1️⃣", "1985", "1985")),
        Case("Its 1️⃣1990 invasion of Kuwait changed that.", .init("1️⃣", "1990", "1990")),
        Case("It peaked in 1️⃣the 1990s.", .init("1️⃣", "the 1990s", "199")),
        Case("It peaked in 1️⃣the mid-1990s.", .init("1️⃣", "the mid-1990s", "199")),
        Case("Prices fell in 1️⃣the first quarter of 2024.", .init("1️⃣", "the first quarter of 2024", "2024-Q1")),
        Case("Sales rose in 1️⃣Q4 2024.", .init("1️⃣", "Q4 2024", "2024-Q4")),
        Case("The strike began in 1️⃣the summer of 1998.", .init("1️⃣", "the summer of 1998", "1998-SU")),
        Case("Keating was convicted in 1️⃣nineteen ninety-one.", .init("1️⃣", "nineteen ninety-one", "1991")),
        Case("It was built in 1️⃣the 20th century.", .init("1️⃣", "the 20th century", "19")),
    ]

    static let partialDates: [Case] = [
        Case("The vote was held 1️⃣Sept. 3.", .init("1️⃣", "Sept. 3", "2025-09-03")),
        Case("Talks resumed 1️⃣Aug. 28 in Doha.", .init("1️⃣", "Aug. 28", "2025-08-28")),
        Case("The law takes effect 1️⃣Jan. 5.", .init("1️⃣", "Jan. 5", "2026-01-05")),
        Case("The law passed in 1️⃣March.", .init("1️⃣", "March", "2025-03")),
        Case("The plant will reopen in 1️⃣March.", .init("1️⃣", "March", "2026-03")),
        Case("Sales fell in 1️⃣mid-December.", .init("1️⃣", "mid-December", "2024-12")),
        // A past verb elsewhere in the sentence does not push a month two months ahead into last year.
        Case("The company said the offer expires in 1️⃣November.", .init("1️⃣", "November", "2025-11")),
        Case("The strike began in 1️⃣July last year.", .init("1️⃣", "July last year", "2024-07")),
        Case("Profit rose in 1️⃣the third quarter.", .init("1️⃣", "the third quarter", "2025-Q3")),
        Case("1️⃣Third-quarter profit rose.", .init("1️⃣", "Third-quarter", "2025-Q3")),
        Case("Profit rose in 1️⃣the fiscal-first quarter.", .init("1️⃣", "the fiscal-first quarter", "2025-Q1")),
        Case("Sales will grow in 1️⃣the first two quarters of 2026.", .init("1️⃣", "the first two quarters of 2026", "2026-H1")),
        Case("Earnings will fall in 1️⃣the last half of 2025.", .init("1️⃣", "the last half of 2025", "2025-H2")),
        Case("Earnings will fall in 1️⃣the last two quarters of 2025.", .init("1️⃣", "the last two quarters of 2025", "2025-H2")),
        Case("The stock hit a high for 1️⃣the year of $42 a share.", .init("1️⃣", "the year", "2025")),
        Case("The family will gather on 1️⃣Thanksgiving.", .init("1️⃣", "Thanksgiving", "2025-11-27")),
    ]

    static let weekdays: [Case] = [
        Case("The senator said on 1️⃣Wednesday that she would resign.", .init("1️⃣", "Wednesday", "2025-09-03")),
        Case("The council met 1️⃣Tuesday.", .init("1️⃣", "Tuesday", "2025-09-02")),
        Case("The council said it will meet on 1️⃣Friday.", .init("1️⃣", "Friday", "2025-09-05")),
        Case("The council is meeting 1️⃣Friday.", .init("1️⃣", "Friday", "2025-09-05")),
        Case("Talks are set to resume 1️⃣Monday.", .init("1️⃣", "Monday", "2025-09-08")),
        Case("They met 1️⃣last Wednesday.", .init("1️⃣", "last Wednesday", "2025-08-27")),
        Case("They will meet 1️⃣next Friday.", .init("1️⃣", "next Friday", "2025-09-05")),
        Case("1️⃣Wednesday’s vote was close.", .init("1️⃣", "Wednesday’s", "2025-09-03")),
        Case("Protesters gathered 1️⃣Sunday night.", .init("1️⃣", "Sunday night", "2025-08-31TNI")),
        Case("The shop opened at 1️⃣10 p.m. Tuesday.", .init("1️⃣", "10 p.m. Tuesday", "2025-09-02T22:00")),
        Case("The hearing will start 1️⃣Thursday at 3:30 p.m.", .init("1️⃣", "Thursday at 3:30 p.m.", "2025-09-04T15:30")),
        Case("It happened 1️⃣Tuesday of last week.", .init("1️⃣", "Tuesday of last week", "2025-08-26")),
        Case("The blast came at 1️⃣10:35 a.m. (0735 GMT) Friday.", .init("1️⃣", "10:35 a.m. (0735 GMT) Friday", "2025-08-29T10:35")),
        Case("Shares were up at 1️⃣mid-afternoon yesterday.", .init("1️⃣", "mid-afternoon yesterday", "2025-09-02TAF")),
        Case("By 1️⃣mid afternoon, the crowd had left.", .init("1️⃣", "mid afternoon", "2025-09-03TAF")),
        Case("The ferry will leave at 1️⃣4 in the morning.", .init("1️⃣", "4 in the morning", "2025-09-03T04:00")),
        Case("The hearing is set for 1️⃣the week of Oct. 6.", .init("1️⃣", "the week of Oct. 6", "2025-W41")),
        Case("The council met 1️⃣Wednesday, Aug. 20.", .init("1️⃣", "Wednesday, Aug. 20", "2025-08-20")),
    ]

    /// The tense of the clause, read past participles, plans and a fronted `until`.
    static let tenses: [Case] = [
        // A passive takes its tense from the auxiliary: `will be held` looks ahead.
        Case("The vote will be held 1️⃣Friday.", .init("1️⃣", "Friday", "2025-09-05")),
        Case("The new chief will be formally named in 1️⃣March.", .init("1️⃣", "March", "2026-03")),
        Case("The bill was signed 1️⃣Friday.", .init("1️⃣", "Friday", "2025-08-29")),
        // A plan that has gone by.
        Case("The contract had been due to expire 1️⃣Friday.", .init("1️⃣", "Friday", "2025-08-29")),
        Case("The march began as previously planned 1️⃣Saturday night.", .init("1️⃣", "Saturday night", "2025-08-30TNI")),
        Case("The talks are due to resume 1️⃣Monday.", .init("1️⃣", "Monday", "2025-09-08")),
        Case("Traders sold ahead of 1️⃣the weekend.", .init("1️⃣", "the weekend", "2025-W36-WE")),
        Case("In 1️⃣January, a week after the anniversary of the court's ruling on the case, a bomb exploded.",
            .init("1️⃣", "January", "2025-01")),
        // `plans` as a noun says nothing about when.
        Case("On 1️⃣Friday, when the mayor set aside her vacation plans, the flood was rising.", .init("1️⃣", "Friday", "2025-08-29")),
        Case("The union plans to strike 1️⃣Friday.", .init("1️⃣", "Friday", "2025-09-05")),
        // `planned` looks forward to what was planned, but a time fronted before it dates the planning.
        Case("The crew planned to leave the harbor on 1️⃣Thursday.", .init("1️⃣", "Thursday", "2025-09-04")),
        Case("On 1️⃣Friday, the harbor board planned to send aid.", .init("1️⃣", "Friday", "2025-08-29")),
        // An `-ed` word after an article describes a noun: `a still unspecified date` reports nothing past.
        Case("The dividend would be paid on a still unspecified date in 1️⃣January.", .init("1️⃣", "January", "2026-01")),
        // `effective` looks ahead unless the change already took effect.
        Case("The board named a new chief, effective 1️⃣Feb. 1.", .init("1️⃣", "Feb. 1", "2026-02-01")),
        Case("The rule became effective 1️⃣Aug. 1.", .init("1️⃣", "Aug. 1", "2025-08-01")),
        // A fronted `until` leaves the tense to the verb.
        Case("Until 1️⃣Thursday, the police had not named a suspect.", .init("1️⃣", "Thursday", "2025-08-28")),
        Case("The store will stay closed until 1️⃣Monday.", .init("1️⃣", "Monday", "2025-09-08")),
    ]

    static let relative: [Case] = [
        Case("The vote came 1️⃣yesterday.", .init("1️⃣", "yesterday", "2025-09-02")),
        Case("The vote is 1️⃣today, the count 2️⃣tomorrow.", .init("1️⃣", "today", "2025-09-03"), .init("2️⃣", "tomorrow", "2025-09-04")),
        Case("The count is 1️⃣tomorrow.", .init("1️⃣", "tomorrow", "2025-09-04")),
        Case("The band plays 1️⃣tonight.", .init("1️⃣", "tonight", "2025-09-03TNI")),
        Case("He spoke 1️⃣this morning.", .init("1️⃣", "this morning", "2025-09-03TMO")),
        Case("It rained 1️⃣last night.", .init("1️⃣", "last night", "2025-09-02TNI")),
        Case("Prices rose 1️⃣last week.", .init("1️⃣", "last week", "2025-W35")),
        Case("Rates rise 1️⃣next month.", .init("1️⃣", "next month", "2025-10")),
        Case("Sales fell 1️⃣this year.", .init("1️⃣", "this year", "2025")),
        Case("He left 1️⃣two days ago.", .init("1️⃣", "two days ago", "2025-09-01")),
        // Counted weeks are weeks, as TimeML values them.
        Case("He left 1️⃣3 weeks ago.", .init("1️⃣", "3 weeks ago", "2025-W33")),
        Case("A deal was struck 1️⃣a week earlier.", .init("1️⃣", "a week earlier", "2025-W35")),
        Case("The plan was floated 1️⃣a week or so ago.", .init("1️⃣", "a week or so ago", "2025-W35")),
        Case("The bonds will be repaid in 1️⃣five years.", .init("1️⃣", "five years", "2030")),
        Case("The mayor arrived 1️⃣later in the day.", .init("1️⃣", "later in the day", "2025-09-03")),
        Case("Sales fell 1️⃣earlier this month.", .init("1️⃣", "earlier this month", "2025-09")),
        Case("The plant opens 1️⃣later this year.", .init("1️⃣", "later this year", "2025")),
        Case("Five years ago it was 1️⃣five years ago.", .init("1️⃣", "five years ago", "2020")),
        Case("The wall fell 1️⃣a decade ago.", .init("1️⃣", "a decade ago", "2015")),
        Case("Prices fell in 1️⃣the last decade.", .init("1️⃣", "the last decade", "201")),
        Case("He visited 1️⃣last fall.", .init("1️⃣", "last fall", "2024-FA")),
        Case("The trial starts 1️⃣this summer.", .init("1️⃣", "this summer", "2025-SU")),
        Case("Profit fell 1️⃣last quarter.", .init("1️⃣", "last quarter", "2025-Q2")),
        Case("The deal should close by 1️⃣year-end.", .init("1️⃣", "year-end", "2025")),
        Case("It happened 1️⃣the day before yesterday.", .init("1️⃣", "the day before yesterday", "2025-09-01")),
    ]

    static let vagueTimes: [Case] = [
        Case("Prices rose 1️⃣recently.", .init("1️⃣", "recently", "PAST_REF")),
        Case("Prices rose in 1️⃣recent weeks.", .init("1️⃣", "recent weeks", "PAST_REF")),
        Case("Prices will rise in 1️⃣the coming weeks.", .init("1️⃣", "the coming weeks", "FUTURE_REF")),
        Case("A deal is expected 1️⃣soon.", .init("1️⃣", "soon", "FUTURE_REF")),
        Case("The price is 1️⃣now $5.", .init("1️⃣", "now", "PRESENT_REF")),
        Case("Results weakened over 1️⃣the past several quarters.", .init("1️⃣", "the past several quarters", "PAST_REF")),
        Case("The company will raise the rest at 1️⃣a later date.", .init("1️⃣", "a later date", "FUTURE_REF")),
    ]

    /// Times counted from the time the story named before them.
    static let anaphoric: [Case] = [
        Case("The plant opened on May 22, 2019, and 1️⃣the following year it doubled output.", .init("1️⃣", "the following year", "2020")),
        Case("The firm was founded in March 2010. 1️⃣The following month it hired staff.", .init("1️⃣", "The following month", "2010-04")),
        Case("She fled in June 2018 and returned 1️⃣later that year.", .init("1️⃣", "later that year", "2018")),
        Case("The judge ruled on Aug. 4, 2024. He appealed 1️⃣the next day.", .init("1️⃣", "the next day", "2024-08-05")),
        Case("The bomb went off on Oct. 23, 2024. 1️⃣Earlier that day, police got a fax.", .init("1️⃣", "Earlier that day", "2024-10-23")),
        Case("The mine closed in 2001. 1️⃣Two years later, the town emptied.", .init("1️⃣", "Two years later", "2003")),
        Case("The mine closed in 2001. 1️⃣A decade later, the town emptied.", .init("1️⃣", "A decade later", "2011")),
        Case("The council met on Monday. It voted 1️⃣the next morning.", .init("1️⃣", "the next morning", "2025-09-02TMO")),
        // A quarter is counted from a quarter, not from a month named in between.
        Case("Profit fell in the second quarter of 2024. The plant shut in August. Results for 1️⃣that quarter were poor.",
            .init("1️⃣", "that quarter", "2024-Q2")),
        Case("Shares fell on Friday, down 4% from 1️⃣the previous Friday.", .init("1️⃣", "the previous Friday", "2025-08-22")),
        Case("The storm hit on Aug. 4, 2024. Power returned 1️⃣the following Monday.", .init("1️⃣", "the following Monday", "2024-08-05")),
        Case("They met 1️⃣the previous Friday.", .init("1️⃣", "the previous Friday", "2025-08-29")),
        // A clock time is on the day its paragraph named, else on the publication day.
        Case("The blast came on Friday. It struck at 1️⃣10:35 a.m.", .init("1️⃣", "10:35 a.m.", "2025-08-29T10:35")),
        Case("The blast came on Friday.\n\nIt struck at 1️⃣10:35 a.m.", .init("1️⃣", "10:35 a.m.", "2025-09-03T10:35")),
        // Nothing named before it: nothing to count from.
        Case("He never forgot 1️⃣that day.", .init("1️⃣", "that day", nil)),
    ]

    @Test(arguments: absoluteDates + partialDates + weekdays + tenses + relative + vagueTimes + anaphoric)
    func resolvesAgainstTheAnchor(_ example: Case) {
        assertTimes(example.marked, example.expected, exhaustive: false)
    }

    /// Numbers, names and idioms that look like times but are not.
    static let notTimes: [String] = [
        "Some 2,000 people marched.",
        "About 2000 people marched.",
        "He flew on Flight 1990 to Boston.",
        "She joined Orion 1980 as an engineer.",
        "Call us as soon as possible.",
        "The market opens each Thursday.",
        "She is in her 30s.",
        "He reads USA Today every morning.",
        "Protesters march toward the palace.",
        "They may decide to stay.",
        "A quarter of voters agreed.",
        "The winter storm closed roads.",
        "He watched High Noon again.",
        "Cooper left shortly after the vote.",
        "They spoke on ABC’s This Week program.",
        "The people of tomorrow will decide.",
        "Give me a second.",
        "He has worked the 11:40 p.m. run for years.",
        "The company is slashing two thousand jobs.",
        "It was the first rise in five years.",
        "She hosts a late-night talk show.",
    ]

    /// Said on Sunday, Sept. 7, 2025: ISO weeks end that day, so "last week" is Aug. 25–31; a newsroom whose weeks
    /// start on Sunday means the week just ending (ISO week 36) and "this week" the one starting.
    @Test(arguments: [false, true])
    func weeksSaidOnASunday(startingSunday: Bool) {
        let marked = "Prices rose 1️⃣last week and will fall 2️⃣this week and 3️⃣next week. It began 4️⃣Wednesday of last week."
        let values = startingSunday ? ["2025-W36", "2025-W37", "2025-W38", "2025-09-03"] : ["2025-W35", "2025-W36", "2025-W37", "2025-08-27"]
        assertTimes(
            marked, anchor: "2025-09-07",
            [
                .init("1️⃣", "last week", values[0]), .init("2️⃣", "this week", values[1]), .init("3️⃣", "next week", values[2]),
                .init("4️⃣", "Wednesday of last week", values[3]),
            ],
            weekStartsOnSunday: startingSunday
        )
    }

    /// `Oct. 24 and 25` is two days, `Oct. 24 and 25 others` one day and a count.
    @Test func readsTheSecondDayOfAPair() {
        assertTimes("The summit is on 1️⃣Oct. 24 and 2️⃣25.", [.init("1️⃣", "Oct. 24", "2025-10-24"), .init("2️⃣", "25", "2025-10-25")])
        assertTimes("The summit on 1️⃣Oct. 24 drew 300 delegates and 25 others.", [.init("1️⃣", "Oct. 24", "2025-10-24")])
        assertTimes("The count on 1️⃣Oct. 24 and 25 others agreed.", [.init("1️⃣", "Oct. 24", "2025-10-24")])
    }

    @Test(arguments: notTimes)
    func leavesLookalikesAlone(_ text: String) {
        assertTimes(text, [])
    }
}
