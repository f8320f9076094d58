/// `textDocument/documentSymbol`: the document's outline.
public struct DocumentSymbolRequest: RequestType, Hashable {
    public static let method = "textDocument/documentSymbol"
    public typealias Response = DocumentSymbolResponse?

    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) {
        self.textDocument = textDocument
    }
}

/// The outline as a hierarchy, or as a flat list for clients that cannot show one.
public enum DocumentSymbolResponse: ResponseType, Hashable {
    case hierarchy([DocumentSymbol])
    case flat([SymbolInformation])

    public init(from decoder: any Decoder) throws {
        if let symbols = try? [DocumentSymbol](from: decoder) {
            self = .hierarchy(symbols)
        } else {
            self = .flat(try [SymbolInformation](from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .hierarchy(let symbols): try symbols.encode(to: encoder)
        case .flat(let symbols): try symbols.encode(to: encoder)
        }
    }
}

/// An entry of a hierarchical outline.
public struct DocumentSymbol: Codable, Hashable, Sendable {
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    public var range: LSPRange
    /// The part to select when the entry is chosen; inside `range`.
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?

    public init(name: String, detail: String?, kind: SymbolKind, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]?) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// An entry of a flat outline.
public struct SymbolInformation: Codable, Hashable, Sendable {
    public var name: String
    public var kind: SymbolKind
    public var location: Location
    public var containerName: String?

    public init(name: String, kind: SymbolKind, location: Location, containerName: String?) {
        self.name = name
        self.kind = kind
        self.location = location
        self.containerName = containerName
    }
}

/// LSP's symbol kinds, by number.
public struct SymbolKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let module = SymbolKind(rawValue: 2)
    public static let namespace = SymbolKind(rawValue: 3)
    public static let `class` = SymbolKind(rawValue: 5)
    public static let field = SymbolKind(rawValue: 8)
    public static let `enum` = SymbolKind(rawValue: 10)
    public static let string = SymbolKind(rawValue: 15)
    public static let object = SymbolKind(rawValue: 19)
    public static let key = SymbolKind(rawValue: 20)
    public static let event = SymbolKind(rawValue: 24)
}
