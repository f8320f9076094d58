/// Converts between UTF-8 byte offsets and line/character positions in any `PositionEncoding`.
///
/// This is the one place in Copydesk that converts positions. Lines end at `\n`, `\r\n` or a lone `\r`, as LSP
/// specifies. Every conversion clamps: a line past the end maps to the end of the text, a character past the end
/// of its line maps to the end of that line (before its line break), and an offset inside a multi-byte character
/// snaps back to that character's first byte. Nothing here traps on out-of-range input.
public struct LineIndex: Sendable {
    /// The text, as UTF-8 bytes.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; the first entry is always 0.
    public let lineStarts: [Int]

    /// Builds the index of `bytes`, which should be valid UTF-8 (invalid bytes count as one character each).
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var index = 0
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A {
                        index += 1
                    }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.lineStarts = starts
    }

    /// Builds the index of `text`.
    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// The number of lines; an empty text and a text ending in a line break both count the empty last line.
    public var lineCount: Int { lineStarts.count }

    /// The byte range of `line` without its line break, clamped to the text.
    public func contentRange(ofLine line: Int) -> Range<Int> {
        guard line >= 0 else { return 0..<0 }
        guard line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The zero-based line that contains byte `offset`, clamped to the text.
    public func line(containing offset: Int) -> Int {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The position of byte `offset` in `encoding`, clamped to the text and snapped to a character boundary.
    public func position(of offset: Int, in encoding: PositionEncoding) -> TextPosition {
        let offset = characterBoundary(atOrBefore: max(0, min(offset, bytes.count)))
        let line = line(containing: offset)
        let content = contentRange(ofLine: line)
        let end = min(offset, content.upperBound)
        return TextPosition(line: line, character: units(from: content.lowerBound, to: end, in: encoding))
    }

    /// The byte offset of `position` given in `encoding`, clamped to the text and to the end of its line.
    ///
    /// A character that falls in the middle of a UTF-16 surrogate pair maps to the start of that scalar.
    public func offset(of position: TextPosition, in encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lineStarts.count { return bytes.count }
        let content = contentRange(ofLine: position.line)
        var remaining = max(0, position.character)
        var offset = content.lowerBound
        while offset < content.upperBound, remaining > 0 {
            let length = UTF8Bytes.scalarLength(leadByte: bytes[offset])
            let width = Self.width(ofScalarWithLength: length, in: encoding)
            if width > remaining { break }
            remaining -= width
            offset = min(offset + length, content.upperBound)
        }
        return offset
    }

    /// The byte range of a position range, with both ends clamped and the end never before the start.
    public func byteRange(of range: TextPositionRange, in encoding: PositionEncoding) -> Range<Int> {
        let start = offset(of: range.start, in: encoding)
        let end = offset(of: range.end, in: encoding)
        return start..<max(start, end)
    }

    /// The position range of a byte range in `encoding`.
    public func positionRange(of range: Range<Int>, in encoding: PositionEncoding) -> TextPositionRange {
        TextPositionRange(start: position(of: range.lowerBound, in: encoding), end: position(of: range.upperBound, in: encoding))
    }

    /// The first byte at or before `offset` that starts a character.
    public func characterBoundary(atOrBefore offset: Int) -> Int {
        UTF8Bytes.characterBoundary(in: bytes, atOrBefore: offset)
    }

    private func units(from start: Int, to end: Int, in encoding: PositionEncoding) -> Int {
        if encoding == .utf8 { return end - start }
        var count = 0
        var offset = start
        while offset < end {
            let length = UTF8Bytes.scalarLength(leadByte: bytes[offset])
            count += Self.width(ofScalarWithLength: length, in: encoding)
            offset += length
        }
        return count
    }

    private static func width(ofScalarWithLength length: Int, in encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return length
        case .utf16: return length == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
