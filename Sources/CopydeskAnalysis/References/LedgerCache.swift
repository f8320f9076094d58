import Synchronization

/// The last few ledgers the entity pass built, for reuse while only offsets move (a writer typing). Each
/// `AnalysisHost` keeps one, so a new host analyses from scratch.
///
/// A ledger is reused when every paragraph's mention digest and the context (knowledge, known acronyms) match and
/// the lowercase words it asked about still give the same answers. For those words the cache counts the
/// paragraphs holding each, and keeps each paragraph's lowercase words, so a keystroke rechecks only the
/// paragraphs whose lowercase words changed. Memoisation only: answers never depend on it.
final class LedgerCache: Sendable {
    struct Key: Equatable {
        var paragraphs: [Int]
        var context: Int
    }

    /// A built ledger with its output and what is needed to check it against later text.
    struct Entry {
        var key: Key
        var ledger: EntityLedger
        var output: EntityLedger.Output
        /// Each paragraph's lowercase word digests (sorted `WordHash`es) and their digest when the ledger was built.
        var lowercaseWords: [[UInt64]]
        var lowercaseDigests: [Int]
        /// For each lowercase word the ledger asked about, how many paragraphs hold it.
        var holders: [UInt64: Int]
        /// The ledger's `mentionDigest`.
        var mentionDigest: Int
    }

    private static let capacity = 4
    private let entries = Mutex<[Entry]>([])

    /// The cached ledger output for `key`, if it is still valid for `paragraphs`.
    func output(for key: Key, paragraphs: [Paragraph]) -> (ledger: EntityLedger, output: EntityLedger.Output)? {
        entries.withLock { entries in
            guard let position = entries.firstIndex(where: { $0.key == key }) else { return nil }
            var entry = entries.remove(at: position)
            for paragraph in paragraphs where paragraph.facts.mentionFacts.lowercaseSignature != entry.lowercaseDigests[paragraph.index] {
                let old = entry.lowercaseWords[paragraph.index]
                let new = paragraph.facts.mentionFacts.lowercaseWords
                for word in entry.ledger.lowercaseQueries.keys {
                    let change = (WordHash.contains(new, word) ? 1 : 0) - (WordHash.contains(old, word) ? 1 : 0)
                    if change != 0 { entry.holders[word, default: 0] += change }
                }
                entry.lowercaseWords[paragraph.index] = new
                entry.lowercaseDigests[paragraph.index] = paragraph.facts.mentionFacts.lowercaseSignature
            }
            for (word, answer) in entry.ledger.lowercaseQueries where (entry.holders[word] ?? 0 > 0) != answer {
                return nil
            }
            entries.append(entry)
            return (entry.ledger, entry.output)
        }
    }

    /// The linked ledger and output of an entry whose kept mentions have `mentionDigest`: a paragraph's candidates
    /// changed (a capitalised word half typed) but not the mentions the ledger kept, so only placing is left to do.
    func linked(mentionDigest: Int) -> (ledger: EntityLedger, output: EntityLedger.Output)? {
        entries.withLock { entries in
            entries.last { $0.mentionDigest == mentionDigest }.map { ($0.ledger, $0.output) }
        }
    }

    /// Keeps `ledger` and its output for `key`; `holders` counts the paragraphs holding each lowercase word the
    /// ledger may have asked about. Drops the least recently used entry beyond capacity.
    func store(
        _ ledger: EntityLedger, output: EntityLedger.Output, for key: Key, paragraphs: [Paragraph], holders: [UInt64: Int], mentionDigest: Int
    ) {
        var asked: [UInt64: Int] = [:]
        for word in ledger.lowercaseQueries.keys { asked[word] = holders[word] ?? 0 }
        let entry = Entry(
            key: key, ledger: ledger, output: output,
            lowercaseWords: paragraphs.map { $0.facts.mentionFacts.lowercaseWords },
            lowercaseDigests: paragraphs.map { $0.facts.mentionFacts.lowercaseSignature },
            holders: asked, mentionDigest: mentionDigest
        )
        entries.withLock { entries in
            entries.removeAll { $0.key == key }
            entries.append(entry)
            if entries.count > Self.capacity { entries.removeFirst() }
        }
    }
}
