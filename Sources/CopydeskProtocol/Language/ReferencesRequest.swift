/// `textDocument/references`: every mention of the thing at a position.
public struct ReferencesRequest: RequestType, Hashable {
    public static let method = "textDocument/references"
    public typealias Response = [Location]?

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: ReferenceContext

    public init(textDocument: TextDocumentIdentifier, position: Position, context: ReferenceContext) {
        self.textDocument = textDocument
        self.position = position
        self.context = context
    }
}

/// Whether the answer includes the declaration (for a name, its first reference).
public struct ReferenceContext: Codable, Hashable, Sendable {
    public var includeDeclaration: Bool

    public init(includeDeclaration: Bool) {
        self.includeDeclaration = includeDeclaration
    }
}
