/// What a word is to the mention reader, by the lists of `ReferenceLexicon`: one lookup from a paragraph's bytes
/// answers every list, where a `Set<String>` per list would build and hash a string for each.
///
/// The lists are case-sensitive (`The` opens sentences, `de` joins names), so a word gets only the classes of the
/// entries spelled exactly as it is.
struct ReferenceWordClass: OptionSet, Sendable {
    let rawValue: UInt16

    static let notName = ReferenceWordClass(rawValue: 1 << 0)
    static let opener = ReferenceWordClass(rawValue: 1 << 1)
    static let chunkOpener = ReferenceWordClass(rawValue: 1 << 2)
    static let particle = ReferenceWordClass(rawValue: 1 << 3)
    /// A title or honorific (`President`, `Sen`, `Ms`), as listed without its period.
    static let title = ReferenceWordClass(rawValue: 1 << 4)
    static let organizationWord = ReferenceWordClass(rawValue: 1 << 5)
    static let placeWord = ReferenceWordClass(rawValue: 1 << 6)
    static let speechVerb = ReferenceWordClass(rawValue: 1 << 7)
    static let attributiveNoun = ReferenceWordClass(rawValue: 1 << 8)
    static let resultVerb = ReferenceWordClass(rawValue: 1 << 9)

    /// Each list's entries with the class they give, folded together by `WordTable` and told apart by spelling.
    private static let table: WordTable<[(spelling: [UInt8], classes: ReferenceWordClass)]> = {
        var lists: [(Set<String>, ReferenceWordClass)] = [
            (ReferenceLexicon.notNames, .notName), (ReferenceLexicon.openers, .opener),
            (ReferenceLexicon.chunkOpeners, .chunkOpener), (ReferenceLexicon.nameParticles, .particle),
            (Set(ReferenceLexicon.titles.keys).union(ReferenceLexicon.honorifics.keys), .title),
            (ReferenceLexicon.organizationWords, .organizationWord), (ReferenceLexicon.placeWords, .placeWord),
            (ReferenceLexicon.speechVerbs, .speechVerb), (ReferenceLexicon.attributiveNouns, .attributiveNoun),
            (ReferenceLexicon.resultVerbs, .resultVerb),
        ]
        lists.sort { $0.1.rawValue < $1.1.rawValue }
        var entries: [(String, [(spelling: [UInt8], classes: ReferenceWordClass)])] = []
        for (words, word) in lists {
            for spelling in words.sorted() { entries.append((spelling, [(Array(spelling.utf8), word)])) }
        }
        return WordTable(entries) { first, second in
            var merged = first
            for entry in second {
                if let index = merged.firstIndex(where: { $0.spelling == entry.spelling }) {
                    merged[index].classes.formUnion(entry.classes)
                } else {
                    merged.append(entry)
                }
            }
            return merged
        }
    }()

    /// The classes of the word spelled by `bytes[range]` exactly.
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> ReferenceWordClass {
        guard let entries = table.value(bytes, range) else { return [] }
        for entry in entries where entry.spelling.count == range.count && entry.spelling.elementsEqual(bytes[range]) {
            return entry.classes
        }
        return []
    }

    /// The classes of `word` spelled exactly.
    static func of(_ word: String) -> ReferenceWordClass {
        let bytes = Array(word.utf8)
        return of(bytes, 0..<bytes.count)
    }
}
