/// What the census name lists say about a word used as a given name or a surname.
public struct PersonName: Sendable, Hashable {
    /// The name's rank in its list, 1 being the most common: for given names the better of the male and female
    /// ranks.
    public var rank: Int
    /// The rank among male given names, if the name is one.
    public var maleRank: Int?
    /// The rank among female given names, if the name is one.
    public var femaleRank: Int?
    /// How many names the list holds, to judge a rank against.
    public var listSize: Int

    public init(rank: Int, maleRank: Int? = nil, femaleRank: Int? = nil, listSize: Int) {
        self.rank = rank
        self.maleRank = maleRank
        self.femaleRank = femaleRank
        self.listSize = listSize
    }
}
