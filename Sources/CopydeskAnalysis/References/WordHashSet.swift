/// A set of word digests (`WordHash`) in one flat open-addressed table, for document-wide word sets that a
/// `Set<String>` would build by hashing every word again.
struct WordHashSet: Sendable {
    /// Slots holding a digest, or 0 when empty; the count is a power of two, at most half full.
    private var slots: [UInt64]
    private(set) var count = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// Whether the set holds `hash`.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let held = slots[slot]
            if held == hash { return true }
            if held == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `hash` (never 0).
    mutating func insert(_ hash: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let held = slots[slot]
            if held == hash { return }
            if held == 0 {
                slots[slot] = hash
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        count = 0
        for hash in old where hash != 0 { insert(hash) }
    }
}
