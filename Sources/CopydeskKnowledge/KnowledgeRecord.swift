/// One thing the world knows about: a person, organization, place or other named thing, with the facts a copy
/// editor needs about it and where those facts come from.
///
/// Built-in records come from the generated gazetteer; newsroom records come from the newsroom's entity files
/// (`EntityFileParser`) and override built-in ones with the same name (see `KnowledgeBase.overlaying(_:)`).
/// Every record names its `source` and the date its facts were checked (`asOf`); hover cards show both.
/// Dates are ISO 8601 calendar dates, possibly partial: `2012-05-07`, `2025-03` or `1990`.
public struct KnowledgeRecord: Sendable, Hashable {
    /// What kind of thing a record describes; the same four kinds as the draft's entity ledger.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person, organization, place, other
    }

    /// A stable identity: `person:vladimir-putin`, `org:sco`, `country:RU`, `state:US-TX`, `city:1792947`,
    /// `newsroom:<slug>` for newsroom-only records.
    public var id: String
    /// The preferred full name ("Vladimir Putin", "Shanghai Cooperation Organization", "Tianjin").
    public var name: String
    public var kind: Kind
    /// A finer kind where one is known: `country`, `territory`, `state`, `city`, `region`, `continent`,
    /// `building`, `international organization`, `party`, `news agency`, `event` …
    public var category: String?
    /// Other full names the record is known by ("Britain", "UK", "U.K.", "Erdogan").
    public var aliases: [String]
    /// Short forms a story uses after the first reference ("Putin", "Xi", "von der Leyen").
    public var shortNames: [String]
    /// The acronym of an organization ("SCO"); its expansion is `name`.
    public var acronym: String?
    /// One line saying what the record is.
    public var description: String?
    /// The title of the record's main office ("President"), or the title a newsroom file gives.
    public var title: String?
    /// Every office the record holds, the main one first.
    public var offices: [KnowledgeOffice]
    /// The ISO 3166-1 alpha-2 code of the record's country ("RU"), when it has one.
    public var country: String?
    /// The first-level region of a place ("Tianjin", "Illinois"), when known.
    public var region: String?
    /// When the record took its main office, as an ISO date.
    public var since: String?
    /// The organization, party or employer the record belongs to.
    public var affiliation: String?
    /// The form style wants on first reference ("Russian President Vladimir Putin").
    public var firstReference: String?
    /// Spellings a newsroom wants flagged; the record's own spelling is the one to use instead.
    public var avoid: [String]
    /// The AP dateline form of a place ("TIANJIN, China", "SPRINGFIELD, Ill.", "BEIJING").
    public var datelineForm: String?
    /// Nouns for the country's people, singular and plural ("Briton", "Britons").
    public var demonyms: [String]
    /// Adjectives of the country ("British", "U.K.").
    public var adjectives: [String]
    /// The capital of a country or state.
    public var capital: String?
    /// ISO codes of a country (alpha-2, alpha-3) or state ("US-TX"), and AP abbreviations of U.S. states.
    public var codes: [String]
    /// The population of a place, as its source counts it.
    public var population: Int?
    /// Where the facts come from.
    public var source: String
    /// The date the facts were true and checked, as an ISO date.
    public var asOf: String
    /// Whether the record comes from (or was overridden by) the newsroom's own entity files.
    public var isNewsroom: Bool

    public init(
        id: String, name: String, kind: Kind, category: String? = nil, aliases: [String] = [],
        shortNames: [String] = [], acronym: String? = nil, description: String? = nil, title: String? = nil,
        offices: [KnowledgeOffice] = [], country: String? = nil, region: String? = nil, since: String? = nil,
        affiliation: String? = nil, firstReference: String? = nil, avoid: [String] = [],
        datelineForm: String? = nil, demonyms: [String] = [], adjectives: [String] = [], capital: String? = nil,
        codes: [String] = [], population: Int? = nil, source: String, asOf: String, isNewsroom: Bool = false
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.category = category
        self.aliases = aliases
        self.shortNames = shortNames
        self.acronym = acronym
        self.description = description
        self.title = title
        self.offices = offices
        self.country = country
        self.region = region
        self.since = since
        self.affiliation = affiliation
        self.firstReference = firstReference
        self.avoid = avoid
        self.datelineForm = datelineForm
        self.demonyms = demonyms
        self.adjectives = adjectives
        self.capital = capital
        self.codes = codes
        self.population = population
        self.source = source
        self.asOf = asOf
        self.isNewsroom = isNewsroom
    }

    /// The spelled-out name of an organization that has an acronym ("Shanghai Cooperation Organization").
    public var expansion: String? { acronym == nil ? nil : name }

    /// Every full form that names the record: the name, the aliases and the acronym.
    public var surfaceForms: [String] {
        var forms = [name] + aliases
        if let acronym { forms.append(acronym) }
        return forms
    }
}
