import CopydeskProtocol
import CopydeskText

/// One version of an open document: its text and everything needed to speak about it in LSP terms.
///
/// Snapshots are immutable; an edit makes a new one. A request reads the snapshot that was current when the
/// request was read, so edits sent before it are always seen and edits sent after it never are.
struct DocumentSnapshot: Sendable {
    let uri: DocumentURI
    /// The local path of a `file:` document, for finding its configuration.
    let path: String?
    let languageID: String
    let format: DraftFormat
    /// The client's version number.
    let version: Int
    /// Distinguishes two openings of the same URI, which may both start at version 1.
    let generation: Int
    /// Unique to this snapshot within the session, even when a client repeats a version number.
    let revision: Int
    /// The text as UTF-8 bytes with its line starts; the one place positions are converted.
    let lines: LineIndex
    /// How positions count characters in this session.
    let encoding: PositionEncoding

    /// The draft's UTF-8 bytes.
    var text: [UInt8] { lines.bytes }

    /// The UTF-8 byte offset of an LSP position, clamped to the text.
    func offset(of position: Position) -> Int {
        lines.offset(of: TextPosition(position), in: encoding)
    }

    /// The UTF-8 byte range of an LSP range, clamped to the text.
    func byteRange(of range: LSPRange) -> Range<Int> {
        lines.byteRange(of: TextPositionRange(range), in: encoding)
    }

    /// The LSP position of a UTF-8 byte offset.
    func position(of offset: Int) -> Position {
        Position(lines.position(of: offset, in: encoding))
    }

    /// The LSP range of a UTF-8 byte range.
    func range(of byteRange: Range<Int>) -> LSPRange {
        LSPRange(lines.positionRange(of: byteRange, in: encoding))
    }

    /// The text of a UTF-8 byte range, clamped to the text.
    func text(_ byteRange: Range<Int>) -> String {
        String(decoding: text[byteRange.clamped(to: 0..<text.count)], as: UTF8.self)
    }
}
