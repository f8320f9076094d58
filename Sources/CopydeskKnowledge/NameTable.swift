/// A name list compiled into the binary as sorted `NAME<TAB>rank…` lines, searched in place.
///
/// The only work at first use is finding where each line starts; a lookup is a binary search over the bytes of
/// the static string, so the 90,000 census surnames cost no dictionary and no per-name allocation.
struct NameTable: @unchecked Sendable {
    // The table is immutable static data in the binary; sharing its pointer between threads is safe.
    private let base: UnsafePointer<UInt8>
    private let lineStarts: [Int32]
    private let byteCount: Int

    init(_ table: StaticString) {
        base = table.utf8Start
        byteCount = table.utf8CodeUnitCount
        var starts: [Int32] = []
        starts.reserveCapacity(byteCount / 8)
        var lineStart = 0
        while lineStart < byteCount {
            starts.append(Int32(lineStart))
            var end = lineStart
            while end < byteCount && base[end] != UInt8(ascii: "\n") { end += 1 }
            lineStart = end + 1
        }
        lineStarts = starts
    }

    /// How many names the table lists.
    var count: Int { lineStarts.count }

    /// The numeric fields after the name on the line for `name` (compared after `NameTable.key(_:)`), or nil.
    func ranks(of name: String) -> [Int]? {
        guard let key = Self.key(name) else { return nil }
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(key, toLineAt: Int(lineStarts[middle]))
            if order == 0 { return numbers(onLineAt: Int(lineStarts[middle]) + key.count) }
            if order < 0 { high = middle } else { low = middle + 1 }
        }
        return nil
    }

    /// The census form of a name: ASCII letters upper-cased, apostrophes dropped ("O'Brien" → `OBRIEN`);
    /// nil for anything else, which no census list holds.
    static func key(_ name: String) -> [UInt8]? {
        var key: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): key.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte)
            case UInt8(ascii: "'"): continue
            default: return nil
            }
        }
        return key.isEmpty ? nil : key
    }

    /// Compares `key` with the name at the start of the line at `offset`: negative, zero or positive.
    private func compare(_ key: [UInt8], toLineAt offset: Int) -> Int {
        var index = 0
        while true {
            let position = offset + index
            let lineByte: UInt8 = position < byteCount && base[position] != UInt8(ascii: "\t") ? base[position] : 0
            let keyByte: UInt8 = index < key.count ? key[index] : 0
            if keyByte != lineByte { return Int(keyByte) - Int(lineByte) }
            if keyByte == 0 { return 0 }
            index += 1
        }
    }

    private func numbers(onLineAt offset: Int) -> [Int] {
        var numbers: [Int] = []
        var position = offset
        var current = 0
        while position < byteCount && base[position] != UInt8(ascii: "\n") {
            let byte = base[position]
            if byte == UInt8(ascii: "\t") {
                if position > offset { numbers.append(current) }
                current = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += 1
        }
        numbers.append(current)
        return numbers
    }
}
