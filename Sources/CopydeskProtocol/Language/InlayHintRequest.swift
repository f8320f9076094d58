/// `textDocument/inlayHint`: labels to draw inside the text of a range.
public struct InlayHintRequest: RequestType, Hashable {
    public static let method = "textDocument/inlayHint"
    public typealias Response = [InlayHint]?

    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange

    public init(textDocument: TextDocumentIdentifier, range: LSPRange) {
        self.textDocument = textDocument
        self.range = range
    }
}

/// A label drawn at a position.
public struct InlayHint: ResponseType, Hashable {
    public var position: Position
    public var label: String
    public var tooltip: MarkupContent?
    public var paddingLeft: Bool?
    public var paddingRight: Bool?

    public init(position: Position, label: String, tooltip: MarkupContent? = nil, paddingLeft: Bool? = nil, paddingRight: Bool? = nil) {
        self.position = position
        self.label = label
        self.tooltip = tooltip
        self.paddingLeft = paddingLeft
        self.paddingRight = paddingRight
    }
}
