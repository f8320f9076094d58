import CopydeskProtocol
import CopydeskText

extension DocumentSnapshot {
    /// The snapshot at `version` after applying `changes` in order, each against the text the previous one left.
    ///
    /// A change without a range replaces the whole text. Ranges are converted in the session's encoding by
    /// `LineIndex`, which clamps: a character past the end of its line means the end of the line (as LSP says),
    /// a line past the end means the end of the text, and an inverted range is empty at its start. The client's
    /// text is applied exactly; nothing is dropped or changed.
    func applying(_ changes: [TextDocumentContentChangeEvent], version: Int, revision: Int) -> DocumentSnapshot {
        var lines = self.lines
        for change in changes {
            guard let range = change.range else {
                lines = LineIndex(Array(change.text.utf8))
                continue
            }
            var bytes = lines.bytes
            bytes.apply(TextEdit(range: lines.byteRange(of: TextPositionRange(range), in: encoding), replacement: change.text))
            lines = LineIndex(bytes)
        }
        return DocumentSnapshot(
            uri: uri, path: path, languageID: languageID, format: format, version: version, generation: generation,
            revision: revision, lines: lines, encoding: encoding
        )
    }
}
