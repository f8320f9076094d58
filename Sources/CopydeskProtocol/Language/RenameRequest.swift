/// `textDocument/rename`: the edits that rename the thing at a position everywhere it is named.
public struct RenameRequest: RequestType, Hashable {
    public static let method = "textDocument/rename"
    public typealias Response = WorkspaceEdit?

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String

    public init(textDocument: TextDocumentIdentifier, position: Position, newName: String) {
        self.textDocument = textDocument
        self.position = position
        self.newName = newName
    }
}
