/// 64-bit FNV-1a digests of words, so that sets of words can be kept and compared as numbers instead of strings.
///
/// Two different words share a digest with a chance of about one in 10¹⁹; the ledger treats equal digests as equal
/// words, which is deterministic, so a cached and a fresh analysis still agree.
enum WordHash {
    /// The digest of the UTF-8 bytes `bytes[range]` as written (never 0, which `WordHashSet` keeps for empty slots).
    @inline(__always)
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        return hash == 0 ? 1 : hash
    }

    /// The digest of `word`'s UTF-8 bytes; equal to `of(bytes, range)` for the same bytes.
    static func of(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash == 0 ? 1 : hash
    }

    /// The digest of `word` folded as `LedgerItem.fold` folds it, without building the folded string for ASCII.
    static func ofFolded(_ word: String) -> UInt64 {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return of(LedgerItem.fold(word)) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 0x100_0000_01b3 }
        return hash == 0 ? 1 : hash
    }

    /// The digests sorted with duplicates removed: a paragraph's set of words in a compact, searchable form.
    static func sortedSet(_ hashes: [UInt64]) -> [UInt64] {
        var sorted = hashes.sorted()
        var kept = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[index - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Whether the sorted digests `set` contain `hash`.
    static func contains(_ set: [UInt64], _ hash: UInt64) -> Bool {
        var low = 0
        var high = set.count
        while low < high {
            let middle = (low + high) / 2
            if set[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < set.count && set[low] == hash
    }

    /// An order-free digest of a sorted set of digests.
    static func digest(_ set: [UInt64]) -> Int {
        var hasher = Hasher()
        hasher.combine(set.count)
        for hash in set { hasher.combine(hash) }
        return hasher.finalize()
    }
}
