/// The word lists the entity ledger reads names, titles, descriptions and pronouns with, as data.
///
/// Entries are written as they appear in copy; lookups of lowercase words use the lowercased form. A newsroom
/// extends the known acronyms through the `knownAcronyms` setting; the rest grows here, never in `if` chains.
enum ReferenceLexicon {
    /// The grammatical gender a title, honorific, given name or pronoun points to.
    enum Gender: Sendable, Hashable {
        case male, female
    }

    /// Honorifics that stand before a surname, with the gender they imply (nil when they imply none).
    static let honorifics: [String: Gender?] = [
        "Mr": .male, "Mister": .male, "Mrs": .female, "Ms": .female, "Miss": .female, "Mme": .female, "Mlle": .female,
        "Mx": nil, "Dr": nil, "Prof": nil, "Professor": nil, "Sir": .male, "Dame": .female, "Lord": .male, "Lady": .female,
        "Rev": nil, "Reverend": nil, "Fr": .male, "Father": .male, "Sister": .female, "Brother": .male, "Rabbi": nil,
        "Imam": .male, "Sheikh": .male, "Messrs": nil, "Herr": .male, "Frau": .female, "Monsieur": .male, "Madame": .female,
        "Señor": .male, "Señora": .female,
    ]

    /// Capitalised titles and offices that stand before a name ("President", "Sen.", "Foreign Minister"), with the
    /// gender they imply. Abbreviations are listed without their period.
    static let titles: [String: Gender?] = [
        "President": nil, "Pres": nil, "Vice": nil, "Premier": nil, "Chancellor": nil, "Minister": nil, "Secretary": nil,
        "Sen": nil, "Senator": nil, "Sens": nil, "Rep": nil, "Reps": nil, "Representative": nil, "Congressman": .male,
        "Congresswoman": .female, "Gov": nil, "Governor": nil, "Lt": nil, "Mayor": nil, "Gen": nil, "General": nil,
        "Col": nil, "Colonel": nil, "Maj": nil, "Major": nil, "Capt": nil, "Captain": nil, "Cmdr": nil, "Commander": nil,
        "Adm": nil, "Admiral": nil, "Sgt": nil, "Sergeant": nil, "Cpl": nil, "Corporal": nil, "Pvt": nil, "Private": nil,
        "Lieutenant": nil, "Brig": nil, "Marshal": nil, "Field": nil, "Justice": nil, "Judge": nil, "Magistrate": nil,
        "Attorney": nil, "Atty": nil, "Ambassador": nil, "Amb": nil, "Envoy": nil, "Commissioner": nil, "Chairman": .male,
        "Chairwoman": .female, "Chair": nil, "Chief": nil, "Director": nil, "Spokesman": .male, "Spokeswoman": .female,
        "Speaker": nil, "Leader": nil, "Whip": nil, "Pope": .male, "Cardinal": .male, "Archbishop": nil, "Bishop": nil,
        "King": .male, "Queen": .female, "Prince": .male, "Princess": .female, "Emperor": .male, "Empress": .female,
        "Crown": nil, "Emir": .male, "Sultan": .male, "Ayatollah": .male, "Grand": nil, "Detective": nil, "Det": nil,
        "Officer": nil, "Inspector": nil, "Supt": nil, "Superintendent": nil, "Sheriff": nil, "Deputy": nil, "Coach": nil,
        "Treasurer": nil, "Councilman": .male, "Councilwoman": .female, "Councillor": nil, "Councilor": nil,
        "Assemblyman": .male, "Assemblywoman": .female, "Delegate": nil, "Del": nil, "Alderman": nil, "Provost": nil,
         "Comptroller": nil, "Auditor": nil, "Solicitor": nil, "Prosecutor": nil,
        "Counsel": nil, "Mufti": .male, "Patriarch": .male, "Metropolitan": nil, "Rebbe": .male, "Lama": .male,
        "Duke": .male, "Duchess": .female, "Earl": .male, "Baron": .male, "Baroness": .female, "Count": .male,
        "Countess": .female, "Sheikha": .female, "Tsar": .male, "Czar": .male, "Shah": .male, "Rajah": .male,
        "Chef": nil, "Founder": nil, "Executive": nil, "CEO": nil, "Prime": nil, "Mother": .female,
    ]

    /// Title words that open a title only before another title word (`Grand Duke`, `Field Marshal`, `Crown Prince`).
    static let titleOpeners: Set<String> = ["Grand", "Field", "Crown", "Prime", "Vice"]

    /// Titles that name one office-holder well enough to stand as a first reference ("President Obama").
    static let identifyingTitles: Set<String> = [
        "President", "Pope", "King", "Queen", "Emperor", "Empress", "Premier", "Chancellor", "Prime",
    ]

    /// Lowercase nouns that name a role and may stand right before a name ("pollster Pat Caddell", "aide Mills").
    static let roleNouns: Set<String> = [
        "president", "leader", "minister", "premier", "chancellor", "senator", "congressman", "congresswoman",
        "representative", "governor", "mayor", "candidate", "nominee", "challenger", "incumbent", "rival", "opponent",
        "pollster", "strategist", "consultant", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "director", "chairman", "chairwoman", "chair", "chief", "executive", "manager", "host", "anchor",
        "commentator", "columnist", "correspondent", "reporter", "journalist", "editor", "writer", "author", "novelist",
        "poet", "economist", "analyst", "scientist", "researcher", "professor", "lecturer", "historian", "lawyer",
        "attorney", "prosecutor", "judge", "justice", "officer", "detective", "sheriff", "commander", "general",
        "colonel", "captain", "sergeant", "lieutenant", "soldier", "veteran", "ambassador", "envoy", "diplomat",
        "official", "commissioner", "lawmaker", "legislator", "politician", "activist", "campaigner", "organizer",
        "founder", "cofounder", "co-founder", "owner", "businessman", "businesswoman", "entrepreneur", "investor",
        "banker", "developer", "doctor", "physician", "surgeon", "nurse", "actor", "actress", "singer", "musician",
        "artist", "director", "producer", "comedian", "star", "player", "coach", "striker", "midfielder", "defender",
        "goalkeeper", "batsman", "bowler", "quarterback", "pitcher", "champion", "driver", "rider", "cyclist",
        "runner", "swimmer", "boxer", "personality", "personalities", "blogger", "teacher", "student", "pastor",
        "priest", "bishop", "rabbi", "imam", "cleric", "delegate", "deputy", "councilman", "councilwoman", "councillor",
        "treasurer", "administrator", "superintendent", "principal", "dean", "provost", "mogul", "tycoon", "billionaire",
        "magnate", "donor", "fundraiser", "speaker", "whip", "counsel", "solicitor", "investigator", "inspector",
        "expert", "specialist", "engineer", "architect", "designer", "photographer", "filmmaker", "playwright",
        "resident", "mother", "father", "daughter", "son", "wife", "husband", "widow", "brother", "sister", "cousin",
        "nephew", "niece", "grandmother", "grandfather", "partner", "girlfriend", "boyfriend", "colleague", "friend",
        "victim", "suspect", "defendant", "plaintiff", "witness", "chef", "ceo", "cfo", "coo", "ally", "critic",
        "supporter", "backer", "loyalist", "hopeful", "contender", "frontrunner", "front-runner", "runner-up",
        "mate", "member", "surrogate", "staffer", "operative", "lobbyist", "insider", "moderator", "interviewer",
        "fellow", "physicist", "scholar", "sociologist", "psychologist", "pundit", "aide-de-camp", "head",
    ]

    /// Whether the lowercase `word` is a role noun's plural (`analysts`, `developers`).
    static func isPluralRoleNoun(_ word: String) -> Bool {
        word.hasSuffix("s") && roleNouns.contains(String(word.dropLast()))
    }

    /// Role nouns that imply a gender.
    static let gendered: [String: Gender] = [
        "spokesman": .male, "spokeswoman": .female, "congressman": .male, "congresswoman": .female,
        "chairman": .male, "chairwoman": .female, "businessman": .male, "businesswoman": .female, "actor": .male,
        "actress": .female, "mother": .female, "father": .male, "daughter": .female, "son": .male, "wife": .female,
        "husband": .male, "widow": .female, "brother": .male, "sister": .female, "nephew": .male, "niece": .female,
        "grandmother": .female, "grandfather": .male, "girlfriend": .female, "boyfriend": .male,
        "councilman": .male, "councilwoman": .female, "king": .male, "queen": .female,
    ]

    /// Nouns of family relation that introduce a relative by given name (`his wife, Laura`).
    static let kinship: Set<String> = [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "widower", "grandson",
        "granddaughter", "grandfather", "grandmother", "nephew", "niece", "cousin", "partner", "fiancé", "fiancée",
        "girlfriend", "boyfriend", "stepson", "stepdaughter", "stepfather", "stepmother", "uncle", "aunt", "children",
        "sons", "daughters", "parents", "sisters", "brothers",
    ]

    /// Capitalised words for groups of people (parties, faiths, movements) that name no single entity.
    static let groupNames: Set<String> = Set([
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative", "Conservatives",
        "Liberal", "Liberals", "Labour", "Tory", "Tories", "Socialist", "Socialists", "Communist", "Communists",
        "Green", "Greens", "Independent", "Independents", "Libertarian", "Libertarians", "Catholic", "Catholics",
        "Protestant", "Protestants", "Orthodox", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Buddhist",
        "Buddhists", "Islamist", "Islamists", "Evangelical", "Evangelicals", "Mormon", "Mormons", "Latina", "Latinas",
        "Black", "Blacks", "White", "Whites", "African-American", "African-Americans", "Millennials", "Boomers",
        "Nazi", "Nazis", "Marxist", "Marxists", "Zionist", "Zionists", "Western", "Eastern", "Northern", "Southern",
        "Westerners", "Latin", "Presidential", "Federal", "National", "Congressional", "Senate",
    ]).union(communities)

    /// Words that open the name of a club, airline, bank or broadcaster before the place it is named after (`Air
    /// France`, `Real Madrid`, `Dynamo Moscow`, `Banco Santander`): such a name is an organization's, not a person's.
    static let organizationPrefixes: Set<String> = [
        "Air", "Real", "Dynamo", "Dinamo", "Inter", "Internazionale", "Sporting", "Athletic", "Atletico", "Olympique",
        "Olympiakos", "Spartak", "Lokomotiv", "Torpedo", "Rotor", "Standard", "Racing", "Rapid", "Steaua", "Slavia",
        "Sparta", "Hapoel", "Maccabi", "Beitar", "Bank", "Banco", "Banca", "Radio", "Telecom", "Deutsche", "Crvena",
        "FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "CSKA", "PSV", "AEK", "PAOK", "Partizan",
    ]

    /// Communities of faith or descent that are groups as well as peoples: no single entity, and never a name.
    static let communities: Set<String> = [
        "Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Palestinian", "Palestinians", "Muslim", "Muslims", "Christian",
        "Christians", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Sikh", "Sikhs", "Latino", "Latinos", "Hispanic",
        "Hispanics", "African", "Africans", "European", "Europeans", "Asian", "Asians",
    ]

    /// Peoples and communities that no country's nationality names, as words that open or end a chunk of
    /// capitalised words without being a name (`Arab East Jerusalem`, `Iraqi Kurds`, `Bosnian Serbs`).
    static let peoples: Set<String> = communities.union([
        "Afrikaner", "Afrikaners", "Serb", "Serbs", "Croat", "Croats", "Tamil", "Tamils", "Basque", "Basques",
        "Catalan", "Catalans", "Pashtun", "Pashtuns", "Hutu", "Hutus", "Tutsi", "Tutsis", "Berber", "Berbers", "Roma",
        "Uighur", "Uighurs", "Uyghur", "Uyghurs",
    ])

    /// Words that qualify a nationality or people without naming anyone (`South Korean`, `Latin American`).
    static let peopleQualifiers: Set<String> = [
        "South", "North", "East", "West", "Latin", "Central", "Northern", "Southern", "Eastern", "Western", "Bosnian",
    ]

    /// Heads of descriptions that can stand for a person already introduced ("the Russian leader", "the president").
    static let personDescriptionHeads: Set<String> = [
        "leader", "president", "prime minister", "premier", "chancellor", "minister", "senator", "governor", "mayor",
        "congressman", "congresswoman", "nominee", "candidate", "pope", "king", "queen", "monarch", "secretary",
        "secretary-general", "chairman", "chairwoman", "spokesman", "spokeswoman", "ambassador", "general", "commander",
        "tycoon", "billionaire", "businessman", "businesswoman", "strongman", "dictator",
    ]

    /// Heads of descriptions that can stand for an organization ("the company", "the ministry").
    static let organizationDescriptionHeads: Set<String> = [
        "company", "firm", "ministry", "agency", "authority", "government", "group", "party", "bank", "department", "bureau",
        "council", "committee", "commission", "organization", "organisation", "alliance", "bloc", "union", "court",
        "network", "newspaper", "broadcaster", "airline", "carrier", "automaker", "carmaker", "insurer", "lender",
        "retailer", "manufacturer", "university", "school", "club", "team", "foundation", "charity", "institute",
        "campaign", "administration", "parliament", "legislature", "board", "regulator", "exchange", "pac", "state",
        "country", "nation", "city", "town", "province", "region", "territory", "island", "village", "county", "site",
        "publication", "magazine", "website", "outlet", "station", "channel", "show", "program", "programme", "brand",
        "product", "service", "platform", "app", "fund", "index", "law", "bill", "act", "measure", "report", "study",
    ]

    /// Description heads that any organization fits (`the company` for a network, a bank or a carmaker).
    static let genericOrganizationHeads: Set<String> = ["company", "firm", "group", "organization", "organisation"]

    /// Description heads that name a place (`the country`, `the city`).
    static let placeDescriptionHeads: Set<String> = [
        "country", "nation", "city", "town", "province", "region", "territory", "island", "village", "county", "state",
    ]

    /// Third-person pronouns that refer to one person, with their gender.
    static let personPronouns: [String: Gender] = [
        "he": .male, "him": .male, "his": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]

    /// Lowercase modifiers that go with an office or title but never with an honorific: `former Miss Universe` is a
    /// title, where `Miss` alone would be an honorific.
    static let titleOnlyModifiers: Set<String> = ["former", "onetime", "one-time", "reigning", "ex", "erstwhile"]

    /// `personPronouns` looked up straight from a paragraph's bytes, ignoring case.
    static let personPronounTable = WordTable(personPronouns)

    /// Lowercase nouns for one person the draft has not named (`a spokesman said`, `the unnamed corporal`), after
    /// which a pronoun refers to someone, not no one: every role noun and the plain words for a person.
    static let unnamedPersonTable = WordTable(Dictionary(uniqueKeysWithValues: roleNouns.union([
        "man", "woman", "boy", "girl", "person", "child", "teenager", "corporal", "guard", "worker", "farmer", "pilot",
        "passenger", "source", "citizen", "refugee", "tourist", "employee", "driver", "patient", "caller", "neighbor",
        "neighbour", "stranger", "gunman", "policeman", "policewoman", "fireman", "firefighter", "clerk", "agent",
        "democrat", "republican", "native",
    ]).map { ($0, true) }))

    /// Pronouns that are subjects: the clause they open is about their referent.
    static let subjectPronouns: Set<String> = ["he", "she"]

    /// Lowercase particles that join parts of a name ("Charles de Gaulle", "Ursula von der Leyen", "bin Salman").
    static let nameParticles: Set<String> = [
        "de", "da", "das", "dos", "du", "del", "della", "der", "den", "des", "di", "van", "von", "ter", "ten",
        "le", "la", "bin", "ibn", "bint", "al", "el", "zu", "abu", "ben", "wa", "arap",
    ]

    /// Capitalised words that end organization names ("Dimension Data Inc", "Wells Fargo Bank").
    static let organizationWords: Set<String> = [
        "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Group",
        "Holdings", "Bank", "Banks", "Party", "Committee", "Council", "Ministry", "Department", "Agency", "Association",
        "Institute", "Institution", "Foundation", "Organization", "Organisation", "Union", "Commission", "Court",
        "Federation", "League", "Society", "University", "College", "School", "Academy", "Authority", "Office",
        "Bureau", "Service", "Services", "Board", "Fund", "Trust", "Network", "News", "Times", "Post", "Journal",
        "Herald", "Tribune", "Telegraph", "Gazette", "Press", "Airlines", "Airways", "Motors", "Systems",
        "Technologies", "Industries", "Partners", "Capital", "Securities", "Exchange", "Church", "Army", "Navy",
        "Force", "Forces", "Guard", "Police", "Parliament", "Senate", "Congress", "Assembly", "Cabinet", "Caucus",
        "Club", "Team", "Center", "Centre", "Hospital", "Museum", "Coalition", "Alliance", "Front", "Movement",
        "Brigade", "Brigades", "Council", "Reserve", "Administration", "Campaign", "Labs", "Laboratories",
        "Pharmaceuticals", "Energy", "Oil", "Petroleum", "Communications", "Media", "Entertainment", "Studios",
        "Records", "Magazine", "Review", "Daily", "Weekly", "Radio", "Television", "TV", "Cooperation", "Conference",
        "Secretariat", "Tribunal", "Mission", "Command", "Corps", "Regiment", "Legion", "Synod", "Resources",
        "Electric", "Dynamics", "Motor", "Steel", "Chemical", "Chemicals", "Foods", "Stores", "Brands",
        "Insurance", "Financial", "Investments", "Ventures", "Enterprises", "Solutions", "Software", "Labs",
    ]

    /// Capitalised words that start organization names and take "of" ("University of Michigan", "Bank of England").
    static let organizationHeadsTakingOf: Set<String> = [
        "University", "Bank", "Ministry", "Department", "Office", "Bureau", "Institute", "Academy", "Association",
        "Federation", "League", "Society", "College", "School", "Council", "Court", "Board", "Church", "Museum",
        "Organization", "Organisation", "Union", "Commission", "Committee", "Chamber", "House", "Congress",
        "Confederation", "Order", "Party", "Centers", "Center", "Centre", "Conference", "Secretary", "Minister",
        "Republic", "Kingdom", "State", "States", "Province", "Gulf", "Bay", "Isle", "Islands", "Sea", "Strait",
        "Cape", "Lake", "Mount", "City", "District", "Duchy", "Emirate", "Principality", "Commonwealth",
    ]

    /// Capitalised words that end the names of events, laws, prizes and works, which are neither people,
    /// organizations nor places (`Iraq War`, `World Cup`, `Affordable Care Act`).
    static let eventWords: Set<String> = [
        "War", "Wars", "Cup", "Games", "Olympics", "Championship", "Championships", "Open", "Prize", "Award", "Awards",
        "Act", "Bill", "Summit", "Festival", "Day", "Week", "Revolution", "Crisis", "Treaty", "Accord", "Accords",
        "Agreement", "Plan", "Doctrine", "Rule", "Rules", "Amendment", "Protocol", "Convention", "Trophy", "Series",
        "Marathon", "Tour", "Grand", "Prix", "Bowl", "Classic", "Masters", "Election", "Elections", "Referendum",
        "Speech", "Address", "Report", "Index", "Atoll",
    ]

    /// Capitalised words that end place names ("Grace Road", "Red Sea", "Sixth Circuit" is not one).
    static let placeWords: Set<String> = [
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Square", "Bridge", "River", "Lake",
        "Mountains", "Mountain", "Mount", "Island", "Islands", "Sea", "Ocean", "Bay", "Gulf", "Valley", "Province",
        "County", "City", "Peninsula", "Desert", "Strait", "Canal", "Coast", "Beach", "Park", "Heights", "Hills",
        "Plaza", "Stadium", "Airport", "Harbor", "Harbour", "Region", "Republic", "Kingdom", "State", "Territory",
        "District", "Oblast", "Prefecture", "Township", "Village", "Borough", "Delta", "Basin", "Plateau", "Falls",
        "Atoll", "Reef", "Glacier", "Forest", "Canyon", "Creek", "Channel", "Cathedral", "Palace", "Castle",
    ]

    /// Capitalised words that are not names on their own: days, months, pronoun "I", and common sentence openers.
    static let notNames: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "I", "I'm", "I’m", "I've", "I’ve", "I'd",
        "I’d", "I'll", "I’ll", "OK", "Okay", "Yes", "No", "Oh", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri",
        "Sat", "Sun", "AM", "PM", "EDT", "EST", "GMT", "BST", "CET", "UTC", "PDT", "PST", "CDT", "CST", "ET", "PT",
    ]

    /// Words that may close a person's name after the surname.
    static let generationalSuffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"]

    /// The months among `notNames` that are also surnames.
    static let monthSurnames: Set<String> = ["May", "June", "April", "August"]

    /// The abbreviated months and days among `notNames`, which are also given names and company words (`Jan`, `Sun`).
    static let abbreviatedDateWords: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thurs", "Fri", "Sat", "Sun",
    ]

    /// Capitalised function words and common openers that are never the first word of a name.
    static let openers: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "It’s", "It's", "He", "She",
        "We", "You", "They", "His", "Her", "Our", "Your", "Their", "My", "Me", "Us", "Them", "Him", "Who", "Whom",
        "Whose", "What", "Which", "When", "Where", "Why", "How", "Whether", "If", "But", "And", "Or", "Nor", "So",
        "Yet", "For", "In", "On", "At", "By", "To", "Of", "From", "With", "Without", "Into", "Onto", "Over", "Under",
        "After", "Before", "During", "Since", "Until", "Till", "As", "Than", "Because", "Although", "Though", "While",
        "Whereas", "Unless", "Despite", "About", "Above", "Across", "Against", "Along", "Among", "Around", "Behind",
        "Below", "Beneath", "Beside", "Besides", "Between", "Beyond", "Inside", "Outside", "Near", "Through",
        "Throughout", "Toward", "Towards", "Upon", "Within", "Via", "Per", "Like", "Unlike", "Including", "Excluding",
        "According", "Also", "Still", "However", "Meanwhile", "Moreover", "Furthermore", "Instead", "Then", "Now",
        "Later", "Earlier", "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second", "Third",
        "Finally", "Indeed", "Perhaps", "Maybe", "Some", "Many", "Most", "Much", "More", "Few", "Fewer", "All", "Both",
        "Each", "Every", "Either", "Neither", "None", "Other", "Others", "Another", "Such", "Several", "Any", "One",
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Not", "Only", "Even", "Just", "Even",
        "Well", "Please", "Thanks", "Thank", "Let", "Let's", "Let’s", "Do", "Does", "Did", "Don't", "Don’t", "Is",
        "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Shall",
        "Might", "Must", "May", "Asked", "Said", "Says", "Told", "Speaking", "Asked", "Regardless", "Overall",
        "Already", "Again", "Once", "Often", "Never", "Always", "Sometimes", "Recently", "Currently", "Initially",
        "Eventually", "Ultimately", "Similarly", "Likewise", "Otherwise", "Nevertheless", "Nonetheless", "Thus",
        "Therefore", "Hence", "Accordingly", "Specifically", "Notably", "Separately", "Additionally", "Altogether",
        "Certainly", "Clearly", "Obviously", "Apparently", "Reportedly", "Allegedly", "Officially", "Privately",
        "Publicly", "Politically", "Economically", "Asked", "Born", "Based", "Known", "Called", "Dubbed", "Given",
        "Among", "Amid", "Amidst", "Whatever", "Whenever", "Wherever", "Whoever", "Everyone", "Everybody",
        "Everything", "Someone", "Somebody", "Something", "Anyone", "Anything", "Nobody", "Nothing", "Why", "Yes",
        "No", "Not", "Up", "Down", "Out", "Off", "Back",
    ]

    /// Capitalised modifiers that may open a name chunk in headlines and lists but are never part of the name.
    static let chunkOpeners: Set<String> = ["Former", "Top", "Then", "Late", "Acting", "Interim", "Retired", "Veteran", "Add", "Missing"]

    /// Acronyms readers know without a spelled-out form; the `knownAcronyms` setting adds to them.
    static let knownAcronyms: Set<String> = [
        "U.S.", "US", "USA", "U.S.A.", "U.K.", "UK", "UN", "U.N.", "NATO", "EU", "E.U.", "FBI", "CIA", "NSA", "NASA",
        "BBC", "CNN", "NBC", "CBS", "ABC", "PBS", "NPR", "MSNBC", "AP", "AFP", "GOP", "TV", "CEO", "CFO", "COO",
        "AIDS", "HIV", "GDP", "DNA", "WHO", "IMF", "OPEC", "ISIS", "ISIL", "IRA", "IRS", "NFL", "NBA", "MLB", "NHL",
        "FIFA", "UEFA", "NGO", "LGBT", "LGBTQ", "USSR", "UAE", "DC", "D.C.", "PhD", "MP", "MPs", "EPA", "FDA",
        "CDC", "NHS", "G7", "G20", "WTO", "UNICEF", "UNESCO", "OK", "SUV", "ATM", "PC", "AI", "IT", "PR",
        "VIP", "RAF", "MI5", "MI6", "KGB", "FSB", "NYPD", "LAPD", "AFL-CIO", "NAACP", "ACLU", "DNC", "RNC", "FEMA",
        "ICE", "DHS", "DOJ", "SEC", "FCC", "FAA", "COVID", "SARS", "EST",
        "EDT", "GMT", "UTC", "AM", "PM", "FM", "CD", "DVD", "USB", "GPS", "FAQ", "ID", "IQ", "PS", "RSVP", "UFO",
        "NYSE", "S&P", "AT&T", "IBM", "BMW", "HSBC", "KPMG", "UBS", "NBC's", "JPMorgan", 
        "BP", "GE", "HP", "UPS", "NRA", "NCAA", "NYT", "WSJ", "AARP", "MLK", "JFK", "LA", "NYC", "EV", "EVs",
    ]

    /// Lowercase nouns that follow a name used as a modifier ("the Obama administration", "Clinton campaign"), where
    /// the name needs no introduction of its own.
    static let attributiveNouns: Set<String> = [
        "administration", "administrations", "campaign", "campaigns", "camp", "era", "years", "presidency",
        "government", "cabinet", "regime", "doctrine", "team", "aides", "aide", "allies", "supporters", "voters",
        "backers", "loyalists", "foundation", "family", "brand", "tower", "organization", "policy", "policies",
        "plan", "plans", "White", "rally", "rallies", "speech", "statement", "spokesman", "spokeswoman", "surrogate",
        "surrogates", "staff", "staffers", "transition", "movement", "effect", "style", "emails", "email", "server",
        "tapes", "tape", "presidential", "election", "victory", "win", "loss", "defeat", "nomination", "ticket",
        "agenda", "rhetoric", "base", "coalition", "voter", "donors", "donor", "fundraiser", "fundraisers",
        "university", "estate", "heirs", "dynasty", "clan", "machine", "wing", "faction", "-style", "critics",
        "neighborhood", "supporter", "voter", "fan", "fans", "area", "district", "region", "explosion", "attack", "bombing", "shooting", "case", "trial",
        "scandal", "investigation", "probe", "report", "deal", "talks", "divorce", "file", "files", "rule", "tax",
        "returns", "empire", "properties", "hotel", "hotels", "casino", "brand", "name",
    ]

    /// Lowercase words after a comma that open an appositive giving a role ("Jane Doe, a spokeswoman for …").
    static let appositiveOpeners: Set<String> = [
        "a", "an", "the", "who", "whose", "former", "then", "now", "chief", "senior", "longtime", "veteran", "deputy",
        "director", "head", "president", "executive", "spokesman", "spokeswoman", "chairman", "chairwoman",
    ]

    /// Verbs of sports results, whose subjects and objects are teams ("Leicestershire beat Somerset").
    static let resultVerbs: Set<String> = [
        "beat", "beats", "drew", "draw", "defeated", "edged", "routed", "thrashed", "crushed", "downed", "blanked",
        "outlasted", "outscored", "whipped", "trounced", "overcame", "hammered", "stunned", "upset", "shaded",
    ]

    /// Speech verbs that come before the speaker's name in attribution (`said Fowler.`), as a person's does.
    static let invertedAttributionVerbs: Set<String> = ["said", "says", "added", "asked", "wrote", "continued"]

    /// Speech verbs that credit a direct quotation to a person (`“…,” Okafor said`); not `announced` or `reported`,
    /// which companies and sites do as often.
    static let quotingVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "recalled", "argued", "insisted", "explained"]

    /// Abbreviated endings of company names, written with a period (`Corp.`, `Inc.`).
    static let companyEndings: Set<String> = ["Corp", "Inc", "Co", "Ltd", "Bros", "Cos", "Plc"]

    /// Endings of hyphenated modifiers that stand before a name without being part of it (`Ohio-based KeyCorp`).
    static let modifierSuffixes: [String] = ["-based", "-born", "-led", "-controlled", "-owned", "-backed", "-run", "-bred"]

    /// Words that end an appositive's head noun phrase: prepositions, relative words and conjunctions.
    static let headPhraseEnds: Set<String> = [
        "of", "for", "at", "in", "with", "between", "from", "to", "on", "about", "who", "that", "which", "whose", "since",
        "after", "before", "by", "and", "or",
    ]

    /// Speech verbs in the present tense of headlines and decks ("Brandt says …", "Mayor warns …").
    static let presentSpeechVerbs: Set<String> = [
        "says", "say", "tells", "warns", "urges", "insists", "claims", "argues", "vows", "admits", "denies", "calls",
    ]

    /// Speech verbs that make the name next to them a person who speaks ("Schiff said", "said Fowler").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "asked", "wrote", "tweeted", "argued", "insisted", "explained", "noted",
        "warned", "stated", "claimed", "continued", "recalled", "replied", "responded", "acknowledged", "admitted",
        "conceded", "declared", "announced", "countered", "contended", "suggested", "observed", "remarked",
        "complained", "testified", "predicted", "agreed", "believes", "thinks", "thought", "urged",
    ]
}
