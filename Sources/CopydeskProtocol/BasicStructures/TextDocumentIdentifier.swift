/// Names an open document.
public struct TextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: DocumentURI

    public init(uri: DocumentURI) {
        self.uri = uri
    }
}

/// Names a document at a version: the version the client has after applying the change it comes with.
public struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: DocumentURI
    public var version: Int

    public init(uri: DocumentURI, version: Int) {
        self.uri = uri
        self.version = version
    }
}

/// Names a document at a version, or at whatever version is on disk when `version` is nil; a client refuses
/// to apply an edit whose version no longer matches its buffer.
public struct OptionalVersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: DocumentURI
    public var version: Int?

    public init(uri: DocumentURI, version: Int?) {
        self.uri = uri
        self.version = version
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uri, forKey: .uri)
        // LSP wants an explicit null rather than a missing key.
        if let version { try container.encode(version, forKey: .version) } else { try container.encodeNil(forKey: .version) }
    }
}
