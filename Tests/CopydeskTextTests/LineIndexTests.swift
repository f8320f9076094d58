import CopydeskText
import Testing

struct LineIndexTests {
    /// Each case: text, byte offset, expected UTF-16, UTF-8 and UTF-32 positions.
    static let cases: [(String, Int, TextPosition, TextPosition, TextPosition)] = [
        ("abc", 2, .init(line: 0, character: 2), .init(line: 0, character: 2), .init(line: 0, character: 2)),
        ("a\nb", 2, .init(line: 1, character: 0), .init(line: 1, character: 0), .init(line: 1, character: 0)),
        ("a\r\nb", 3, .init(line: 1, character: 0), .init(line: 1, character: 0), .init(line: 1, character: 0)),
        ("a\rb", 2, .init(line: 1, character: 0), .init(line: 1, character: 0), .init(line: 1, character: 0)),
        // “ is 3 bytes, 1 UTF-16 unit; 😀 is 4 bytes, 2 UTF-16 units, 1 scalar; 北 is 3 bytes.
        ("“x😀北y", 8, .init(line: 0, character: 4), .init(line: 0, character: 8), .init(line: 0, character: 3)),
        ("“x😀北y", 11, .init(line: 0, character: 5), .init(line: 0, character: 11), .init(line: 0, character: 4)),
        // Offsets past the end clamp to the end; offsets inside a character snap back to its start.
        ("ab", 99, .init(line: 0, character: 2), .init(line: 0, character: 2), .init(line: 0, character: 2)),
        ("😀", 2, .init(line: 0, character: 0), .init(line: 0, character: 0), .init(line: 0, character: 0)),
        // The line break itself belongs to the end of its line.
        ("ab\r\ncd", 3, .init(line: 0, character: 2), .init(line: 0, character: 2), .init(line: 0, character: 2)),
    ]

    @Test(arguments: cases.indices)
    func convertsOffsetsToPositionsAndBack(index: Int) {
        let (text, offset, utf16, utf8, utf32) = Self.cases[index]
        let lines = LineIndex(text)
        #expect(lines.position(of: offset, in: .utf16) == utf16)
        #expect(lines.position(of: offset, in: .utf8) == utf8)
        #expect(lines.position(of: offset, in: .utf32) == utf32)
        let expectedOffset = lines.characterBoundary(atOrBefore: min(offset, text.utf8.count))
        let lineEnd = lines.contentRange(ofLine: utf16.line).upperBound
        let roundTrip = min(expectedOffset, lineEnd)
        #expect(lines.offset(of: utf16, in: .utf16) == roundTrip)
        #expect(lines.offset(of: utf8, in: .utf8) == roundTrip)
        #expect(lines.offset(of: utf32, in: .utf32) == roundTrip)
    }

    @Test func clampsPositionsOutOfRange() {
        let lines = LineIndex("ab\ncd")
        #expect(lines.offset(of: .init(line: 9, character: 0), in: .utf16) == 5)
        #expect(lines.offset(of: .init(line: 0, character: 99), in: .utf16) == 2)
        #expect(lines.offset(of: .init(line: -1, character: 3), in: .utf16) == 0)
        #expect(lines.offset(of: .init(line: 1, character: -4), in: .utf16) == 3)
    }

    @Test func mapsTheMiddleOfASurrogatePairToTheScalarStart() {
        let lines = LineIndex("a😀b")
        #expect(lines.offset(of: .init(line: 0, character: 2), in: .utf16) == 1)
        #expect(lines.offset(of: .init(line: 0, character: 3), in: .utf16) == 5)
    }

    @Test func countsLinesLikeLSP() {
        #expect(LineIndex("").lineCount == 1)
        #expect(LineIndex("a\n").lineCount == 2)
        #expect(LineIndex("a\r\nb\rc\n").lineCount == 4)
    }

    /// Lines longer than the index's checkpoint threshold convert like short ones: every scalar boundary of a
    /// 60,000-byte line of mixed one- to four-byte characters, in every encoding, against counting from the line start.
    @Test func longLinesConvertLikeShortOnes() {
        let pieces = ["a", "“", "😀", "北", "é", " "]
        var line = ""
        var index = 0
        while line.utf8.count < 60_000 {
            line += pieces[(index * 7 + index / 3) % pieces.count]
            index += 1
        }
        let text = "Headline\n" + line + "\nlast line"
        let lines = LineIndex(text)
        let lineStart = "Headline\n".utf8.count
        var utf16 = 0
        var utf32 = 0
        var offset = lineStart
        var mismatches = 0
        for scalar in line.unicodeScalars {
            if offset % 97 == 0 || scalar.value > 0xFFFF && offset % 5 == 0 {
                let expected = [(PositionEncoding.utf16, utf16), (.utf32, utf32), (.utf8, offset - lineStart)]
                for (encoding, character) in expected {
                    let position = TextPosition(line: 1, character: character)
                    if lines.position(of: offset, in: encoding) != position || lines.offset(of: position, in: encoding) != offset {
                        mismatches += 1
                    }
                }
            }
            offset += String(scalar).utf8.count
            utf16 += scalar.value > 0xFFFF ? 2 : 1
            utf32 += 1
        }
        #expect(mismatches == 0)
        // The end of the long line and the line after it.
        #expect(lines.position(of: lineStart + line.utf8.count, in: .utf16) == TextPosition(line: 1, character: utf16))
        #expect(lines.position(of: text.utf8.count, in: .utf16) == TextPosition(line: 2, character: 9))
        #expect(lines.offset(of: TextPosition(line: 1, character: utf16 + 50), in: .utf16) == lineStart + line.utf8.count)
    }
}
