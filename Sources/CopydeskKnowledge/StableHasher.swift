import CopydeskJSON

/// A 64-bit FNV-1a hash that is the same in every process, unlike `Hasher`, so equal newsroom records give
/// equal knowledge revisions across runs.
struct StableHasher {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash as a non-negative `Int`.
    var value: Int { Int(truncatingIfNeeded: state & 0x7fff_ffff_ffff_ffff) }

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    mutating func combine(_ number: Int) {
        combine(String(number).utf8)
        combine(CollectionOfOne(0))
    }

    mutating func combine(_ record: KnowledgeRecord) {
        combine(JSONSerializer.bytes(from: record.jsonValue))
        combine(CollectionOfOne(0))
    }
}
