/// Helpers for walking UTF-8 byte buffers without decoding them.
public enum UTF8Bytes {
    /// The number of bytes in the UTF-8 sequence that `leadByte` starts; a stray continuation byte counts one.
    @inlinable
    public static func scalarLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0...0xFF: return 4
        default: return 1
        }
    }

    /// The first offset at or before `offset` that starts a character (at most three bytes back).
    public static func characterBoundary(in bytes: [UInt8], atOrBefore offset: Int) -> Int {
        var offset = offset
        var steps = 0
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80, steps < 3 {
            offset -= 1
            steps += 1
        }
        return offset
    }

    /// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nil when they are all valid.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
