import CopydeskJSON

/// `initialize`: the first request of a session; the client says what it can do and the server answers with
/// what it offers.
public struct InitializeRequest: RequestType, Hashable {
    public static let method = "initialize"
    public typealias Response = InitializeResult

    public var processId: Int?
    public var clientInfo: ClientInfo?
    public var rootPath: String?
    public var rootUri: DocumentURI?
    public var initializationOptions: JSONValue?
    public var capabilities: ClientCapabilities
    public var trace: TraceValue?
    public var workspaceFolders: [WorkspaceFolder]?

    public init(
        processId: Int? = nil, clientInfo: ClientInfo? = nil, rootUri: DocumentURI? = nil, initializationOptions: JSONValue? = nil,
        capabilities: ClientCapabilities, trace: TraceValue? = nil, workspaceFolders: [WorkspaceFolder]? = nil
    ) {
        self.processId = processId
        self.clientInfo = clientInfo
        self.rootUri = rootUri
        self.initializationOptions = initializationOptions
        self.capabilities = capabilities
        self.trace = trace
        self.workspaceFolders = workspaceFolders
    }
}

/// The name and version of the editor.
public struct ClientInfo: Codable, Hashable, Sendable {
    public var name: String
    public var version: String?

    public init(name: String, version: String? = nil) {
        self.name = name
        self.version = version
    }
}
