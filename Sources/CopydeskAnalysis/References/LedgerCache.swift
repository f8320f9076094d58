import Synchronization

/// The last few ledgers the entity pass built, for reuse while only offsets move (a writer typing).
///
/// A ledger is reused when every paragraph's mention digest and the context (knowledge, known acronyms) match and
/// the lowercase words it asked about still give the same answers; those are kept per paragraph so a keystroke
/// rechecks only the paragraphs whose lowercase words changed. Memoisation only: answers never depend on it.
final class LedgerCache: Sendable {
    struct Key: Equatable {
        var paragraphs: [Int]
        var context: Int
    }

    private struct Entry {
        var key: Key
        var ledger: EntityLedger
        /// Each paragraph's lowercase digest when the ledger was built.
        var lowercaseDigests: [Int]
        /// For each lowercase word the ledger asked about, the paragraphs that contained it.
        var holders: [String: Set<Int>]
    }

    static let shared = LedgerCache()
    private static let capacity = 4
    private let entries = Mutex<[Entry]>([])

    /// The cached ledger for `key`, if one is still valid for `paragraphs`.
    func ledger(for key: Key, paragraphs: [Paragraph]) -> EntityLedger? {
        entries.withLock { entries in
            guard let position = entries.firstIndex(where: { $0.key == key }) else { return nil }
            var entry = entries[position]
            for paragraph in paragraphs where paragraph.facts.mentionFacts.lowercaseSignature != entry.lowercaseDigests[paragraph.index] {
                let words = paragraph.facts.mentionFacts.lowercaseWords
                for word in entry.holders.keys {
                    if words.contains(word) { entry.holders[word, default: []].insert(paragraph.index) } else { entry.holders[word]?.remove(paragraph.index) }
                }
                entry.lowercaseDigests[paragraph.index] = paragraph.facts.mentionFacts.lowercaseSignature
            }
            for (word, answer) in entry.ledger.lowercaseQueries where (entry.holders[word]?.isEmpty == false) != answer {
                entries.remove(at: position)
                return nil
            }
            entries.remove(at: position)
            entries.append(entry)
            return entry.ledger
        }
    }

    /// Keeps `ledger` for `key`, dropping the least recently used entry beyond capacity.
    func store(_ ledger: EntityLedger, for key: Key, paragraphs: [Paragraph]) {
        // One pass over each paragraph's words, not one pass over the draft per word asked about.
        var holders: [String: Set<Int>] = ledger.lowercaseQueries.mapValues { _ in [] }
        if !holders.isEmpty {
            for paragraph in paragraphs {
                let words = paragraph.facts.mentionFacts.lowercaseWords
                if words.count < holders.count {
                    for word in words where holders[word] != nil { holders[word]?.insert(paragraph.index) }
                } else {
                    for word in holders.keys where words.contains(word) { holders[word]?.insert(paragraph.index) }
                }
            }
        }
        let entry = Entry(key: key, ledger: ledger, lowercaseDigests: paragraphs.map { $0.facts.mentionFacts.lowercaseSignature }, holders: holders)
        entries.withLock { entries in
            entries.removeAll { $0.key == key }
            entries.append(entry)
            if entries.count > Self.capacity { entries.removeFirst() }
        }
    }
}
