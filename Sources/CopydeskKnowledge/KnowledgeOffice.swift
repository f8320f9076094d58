/// An office a person holds: a country's presidency, a ministry, the head of an international body.
public struct KnowledgeOffice: Sendable, Hashable {
    /// The title as news copy capitalises it before a name ("President", "Prime Minister", "Secretary-General").
    public var title: String
    /// The ISO 3166-1 alpha-2 code of the country whose office it is ("RU"), if it is a country's.
    public var country: String?
    /// The body whose office it is ("United Nations", "Workers' Party of Korea"), if it is not simply a country's.
    public var organization: String?
    /// When the holder took office, as an ISO date (`2012-05-07`, `2025-03`).
    public var since: String?
    /// Whether the holder is the one a story means by "the Russian leader": the country's leader.
    public var isLeader: Bool

    public init(title: String, country: String? = nil, organization: String? = nil, since: String? = nil, isLeader: Bool = false) {
        self.title = title
        self.country = country
        self.organization = organization
        self.since = since
        self.isLeader = isLeader
    }
}
