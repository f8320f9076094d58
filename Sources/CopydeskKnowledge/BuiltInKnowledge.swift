/// The built-in tables, each parsed from the generated compact text the first time it is needed.
///
/// Swift initialises static stored properties lazily and exactly once, even across threads, so startup pays for
/// none of this and the first lookup pays only for the table it touches.
enum BuiltInKnowledge {
    /// The revision of the generated data; `KnowledgeBase.builtIn.revision`.
    static let revision = BuiltInRecordData.revision

    /// People, organizations, countries, states, other places and cities.
    static let index = RecordIndex(CompactRecordReader.read(BuiltInRecordData.tables + [BuiltInCityData.table]))

    /// The case-folded names of `index`, for all-caps lookups.
    static let folded = FoldedNames(index.records)

    /// Given names from the census lists, with male and female ranks.
    static let firstNames = NameTable(BuiltInNameData.firstNames)

    /// Surnames from the census lists, with ranks.
    static let surnames = NameTable(BuiltInNameData.surnames)
}
