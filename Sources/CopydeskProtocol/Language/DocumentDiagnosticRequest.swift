/// `textDocument/diagnostic`: the client pulls a document's diagnostics.
public struct DocumentDiagnosticRequest: RequestType, Hashable {
    public static let method = "textDocument/diagnostic"
    public typealias Response = DocumentDiagnosticReport

    public var textDocument: TextDocumentIdentifier
    public var identifier: String?
    /// The `resultId` of the report the client already has; an unchanged document gets an `unchanged` report.
    public var previousResultId: String?

    public init(textDocument: TextDocumentIdentifier, identifier: String? = nil, previousResultId: String? = nil) {
        self.textDocument = textDocument
        self.identifier = identifier
        self.previousResultId = previousResultId
    }
}

/// The answer to a diagnostic pull: every diagnostic, or word that the client's copy is still current.
public enum DocumentDiagnosticReport: ResponseType, Hashable {
    case full(resultId: String?, items: [Diagnostic])
    case unchanged(resultId: String)

    private enum CodingKeys: String, CodingKey {
        case kind, resultId, items
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "unchanged":
            self = .unchanged(resultId: try container.decode(String.self, forKey: .resultId))
        default:
            self = .full(
                resultId: try container.decodeIfPresent(String.self, forKey: .resultId),
                items: try container.decode([Diagnostic].self, forKey: .items)
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .full(let resultId, let items):
            try container.encode("full", forKey: .kind)
            try container.encodeIfPresent(resultId, forKey: .resultId)
            try container.encode(items, forKey: .items)
        case .unchanged(let resultId):
            try container.encode("unchanged", forKey: .kind)
            try container.encode(resultId, forKey: .resultId)
        }
    }
}
