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
    /// Every `checkpointStride` bytes along lines longer than `longLine`, the units from the line's start: converting
    /// a position on a 10 MB line scans at most a stride, not the line (every finding on a pasted one-line text).
    private let checkpoints: [Checkpoint]

    /// A scalar boundary inside a long line, with the UTF-16 and UTF-32 units from the line's start to it.
    private struct Checkpoint: Sendable {
        var offset: Int
        var utf16: Int
        var utf32: Int

        func units(in encoding: PositionEncoding, lineStart: Int) -> Int {
            switch encoding {
            case .utf8: return offset - lineStart
            case .utf16: return utf16
            case .utf32: return utf32
            }
        }
    }

    private static let longLine = 16_384
    private static let checkpointStride = 4_096

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
        self.checkpoints = Self.checkpoints(of: bytes, lineStarts: starts)
    }

    /// Checkpoints along every line longer than `longLine`, in order of offset.
    private static func checkpoints(of bytes: [UInt8], lineStarts: [Int]) -> [Checkpoint] {
        var checkpoints: [Checkpoint] = []
        for (line, start) in lineStarts.enumerated() {
            let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
            guard end - start > longLine else { continue }
            var offset = start
            var utf16 = 0
            var utf32 = 0
            var next = start + checkpointStride
            while offset < end {
                if offset >= next {
                    checkpoints.append(Checkpoint(offset: offset, utf16: utf16, utf32: utf32))
                    next = offset + checkpointStride
                }
                let length = UTF8Bytes.scalarLength(leadByte: bytes[offset])
                utf16 += length == 4 ? 2 : 1
                utf32 += 1
                offset += length
            }
        }
        return checkpoints
    }

    /// The index of the last checkpoint at or before `offset` and at or after `lineStart`, if any.
    private func checkpointIndex(atOrBefore offset: Int, lineStart: Int) -> Int? {
        guard let first = checkpoints.first, first.offset <= offset else { return nil }
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        return checkpoints[low].offset >= lineStart ? low : nil
    }

    /// The last checkpoint of the line whose content is `content` with at most `units` units before it, if any.
    private func checkpoint(withUnitsAtMost units: Int, in encoding: PositionEncoding, content: Range<Int>) -> Checkpoint? {
        guard var upper = checkpointIndex(atOrBefore: content.upperBound, lineStart: content.lowerBound) else { return nil }
        // The line's checkpoints run from the first at or after its start to `upper`; units grow along them.
        var lower = 0
        var high = upper
        while lower < high {
            let mid = (lower + high) / 2
            if checkpoints[mid].offset < content.lowerBound { lower = mid + 1 } else { high = mid }
        }
        var best: Checkpoint?
        while lower <= upper {
            let mid = (lower + upper) / 2
            if checkpoints[mid].units(in: encoding, lineStart: content.lowerBound) <= units {
                best = checkpoints[mid]
                lower = mid + 1
            } else {
                upper = mid - 1
            }
        }
        return best
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
        if encoding != .utf8, let checkpoint = checkpoint(withUnitsAtMost: remaining, in: encoding, content: content) {
            remaining -= checkpoint.units(in: encoding, lineStart: content.lowerBound)
            offset = checkpoint.offset
        }
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

    /// The units in `encoding` from `start`, a line's start, to `end` on that line.
    private func units(from start: Int, to end: Int, in encoding: PositionEncoding) -> Int {
        if encoding == .utf8 { return end - start }
        var count = 0
        var offset = start
        if let index = checkpointIndex(atOrBefore: end, lineStart: start) {
            count = checkpoints[index].units(in: encoding, lineStart: start)
            offset = checkpoints[index].offset
        }
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
