/// A spelling a record lists under `avoid`, with the spelling to use instead.
public struct SpellingPreference: Sendable, Hashable {
    /// The avoided spelling as it was looked up ("Zelensky").
    public var variant: String
    /// The spelling to use instead: the words of the record's name that line up with the variant ("Zelenskyy").
    public var preferred: String
    /// The record whose style wins.
    public var record: KnowledgeRecord

    public init(variant: String, preferred: String, record: KnowledgeRecord) {
        self.variant = variant
        self.preferred = preferred
        self.record = record
    }

    /// The run of words in the record's name, as many as the variant has, that is spelled most like it: the
    /// whole name for a full-name variant, the surname for a surname variant, the given name for a given name.
    static func preferredForm(of variant: String, in record: KnowledgeRecord) -> String {
        let nameWords = record.name.split(separator: " ").map(String.init)
        let variantWords = variant.split(separator: " ").map(String.init)
        guard variantWords.count < nameWords.count, !variantWords.isEmpty else { return record.name }
        var best = record.name
        var bestDistance = Int.max
        for start in 0...(nameWords.count - variantWords.count) {
            let candidate = nameWords[start..<(start + variantWords.count)].joined(separator: " ")
            let distance = editDistance(candidate.lowercased(), variant.lowercased())
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The Levenshtein distance between two strings, by characters.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
