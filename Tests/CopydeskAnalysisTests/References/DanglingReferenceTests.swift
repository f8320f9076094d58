import CopydeskAnalysis
import CopydeskTestSupport
import Testing

/// `dangling-reference`: short forms, acronyms, descriptions and pronouns before anything introduces them.
struct DanglingReferenceTests {
    static let rule = "dangling-reference"

    @Test func aSurnameBeforeTheFullNameIsFlagged() {
        assertFindings(Self.rule, """
            Harbor Board votes to sell the pier

            The harbor board voted on Tuesday to sell the old pier, and 1️⃣Brandt said the sale would close in spring.

            Council member Ilse Brandt, who chairs the finance committee, said the price was fair.
            """, [FindingExpectation("1️⃣", "“Brandt” comes before the draft introduces Ilse Brandt; give the full name at this first reference")])
    }

    @Test func aTitleAndSurnameWithNoFullNameIsFlagged() {
        assertFindings(Self.rule, """
            Mill Road to be repaved

            The county will repave Mill Road next year, according to a budget released on Monday by the roads office.

            Sen. 1️⃣Okafor, who represents the district, said the work was overdue. Okafor said the county had waited too long.
            """, [FindingExpectation("1️⃣", "“Okafor” is never introduced; give the person's full name at the first reference")])
    }

    @Test func anAppositiveRoleShowsASurnameIsAPerson() {
        assertFindings(Self.rule, """
            District to close two campuses

            The school district will close two campuses at the end of the year, officials said on Monday evening.

            “We had no choice,” said 1️⃣Whitcombe, a district spokeswoman. “The buildings are failing.”
            """, [FindingExpectation("1️⃣", "“Whitcombe” is never introduced; give the person's full name at the first reference")])
    }

    @Test func aPageantTitleIsNoHonorific() {
        assertFindings(Self.rule, """
            Pageant row spills online

            The candidate mocked former Miss Harbor 1️⃣Velasquez in a late-night post on Friday, aides said.

            Rosa Velasquez, who won the crown in 1996, said she was not surprised. No other former Miss Harbor spoke.
            """, [FindingExpectation("1️⃣", "“Velasquez” comes before the draft introduces Rosa Velasquez; give the full name at this first reference")])
    }

    @Test func cleanCopyIsQuiet() {
        assertFindings(Self.rule, """
            Okafor wins the seat

            State Sen. Amara Okafor won re-election on Tuesday by a wide margin, the county clerk said.

            Okafor, a Democrat, thanked volunteers. She said her first bill would fund road repairs.

            Her rival, Dale Pruitt, conceded. “The voters spoke,” Pruitt said.
            """, [])
    }

    @Test func headlinesAndQuotesNeverGetFindings() {
        assertFindings(Self.rule, """
            Brandt to chair the harbor board

            “Brandt will do well,” the mayor said at a news conference on Monday that lasted most of the afternoon.

            Ilse Brandt, a council member since 2019, takes over the board next month.
            """, [])
    }

    @Test func aDeskThatHoldsHeadlinesToBodyStyleGetsHeadlineFindings() {
        var settings = AnalysisSettings()
        settings.checkHeadlineReferences = true
        assertFindings(Self.rule, """
            1️⃣Brandt to chair the harbor board

            “Brandt will do well,” the mayor said at a news conference on Monday that lasted most of the afternoon.

            Ilse Brandt, a council member since 2019, takes over the board next month.
            """, [FindingExpectation("1️⃣", "“Brandt” comes before the draft introduces Ilse Brandt; give the full name at this first reference")],
            settings: settings)
    }

    @Test func anAcronymBeforeItIsSpelledOutIsFlagged() {
        assertFindings(Self.rule, """
            Water rates to rise

            The 1️⃣HWA will meet on Friday to set next year's rates for the three towns it serves along the coast.

            The Harbor Water Authority (HWA) has raised rates twice since 2020.
            """, [FindingExpectation("1️⃣", "“HWA” is used before it is spelled out as Harbor Water Authority; spell it out at the first reference")])
    }

    @Test func knownAcronymsNeedNoSpellingOut() {
        assertFindings(Self.rule, """
            The FBI and the UN both declined to comment on the report released on Monday about the harbor.

            The U.S. embassy said it was aware of the report.
            """, [])
    }

    @Test func aStoryThatOpensOnAPronounIsFlagged() {
        assertFindings(Self.rule, """
            The man with the receipts

            1️⃣He walked into the council chamber on Monday with a folder of receipts and a list of demands for the board.

            Teodor Vance, a retired engineer, has asked for an audit of the harbor accounts.
            """, [FindingExpectation("1️⃣", "“He” comes before anyone it could refer to; name the person first")])
    }

    @Test func theFixWritesTheFullForm() {
        let text = """
            Harbor board sells the pier

            The harbor board voted on Tuesday to sell the old pier, and Brandt said the sale would close in spring.

            Council member Ilse Brandt, who chairs the finance committee, said the price was fair.
            """
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let finding = analysis.findings.first { $0.rule == Self.rule }
        #expect(finding?.fixes.first?.edits.first?.replacement == "Ilse Brandt")
        #expect(finding?.related.first.map { analysis.text($0.range) } == "Ilse Brandt")
    }

    @Test func aLeaderDescriptionBeforeTheLeaderIsNamedIsFlaggedWithTheLaterName() {
        assertFindings(Self.rule, """
            Summit ends in Beijing

            1️⃣The Russian leader told reporters on Wednesday that the talks had gone well and would continue next year.

            Russian President Vladimir Putin spoke after the meeting. Putin said the talks would resume.
            """, [FindingExpectation("1️⃣", "“The Russian leader” comes before the draft introduces Vladimir Putin; give the full name at this first reference")])
    }

    @Test func anAcronymKnowledgeExpandsButTheDraftNeverSpellsOutIsFlagged() {
        assertFindings(Self.rule, """
            Leaders gather

            Leaders of the 1️⃣SCO met on Monday in the city to discuss trade, security and the bloc's next expansion.
            """, [FindingExpectation("1️⃣", "“SCO” is never spelled out; spell it out at the first reference (Shanghai Cooperation Organization)")])
    }

    @Test func aShortLedeIsBodyCopyNotADeck() {
        assertFindings(Self.rule, """
            Harbor board chair quits

            1️⃣Brandt resigned on Tuesday.

            Council member Ilse Brandt, who chairs the finance committee, said the board had lost her trust.
            """, [FindingExpectation("1️⃣", "“Brandt” comes before the draft introduces Ilse Brandt; give the full name at this first reference")])
        // A deck, in the present tense of headlines, keeps its surnames.
        assertFindings(Self.rule, """
            Harbor board chair quits

            Brandt says the pier sale broke her trust

            Council member Ilse Brandt, who chairs the finance committee, said the board had lost her trust.
            """, [])
    }

    /// A surname that words around it show to be a person's, never introduced in full.
    @Test(arguments: zip([
        // Credited after the speech verb, as people are.
        """
        Rescuers reach the crash site

        “It is a sight I will never forget,” said 1️⃣Onarheim. He was among the first rescuers at the scene.
        """,
        // Credited on a line after the quotation, as vox pops are.
        """
        Readers on the new bridge

        We asked readers what the new bridge has changed for them since it opened to traffic in the spring.

        “It saves me twenty minutes every morning.” ― 1️⃣Padilla

        “I miss the ferry.” ― Tomas Reyes
        """,
        // A bare role phrase in apposition.
        """
        Party names its candidate

        1️⃣Viljoen, leader of the Freedom Front party, told a news conference that the vote would go ahead.
        """,
        // A party and state tag, in brackets or between commas, as US copy tags lawmakers.
        """
        Senators question the bank

        Sens. Jon Tester (D-Mont.) and 1️⃣Vitter (R-La.) asked the bank's chief how the accounts were opened.
        """,
        """
        Senators want the rule changed

        Some senators, such as Sen. Bob Corker, R-Tenn., and 1️⃣Graham, R-S.C., now say the rule should change.
        """,
        // A role said of the name, as an op-ed's tagline gives it.
        """
        The debates need fixing

        The commission should change the format before the next debate, and it should do so this week.

        1️⃣Kall is director of debate at the state university.
        """,
        // A family only a person has.
        """
        Doctor mourned

        The clinic was closed on Sunday, two days after the shooting. 1️⃣Slepian's wife asked for privacy.
        """,
        // A direct quotation credited to the name.
        """
        Party leaders meet

        The party's leaders met on Friday to plan the last month of the campaign and to choose a new treasurer.

        “These are strange days,” 1️⃣Okafor said after the meeting.
        """,
        // Attribution in a person's order with an affiliation after the name.
        """
        Debate moved few voters

        A poll taken over the past two weeks shows the race is unchanged since the first debate of the campaign.

        “The impact of the debate is still small,” wrote 1️⃣Easley for the polling firm.
        """,
        // An age before the name.
        """
        Officer charged

        The officer who shot the 40-year-old 1️⃣Crutcher in Tulsa last week was charged on Thursday with manslaughter.
        """,
        // A head of something, in apposition.
        """
        Therapy helps veterans

        The therapy can be extremely effective in reducing suicide, according to 1️⃣Bryan, head of the national center.
        """,
        // A qualified office names one of many: knowledge does not know this prime minister.
        """
        Summit ends without a deal

        The leaders met for two days in the capital and left without agreeing on the budget for the next seven years.

        “We failed,” Italian Prime Minister 1️⃣Renzo said after the meeting broke up.
        """,
    ], ["Onarheim", "Padilla", "Viljoen", "Vitter", "Graham", "Kall", "Slepian", "Okafor", "Easley", "Crutcher", "Bryan", "Renzo"]))
    func aSurnameShownToBeAPersonsIsFlagged(_ draft: String, _ surname: String) {
        assertFindings(Self.rule, draft, [FindingExpectation("1️⃣", "“\(surname)” is never introduced; give the person's full name at the first reference")])
    }

    /// Published copy that introduces everyone it refers to, each in a way an earlier version misread.
    @Test(arguments: [
        // A pronoun after someone the story does not name refers to them.
        """
        Cranes stand idle at the port

        The cranes at the north terminal have not moved since Friday, a spokesman for the port said.

        He added that the repairs would take another week.
        """,
        // A qualified leader after a person neither the draft nor knowledge places may be that person.
        """
        Leader speaks for four hours

        Rafael Ortega Vidal spoke for four hours at the rally. The Cuban leader said the harvest had failed.
        """,
        // A headline's acronym is spelled out in the body, as a headline's surname is given in full there.
        """
        HWA raises rates again

        The Harbor Water Authority (HWA) raised its rates on Monday for the second time this year.
        """,
        // A spelled-out name opening a sentence takes its bracketed acronym.
        """
        Ballots delayed

        The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote. The OSCE said so on Friday.
        """,
        // A state that is also a given name is still the state.
        """
        Clinic to close

        Virginia Welch, who runs the clinic, said it would close in May. The board of Loudon County, Virginia, agreed.
        """,
        // A short month word is a given name before a surname.
        """
        Talks resume

        The Czech foreign minister, Jan Kavan, who lived in London for years, said on Monday that the talks would
        resume. Kavan gave no date.
        """,
        // A generational suffix closes the name; the surname still shortens it.
        """
        Justice visits the museum

        Chief Justice John G. Roberts Jr. toured the museum on Saturday. Chief Justice Roberts said it moved him.
        """,
        // An appositive that names a thing, not a role, says nothing of a person.
        """
        Drug maker reports sales

        Its largest product is Levoxyl, a synthetic thyroid hormone, which sold well in the quarter.
        """,
        // A title cut off by its period is no speaker's name.
        """
        Panel votes on contempt

        “It is destroying the reputation of this committee,” said Del. Stacey Plaskett of the Virgin Islands.
        """,
        // An adjective capitalised to open the sentence is no part of the name after the nationality.
        """
        Squash final turns sour

        Controversial Australian Anthony Hill called his opponent a cheat on Saturday. Hill later apologised.
        """,
        // A country or a first name credited with a quotation is no cut surname.
        """
        Talks on the peninsula

        The council met on Friday. “Stop these dangerous escapades,” Russia insisted in a statement.

        “That is right,” Melanie said to the candidate as the crowd cheered.
        """,
        // An unqualified head-of-state title names the one the story is about, as wire copy writes it.
        """
        Markets wait for the election

        Traders said stocks would stay flat until President Clinton and his rival finish the campaign in November.
        """,
        // A lowercase particle joins the name; a name glued to garbled characters is no name.
        """
        Visit ends

        Zairean Prime Minister Kengo wa Dondo said at the end of his visit that the camps would close. French President Fran\u{0083}\u{00A7}ois Hollande agreed.
        """,
        // A month that is a surname after a given name.
        """
        May heads to Brussels

        British Prime Minister Theresa May said on Monday that talks would begin in May 2017. May gave no details.
        """,
        // A given name alone before the full name is a relative or friend, not a cut first reference.
        """
        Girls found unharmed

        Rachel and Severine were found on Saturday, police said. Rachel Legeard, 18, and Severine Potty, 19, had been missing.
        """,
    ])
    func cleanCopyIsNotFlagged(_ draft: String) {
        assertFindings(Self.rule, draft, [])
    }
}
