import CopydeskKnowledge
import Testing

/// Lookups against the built-in records, using the names a story like a Beijing press-conference report needs.
struct KnowledgeLookupTests {
    let knowledge = KnowledgeBase.builtIn

    struct Expectation: Sendable, CustomStringConvertible {
        let surface: String
        let id: String
        let kind: KnowledgeRecord.Kind
        var description: String { surface }
    }

    /// The first record for every person, place and organization of a report on a Russian president's press
    /// conference in Beijing after a parade and a summit in Tianjin.
    static let storyNames: [Expectation] = [
        .init(surface: "Putin", id: "person:vladimir-putin", kind: .person),
        .init(surface: "Vladimir Putin", id: "person:vladimir-putin", kind: .person),
        .init(surface: "Trump", id: "person:donald-trump", kind: .person),
        .init(surface: "Donald Trump", id: "person:donald-trump", kind: .person),
        .init(surface: "Zelensky", id: "person:volodymyr-zelensky", kind: .person),
        .init(surface: "Volodymyr Zelenskyy", id: "person:volodymyr-zelensky", kind: .person),
        .init(surface: "Beijing", id: "city:1816670", kind: .place),
        .init(surface: "Tianjin", id: "city:1792947", kind: .place),
        .init(surface: "Kyiv", id: "city:703448", kind: .place),
        .init(surface: "Kiev", id: "city:703448", kind: .place),
        .init(surface: "Moscow", id: "city:524901", kind: .place),
        .init(surface: "Ukraine", id: "country:UA", kind: .place),
        .init(surface: "Russia", id: "country:RU", kind: .place),
        .init(surface: "China", id: "country:CN", kind: .place),
        .init(surface: "Japan", id: "country:JP", kind: .place),
        .init(surface: "France", id: "country:FR", kind: .place),
        .init(surface: "Britain", id: "country:GB", kind: .place),
        .init(surface: "North Korea", id: "country:KP", kind: .place),
        .init(surface: "United States", id: "country:US", kind: .place),
        .init(surface: "U.S.", id: "country:US", kind: .place),
        .init(surface: "Europe", id: "continent:europe", kind: .place),
        .init(surface: "SCO", id: "org:sco", kind: .organization),
        .init(surface: "Shanghai Cooperation Organization", id: "org:sco", kind: .organization),
        .init(surface: "UN", id: "org:un", kind: .organization),
        .init(surface: "NATO", id: "org:nato", kind: .organization),
        .init(surface: "Kremlin", id: "org:kremlin", kind: .organization),
        .init(surface: "Truth Social", id: "org:truth-social", kind: .organization),
        .init(surface: "World War II", id: "event:world-war-ii", kind: .other),
    ]

    @Test(arguments: storyNames)
    func storyNamesResolve(_ expectation: Expectation) {
        let first = knowledge.records(named: expectation.surface).first
        #expect(first?.id == expectation.id)
        #expect(first?.kind == expectation.kind)
    }

    @Test func curlyApostrophesAndSpacesAreNormalised() {
        #expect(knowledge.records(named: "Workers\u{2019} Party of Korea").first?.id == "org:wpk")
        #expect(knowledge.records(named: "North\u{00A0}Korea").first?.id == "country:KP")
    }

    @Test func allCapsHeadlinesFallBackToCaseInsensitiveLookup() {
        #expect(knowledge.records(named: "TIANJIN").first?.id == "city:1792947")
        #expect(knowledge.records(named: "PUTIN").first?.id == "person:vladimir-putin")
        #expect(knowledge.records(named: "tianjin").isEmpty)
        #expect(knowledge.records(named: "NATO").first?.id == "org:nato")
    }

    @Test func fullNamesRankAboveShortNames() {
        #expect(knowledge.records(named: "Montenegro").first?.id == "country:ME")
        #expect(knowledge.records(named: "Montenegro").contains { $0.id == "person:luis-montenegro" })
    }

    @Test func acronymsFindOrganizations() {
        #expect(knowledge.records(acronym: "IAEA").first?.name == "International Atomic Energy Agency")
        #expect(knowledge.records(acronym: "SCO").first?.expansion == "Shanghai Cooperation Organization")
        #expect(knowledge.records(acronym: "XYZQ").isEmpty)
    }

    @Test(arguments: [
        ("Russian", "RU"), ("Russians", "RU"), ("Britons", "GB"), ("British", "GB"), ("Ukrainian", "UA"),
        ("Chinese", "CN"), ("American", "US"), ("U.S.", "US"), ("North Korean", "KP"), ("Japanese", "JP"),
        ("french", "FR"), ("Poles", "PL"), ("Saudi", "SA"), ("Filipinos", "PH"), ("Indian", "IN"),
    ])
    func nationalityWordsFindTheirCountry(word: String, code: String) {
        #expect(knowledge.country(forNationality: word)?.codes.first == code)
    }

    @Test func officeHoldersResolveDescriptions() {
        #expect(knowledge.leader(ofCountry: "Russian")?.name == "Vladimir Putin")
        #expect(knowledge.leader(ofCountry: "Ukraine")?.name == "Volodymyr Zelensky")
        #expect(knowledge.leader(ofCountry: "CN")?.name == "Xi Jinping")
        #expect(knowledge.holder(ofOffice: "president", country: "U.S.")?.name == "Donald Trump")
        #expect(knowledge.holder(ofOffice: "Chancellor", country: "German")?.name == "Friedrich Merz")
        #expect(knowledge.holder(ofOffice: "Prime Minister", country: "Britain")?.name == "Keir Starmer")
        #expect(knowledge.holder(ofOffice: "Secretary-General", organization: "UN")?.name == "António Guterres")
        #expect(knowledge.holder(ofOffice: "secretary general", organization: "NATO")?.name == "Mark Rutte")
        #expect(knowledge.holder(ofOffice: "President", country: "Atlantis") == nil)
    }

    @Test func placesCarryCountryRegionAndDateline() throws {
        let tianjin = try #require(knowledge.places(named: "Tianjin").first)
        #expect(tianjin.country == "CN")
        #expect(tianjin.region == "Tianjin")
        #expect(tianjin.datelineForm == "TIANJIN, China")
        #expect(knowledge.places(named: "Beijing").first?.datelineForm == "BEIJING")
        #expect(knowledge.places(named: "Kyiv").first?.datelineForm == "KYIV, Ukraine")
        #expect(knowledge.places(named: "Manchester").first?.datelineForm == "MANCHESTER, England")
        #expect(knowledge.places(named: "New York City").first?.datelineForm == "NEW YORK")
        let springfields = knowledge.places(named: "Springfield")
        #expect(springfields.first?.datelineForm == "SPRINGFIELD, Mo.")
        #expect(springfields.contains { $0.datelineForm == "SPRINGFIELD, Ill." })
    }

    @Test func statesCarryAPAbbreviations() {
        let texas = knowledge.records(named: "Texas").first
        #expect(texas?.category == "state")
        #expect(texas?.codes.contains("Texas") == true)
        #expect(knowledge.records(named: "Calif.").first?.name == "California")
        #expect(knowledge.records(named: "Georgia").map(\.id).prefix(2) == ["country:GE", "state:US-GA"])
    }

    @Test func censusNamesTellPeopleApart() throws {
        let glenn = try #require(knowledge.firstName("Glenn"))
        #expect(glenn.maleRank != nil)
        #expect(glenn.rank < 300)
        #expect(knowledge.firstName("Mary")?.femaleRank == 1)
        #expect(knowledge.surname("Campbell")?.rank ?? .max < 100)
        #expect(knowledge.surname("O'Brien") != nil)
        #expect(knowledge.isSurname("Smith"))
        #expect(!knowledge.isFirstName("Xqzt"))
        #expect(!knowledge.isSurname("Zelensky"))
        #expect(!knowledge.isFirstName(""))
        #expect(!knowledge.isFirstName("Jos\u{E9}"))
    }

    @Test func recordsByIdentityAndCode() {
        #expect(knowledge.record(id: "country:RU")?.name == "Russia")
        #expect(knowledge.country(code: "rus")?.name == "Russia")
        #expect(knowledge.country(code: "ZZ") == nil)
        #expect(knowledge.record(id: "nothing") == nil)
    }
}
