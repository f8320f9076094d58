import CopydeskProtocol
import CopydeskText

// LSP positions and the text layer's positions are the same numbers in different types; these only change the
// type. Converting between byte offsets and positions happens in `LineIndex` alone.

extension Position {
    init(_ position: TextPosition) {
        self.init(line: position.line, character: position.character)
    }
}

extension TextPosition {
    init(_ position: Position) {
        self.init(line: position.line, character: position.character)
    }
}

extension LSPRange {
    init(_ range: TextPositionRange) {
        self.init(start: Position(range.start), end: Position(range.end))
    }
}

extension TextPositionRange {
    init(_ range: LSPRange) {
        self.init(start: TextPosition(range.start), end: TextPosition(range.end))
    }
}
