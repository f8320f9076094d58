import CopydeskAnalysis
import Testing

/// The entity ledger: which words are mentions, and which entity each joins.
struct EntityLedgerTests {
    /// Each entity as `name | kind | mention texts with forms`.
    static func ledger(_ text: String) -> [String] {
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        return analysis.entities.map { entity in
            let mentions = entity.mentions.map { "\(analysis.text($0.range))/\($0.form.rawValue)" }.joined(separator: ", ")
            return "\(entity.name) | \(entity.kind.rawValue) | \(mentions)"
        }
    }

    /// Each entity's kind by its name (the first entity of a name when two share it).
    static func kinds(_ text: String) -> [String: Entity.Kind] {
        let entities = AnalysisHost().analyze(text, format: .plainText).entities
        return Dictionary(entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    static func entity(_ name: String, in text: String) -> Entity? {
        AnalysisHost().analyze(text, format: .plainText).entities.first { $0.name == name }
    }

    @Test func surnamesTitlesAndPronounsJoinTheIntroducedPerson() {
        let lines = Self.ledger("Mayor Lena Ortiz opened the session. Ortiz said the budget was tight. She asked for patience.")
        #expect(lines.contains("Lena Ortiz | person | Lena Ortiz/name, Ortiz/name, She/pronoun"))
    }

    @Test func namesKeepParticlesInitialsAndHyphens() {
        let text = "Ursula von der Leyen met Donald J. Trump and Jean-Luc Martin. Von der Leyen spoke first."
        let names = AnalysisHost().analyze(text, format: .plainText).entities.map(\.name)
        #expect(names.contains("Ursula von der Leyen"))
        #expect(names.contains("Donald J. Trump"))
        #expect(names.contains("Jean-Luc Martin"))
    }

    @Test func dateWordsThatAreNamesStayInTheName() {
        let text = "Prime Minister Theresa May met Jan Kavan in May 2017. Sun Microsystems paid. Kavan and May left on Jan. 5."
        let names = AnalysisHost().analyze(text, format: .plainText).entities.map(\.name)
        #expect(names.contains("Theresa May"))
        #expect(names.contains("Jan Kavan"))
        #expect(names.contains("Sun Microsystems"))
        #expect(!names.contains("Theresa") && !names.contains("Microsystems") && !names.contains("Jan"))
    }

    @Test func aTitleOpenerNeedsATitleAfterIt() {
        let names = AnalysisHost().analyze("Jackie Stewart won the Italian Grand Prix, and Grand Duke Henri watched.", format: .plainText).entities.map(\.name)
        #expect(names.contains("Italian Grand Prix") || names.contains("Grand Prix"))
        #expect(!names.contains("Prix"))
        #expect(names.contains("Henri"))
    }

    @Test func aDescriptionOfTheNextNameIsNoAppositive() {
        let kinds = Self.kinds("""
            Police detained veteran dissident Wang Donghai, the New York-based pressure group Human Rights in China said on Saturday.
            """)
        #expect(kinds["Wang Donghai"] == .person)
    }

    @Test func modifiersAndCapitalisedOpenersAreNoPartOfTheName() {
        let text = """
            Economist Joel Naroff of Minneapolis-based First Bank System Inc. said rates would rise. Analysts said \
            the same. Democrat Walter Mondale agreed, and Ohio-based KeyCorp did not.
            """
        let names = AnalysisHost().analyze(text, format: .plainText).entities.map(\.name)
        #expect(names.contains("Joel Naroff"))
        #expect(names.contains("First Bank System Inc."))
        #expect(names.contains("Walter Mondale"))
        #expect(names.contains("KeyCorp"))
        #expect(!names.contains("Analysts"))
    }

    @Test func aCompanyEndingKeepsItsPeriodUnlessItMayEndTheSentence() {
        let lines = Self.ledger("NationsBank Corp. could buy it, and Norwest Corp., the rival, may too. Investors like Norwest Corp.")
        #expect(lines.contains("NationsBank Corp. | organization | NationsBank Corp./name"))
        #expect(lines.contains("Norwest Corp. | organization | Norwest Corp./name, Norwest Corp/name"))
    }

    @Test func knowledgeOfAWholeNameOutweighsItsLastWord() {
        #expect(Self.kinds("Troops moved into the West Bank on Monday.")["West Bank"] == .place)
    }

    @Test func anIntercappedWordIsABrandNotASurname() {
        let kinds = Self.kinds("“We check every claim,” PolitiFact says. Sen. Ray McDonald and Gov. Ron DeSantis disagreed.")
        #expect(kinds["PolitiFact"] == .organization)
        #expect(kinds["Ray McDonald"] == .person)
        #expect(kinds["Ron DeSantis"] == .person)
    }

    @Test func aPartyTagIsNoName() {
        let names = AnalysisHost().analyze("Sens. Jon Tester (D-Mont.) and Bob Corker, R-Tenn., voted no.", format: .plainText).entities.map(\.name)
        #expect(names.sorted() == ["Bob Corker", "Jon Tester"])
    }

    @Test func possessivesAreMentionsWithoutTheirEnding() {
        let lines = Self.ledger("Lena Ortiz unveiled a plan on Monday. Critics attacked Ortiz’s plan.")
        #expect(lines.contains("Lena Ortiz | person | Lena Ortiz/name, Ortiz/name"))
    }

    @Test func smallWordsJoinANameItsAcronymSpellsOut() {
        let lines = Self.ledger("Parents joined the Alliance to Reclaim Our Schools (AROS) on Monday. The AROS said more would come.")
        #expect(lines.contains("Alliance to Reclaim Our Schools | organization | Alliance to Reclaim Our Schools/name, AROS/acronym, AROS/acronym"))
        // Without an acronym that spells it out, a small word still ends the name.
        #expect(!Self.ledger("Mayor Lena Ortiz to Visit Harbor Point.").contains { $0.hasPrefix("Lena Ortiz to") })
    }

    @Test func anAcronymJoinsItsSpelledOutForm() {
        let lines = Self.ledger("The Harbor Water Authority (HWA) met on Monday. The HWA raised rates.")
        #expect(lines.contains("Harbor Water Authority | organization | Harbor Water Authority/name, HWA/acronym, HWA/acronym"))
    }

    @Test func sentenceOpenersDaysAndMonthsAreNotNames() {
        let names = AnalysisHost().analyze("However, the vote on Monday in March was close. The board met.", format: .plainText).entities.map(\.name)
        #expect(names.isEmpty)
    }

    @Test func namesInsideQuotesAreStillMentions() {
        let lines = Self.ledger("Lena Ortiz spoke first. “I trust Ortiz,” the treasurer said.")
        #expect(lines.contains("Lena Ortiz | person | Lena Ortiz/name, Ortiz/name"))
    }

    @Test func theDraftsOwnRolesDescribeThePerson() {
        let entity = Self.entity("Cara Diemont", in: "Cara Diemont, a spokeswoman for the ministry, declined to comment.")
        #expect(entity?.kind == .person)
        #expect(entity?.description == "a spokeswoman for the ministry")
    }

    @Test func aCommaClosingAnOpeningPhraseIntroducesNoAppositive() {
        let text = "Mayor Lena Ortiz met the press. At a news conference in Harbor Point, the mayor said the pier was safe."
        let lines = Self.ledger(text)
        #expect(lines.contains("Lena Ortiz | person | Lena Ortiz/name, the mayor/description"))
        #expect(Self.entity("Harbor Point", in: text)?.description == nil)
        #expect(Self.entity("Lena Ortiz", in: "Lena Ortiz, the mayor, said the pier was safe.")?.description == "the mayor")
    }

    @Test func aDescriptionJoinsThePersonWhoseRoleFits() {
        let text = "Harbor Board Chairman Teodor Vance called the vote. The chairman said the pier would be sold."
        let lines = Self.ledger(text)
        #expect(lines.contains("Teodor Vance | person | Teodor Vance/name, The chairman/description"))
    }

    @Test func organizationAndPlaceWordsGiveKinds() {
        let kinds = Self.kinds("Officials from Dimension Data Inc met at Grace Road near the Harbor Water Authority.")
        #expect(kinds["Dimension Data Inc"] == .organization)
        #expect(kinds["Grace Road"] == .place)
        #expect(kinds["Harbor Water Authority"] == .organization)
    }
    @Test func aNameWrappedOntoTheNextLineStaysOneName() {
        let text = "The harbor board said on Tuesday that the ferry from Port Alder to North\nKorea had been cancelled for good."
        let names = AnalysisHost().analyze(text, format: .plainText).entities.map(\.name)
        #expect(names.contains("North Korea"))
        #expect(!names.contains("Korea"))
    }

    @Test func aShortLineBreakStillEndsAName() {
        let names = AnalysisHost().analyze("By Lena Ortiz\nHarbor Desk staff wrote this.", format: .plainText).entities.map(\.name)
        #expect(!names.contains { $0.contains("Ortiz Harbor") })
    }

    @Test func aTitleCaseLabelNamesOnlyWhatTheDraftOrKnowledgeKnows() {
        let text = """
            Mayor Lena Ortiz opened the harbor festival on Tuesday.

            Related article: In Photos: Ortiz Attends Harbor Summit, Boat Parade in Springfield This Week

            She said the pier would reopen.
            """
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let names = analysis.entities.map(\.name)
        #expect(!names.contains("Boat Parade"))
        #expect(!names.contains { $0.hasPrefix("Ortiz Attends") })
        #expect(Self.ledger(text).contains { $0.hasPrefix("Lena Ortiz | person | Lena Ortiz/name, Ortiz/name, She/pronoun") })
    }

    @Test func aPronounPrefersThePersonItsOwnSentenceNamed() {
        let text = "Mayor Lena Ortiz opened the pier. Treasurer Paul Haddad spoke on Tuesday and said he would resign."
        #expect(Self.ledger(text).contains("Paul Haddad | person | Paul Haddad/name, he/pronoun"))
    }

    @Test func aNameThatFillsAQuotationIsNoPerson() {
        let text = "Lena Ortiz ran on a “Harbor First” platform."
        #expect(Self.entity("Harbor First", in: text)?.kind == .other)
    }

    @Test func nationalitiesAndPeoplesAreNoNames() {
        let text = "South Korean officials met Iraqi Kurds and Latin American diplomats in New Zealand on Monday."
        let names = AnalysisHost().analyze(text, format: .plainText).entities.map(\.name)
        #expect(names == ["New Zealand"])
    }

    @Test func aPeopleBeforeAPlaceIsNoPartOfIt() {
        let text = "Police closed a school in Arab East Jerusalem. Talks on Jerusalem stalled."
        let lines = Self.ledger(text)
        #expect(lines.contains("East Jerusalem | place | East Jerusalem/name"))
        #expect(lines.contains("Jerusalem | place | Jerusalem/name"))
    }

    @Test func aClubOrAirlineNamedAfterAPlaceIsAnOrganization() {
        let kinds = Self.kinds("Air France flew the Real Madrid squad to the match against Dynamo Moscow.")
        #expect(kinds["Air France"] == .organization)
        #expect(kinds["Real Madrid"] == .organization)
        #expect(kinds["Dynamo Moscow"] == .organization)
    }

    @Test func aCityInAResultIsItsTeamApartFromTheCity() {
        let text = "The mayor of Milwaukee threw the first pitch.\n\nMinnesota 6 MILWAUKEE 1\n\nGrimsby 0 Portsmouth 1"
        let kinds = Self.kinds(text)
        #expect(kinds["Milwaukee"] == .place)
        #expect(kinds["MILWAUKEE"] == .organization)
        #expect(kinds["Portsmouth"] == .organization)
    }

    @Test func anAgencyNamedAfterItsCountryIsNoPerson() {
        let lines = Self.ledger("Statistics Canada said on Friday that Canada's economy grew. Ivan Rodriguez's 18th homer won it.")
        #expect(lines.contains("Statistics Canada | organization | Statistics Canada/name"))
        #expect(lines.contains("Canada | place | Canada/name"))
        #expect(lines.contains { $0.hasPrefix("Ivan Rodriguez | person") })
    }

    /// Each case: a draft, and a description in it with the entity it joins (nil: none).
    static let thingDescriptions: [(String, String, String?)] = [
        ("The Harbor Water Authority raised fares. The authority said costs rose.", "The authority", "Harbor Water Authority"),
        ("Dimension Data Inc cut jobs. The company said demand fell.", "The company", "Dimension Data Inc"),
        ("The Shanghai Cooperation Organization met in Tianjin. The bloc agreed on trade.", "The bloc", "Shanghai Cooperation Organization"),
        ("France voted on Monday. The country is divided.", "The country", "France"),
        ("Trump wrote on Truth Social. The post angered the current American administration.", "the current American administration", nil),
        ("Dimension Data Inc backed the plan. The bill passed.", "The bill", nil),
    ]

    @Test(arguments: thingDescriptions.indices)
    func aDescriptionOfAThingJoinsOnlyWhatItFits(index: Int) {
        let (text, description, expected) = Self.thingDescriptions[index]
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        let owner = analysis.entities.first { entity in entity.mentions.contains { analysis.text($0.range) == description } }
        #expect(owner?.name == expected)
    }
}
