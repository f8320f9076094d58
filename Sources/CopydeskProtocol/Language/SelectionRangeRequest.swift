/// `textDocument/selectionRange`: for each position, the ranges "expand selection" steps through, innermost first.
public struct SelectionRangeRequest: RequestType, Hashable {
    public static let method = "textDocument/selectionRange"
    public typealias Response = [SelectionRange]

    public var textDocument: TextDocumentIdentifier
    public var positions: [Position]

    public init(textDocument: TextDocumentIdentifier, positions: [Position]) {
        self.textDocument = textDocument
        self.positions = positions
    }
}

/// A range and the range that contains it, out to the whole document.
public final class SelectionRange: ResponseType, Hashable {
    public let range: LSPRange
    public let parent: SelectionRange?

    public init(range: LSPRange, parent: SelectionRange?) {
        self.range = range
        self.parent = parent
    }

    public static func == (lhs: SelectionRange, rhs: SelectionRange) -> Bool {
        lhs.range == rhs.range && lhs.parent == rhs.parent
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(parent)
    }
}
