import CopydeskProtocol
import CopydeskTestSupport
import CopydeskText
import Testing

@testable import CopydeskServer

/// Incremental edits in each position encoding, with positions given by markers and counted independently of
/// `LineIndex` (by Swift's own UTF-8, UTF-16 and scalar views), so the server's conversions are checked against
/// the standard library rather than against themselves.
struct DocumentEditTests {
    /// A snapshot of `text` in `encoding`.
    static func snapshot(_ text: String, _ encoding: PositionEncoding) -> DocumentSnapshot {
        DocumentSnapshot(
            uri: DocumentURI("file:///tmp/draft.md"), path: "/tmp/draft.md", languageID: "markdown", format: .markdown, version: 1,
            generation: 1, revision: 1, lines: LineIndex(text), encoding: encoding
        )
    }

    /// The position of a marker in `encoding`, counted by the standard library.
    static func position(of marker: String, in marked: MarkedText, _ encoding: PositionEncoding) -> Position {
        let prefix = String(decoding: Array(marked.text.utf8)[..<marked[marker]], as: UTF8.self)
        var line = 0
        var lineStart = prefix.startIndex
        var index = prefix.startIndex
        while index < prefix.endIndex {
            let character = prefix.unicodeScalars[index]
            let next = prefix.unicodeScalars.index(after: index)
            if character == "\n" || (character == "\r" && (next == prefix.endIndex || prefix.unicodeScalars[next] != "\n")) {
                line += 1
                lineStart = next
            }
            index = next
        }
        let column = prefix[lineStart...]
        switch encoding {
        case .utf8: return Position(line: line, character: column.utf8.count)
        case .utf16: return Position(line: line, character: column.utf16.count)
        case .utf32: return Position(line: line, character: column.unicodeScalars.count)
        }
    }

    /// Edits: the marked text, the marker pair each change replaces with its text, and the expected result.
    static let cases: [(marked: String, changes: [(String, String, String)], expected: String)] = [
        ("“Quote” 😀1️⃣ 北京\r\nline", [("1️⃣", "1️⃣", " big")], "“Quote” 😀 big 北京\r\nline"),
        ("It’s 1️⃣北京2️⃣ café", [("1️⃣", "2️⃣", "東京")], "It’s 東京 café"),
        ("first 😀 line1️⃣\r\n2️⃣second", [("1️⃣", "2️⃣", " ")], "first 😀 line second"),
        ("1️⃣“Hi,”2️⃣ she said 🎉", [("1️⃣", "2️⃣", "\"Hi,\"")], "\"Hi,\" she said 🎉"),
        ("a\r\n😀1️⃣b\r\nc", [("1️⃣", "1️⃣", "\r\n")], "a\r\n😀\r\nb\r\nc"),
    ]

    @Test(arguments: PositionEncoding.allCases, cases.indices)
    func appliesEditsAtPositionsInEachEncoding(encoding: PositionEncoding, index: Int) {
        let (marked, changes, expected) = Self.cases[index]
        let text = MarkedText(marked)
        let events = changes.map { start, end, newText in
            TextDocumentContentChangeEvent(
                range: LSPRange(start: Self.position(of: start, in: text, encoding), end: Self.position(of: end, in: text, encoding)),
                text: newText
            )
        }
        let edited = Self.snapshot(text.text, encoding).applying(events, version: 2, revision: 2)
        #expect(String(decoding: edited.text, as: UTF8.self) == expected)
        #expect(edited.version == 2)
    }

    @Test func appliesSeveralChangesInOrderEachAgainstTheTextBefore() {
        let changes = [
            TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)), text: "😀"),
            TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 0, character: 2), end: Position(line: 0, character: 3)), text: "X"),
        ]
        let edited = Self.snapshot("abc", .utf16).applying(changes, version: 2, revision: 2)
        #expect(String(decoding: edited.text, as: UTF8.self) == "😀Xbc")
    }

    static let clamped: [(LSPRange, String)] = [
        (LSPRange(start: Position(line: 9, character: 0), end: Position(line: 9, character: 4)), "ab😀\r\ncd!"),
        (LSPRange(start: Position(line: 0, character: 99), end: Position(line: 0, character: 99)), "ab😀!\r\ncd"),
        (LSPRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 3)), "ab!😀\r\ncd"),
        (LSPRange(start: Position(line: 1, character: 1), end: Position(line: 0, character: 0)), "ab😀\r\nc!d"),
        (LSPRange(start: Position(line: -1, character: -5), end: Position(line: 0, character: 1)), "!b😀\r\ncd"),
    ]

    @Test(arguments: clamped.indices)
    func clampsOutOfRangePositionsWithoutLosingText(index: Int) {
        let (range, expected) = Self.clamped[index]
        let edited = Self.snapshot("ab😀\r\ncd", .utf16).applying([TextDocumentContentChangeEvent(range: range, text: "!")], version: 2, revision: 2)
        #expect(String(decoding: edited.text, as: UTF8.self) == expected)
    }

    @Test func replacesTheWholeTextWhenAChangeHasNoRange() {
        let edited = Self.snapshot("old", .utf8).applying([TextDocumentContentChangeEvent(range: nil, text: "new 😀")], version: 5, revision: 2)
        #expect(String(decoding: edited.text, as: UTF8.self) == "new 😀")
        #expect(edited.lines.lineCount == 1)
    }
}
