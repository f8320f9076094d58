/// `textDocument/definition`: where the thing at a position is introduced (for a name, its first reference).
public struct DefinitionRequest: RequestType, Hashable {
    public static let method = "textDocument/definition"
    public typealias Response = Location?

    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}
