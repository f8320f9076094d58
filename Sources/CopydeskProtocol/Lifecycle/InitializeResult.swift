/// The answer to `initialize`: what the server offers, and who it is.
public struct InitializeResult: ResponseType, Hashable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo?

    public init(capabilities: ServerCapabilities, serverInfo: ServerInfo?) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}

/// The server's name and version.
public struct ServerInfo: Codable, Hashable, Sendable {
    public var name: String
    public var version: String?

    public init(name: String, version: String?) {
        self.name = name
        self.version = version
    }
}
