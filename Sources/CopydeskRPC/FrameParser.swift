/// Cuts a byte stream into JSON-RPC frames: a header block with `Content-Length`, a blank line, then that many
/// bytes of body.
///
/// The parser is incremental (feed it whatever `read` returned, then take events until there are none) and
/// never traps or hangs on bad input: a header block without a usable `Content-Length` becomes a `.malformed`
/// event and parsing resumes after it; a body larger than `maximumBodySize` is skipped without being buffered;
/// a header block that never ends is given up on after `maximumHeaderSize` bytes. Lines may end in `\r\n` (as
/// the spec says) or a bare `\n`; blank lines between frames are ignored; unknown headers are ignored.
public struct FrameParser: Sendable {
    /// What the parser found next in the stream.
    public enum Event: Sendable, Equatable {
        /// A complete frame's body.
        case frame([UInt8])
        /// A header block that cannot be read, with its bytes and why; nothing of it was delivered.
        case malformed(header: [UInt8], reason: String)
        /// A frame whose body of `length` bytes exceeds the limit, with its header; its body is being skipped.
        case oversized(header: [UInt8], length: Int)
    }

    /// The longest header block accepted, in bytes.
    public static let maximumHeaderSize = 8 << 10

    /// The largest body accepted, in bytes.
    public let maximumBodySize: Int

    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer`; consumed bytes are dropped in batches.
    private var start = 0
    /// The body length of the frame whose header has been read, while its body is still arriving.
    private var pendingBodyLength: Int?
    /// Body bytes of an oversized frame still to be skipped.
    private var skipping = 0

    public init(maximumBodySize: Int) {
        self.maximumBodySize = maximumBodySize
    }

    /// The number of bytes held, for tests.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Whether the bytes held contain nothing that could be the start of another frame.
    public var isIdle: Bool { pendingBodyLength == nil && skipping == 0 && buffer[start...].allSatisfy(Self.isLineSpace) }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        var bytes = bytes[...]
        if skipping > 0 {
            let skipped = min(skipping, bytes.count)
            skipping -= skipped
            bytes = bytes.dropFirst(skipped)
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next event, or nil when more bytes are needed.
    public mutating func next() -> Event? {
        defer { compact() }
        if skipping > 0 { return nil }
        if let length = pendingBodyLength {
            guard buffer.count - start >= length else { return nil }
            pendingBodyLength = nil
            let body = Array(buffer[start..<(start + length)])
            start += length
            return .frame(body)
        }
        while start < buffer.count, Self.isLineSpace(buffer[start]) { start += 1 }
        guard start < buffer.count else { return nil }
        guard let (headerEnd, blockEnd) = headerBlockEnd() else {
            if buffer.count - start > Self.maximumHeaderSize {
                // Drop only what was scanned: a valid frame may follow in the same read.
                let end = start + Self.maximumHeaderSize
                let header = Array(buffer[start..<end])
                start = end
                return .malformed(header: header, reason: "a header block longer than \(Self.maximumHeaderSize) bytes")
            }
            return nil
        }
        let header = Array(buffer[start..<headerEnd])
        start = blockEnd
        switch Self.contentLength(in: header) {
        case .invalid(let reason):
            return .malformed(header: header, reason: reason)
        case .length(let length) where length > maximumBodySize:
            let available = min(length, buffer.count - start)
            start += available
            skipping = length - available
            return .oversized(header: header, length: length)
        case .length(let length):
            pendingBodyLength = length
            return next()
        }
    }

    /// The end of the header lines and of the blank line after them, if the block is complete.
    private func headerBlockEnd() -> (header: Int, block: Int)? {
        var lineStart = start
        var index = start
        let limit = min(buffer.count, start + Self.maximumHeaderSize + 2)
        while index < limit {
            if buffer[index] == 0x0A {
                let lineEnd = index > lineStart && buffer[index - 1] == 0x0D ? index - 1 : index
                if lineEnd == lineStart { return (lineStart, index + 1) }
                lineStart = index + 1
            }
            index += 1
        }
        return nil
    }

    /// What a header block says about the body's length.
    enum ContentLength: Equatable {
        case length(Int)
        /// Why there is no length that can be used.
        case invalid(String)
    }

    /// The `Content-Length` of a header block, or why there is none that can be used.
    static func contentLength(in header: [UInt8]) -> ContentLength {
        var length: Int?
        for rawLine in header.split(separator: 0x0A) {
            let line = String(decoding: rawLine, as: UTF8.self).trimmingSpaces
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard name == "content-length" else { continue }
            guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let parsed = Int(value) else {
                return .invalid("Content-Length '\(value.prefix(40))' is not a number of bytes")
            }
            if let length, length != parsed { return .invalid("two different Content-Length headers") }
            length = parsed
        }
        guard let length else { return .invalid("a header block without Content-Length") }
        return .length(length)
    }

    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.count <= 1 << 20)
            start = 0
        } else if start > 64 << 10, start > buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    private static func isLineSpace(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
