/// `textDocument/prepareRename`: whether the thing at a position can be renamed, and what range to edit.
public struct PrepareRenameRequest: RequestType, Hashable {
    public static let method = "textDocument/prepareRename"
    public typealias Response = PrepareRenameResponse?

    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}

/// The range to rename and the text to put in the rename box.
public struct PrepareRenameResponse: ResponseType, Hashable {
    public var range: LSPRange
    public var placeholder: String

    public init(range: LSPRange, placeholder: String) {
        self.range = range
        self.placeholder = placeholder
    }
}
