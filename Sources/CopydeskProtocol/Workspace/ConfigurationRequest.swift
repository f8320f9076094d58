import CopydeskJSON

/// `workspace/configuration` (server to client): asks for settings sections; the answer has one value per item.
public struct ConfigurationRequest: RequestType, Hashable {
    public static let method = "workspace/configuration"
    public typealias Response = [JSONValue]

    public var items: [ConfigurationItem]

    public init(items: [ConfigurationItem]) {
        self.items = items
    }
}

/// One settings section, optionally for one document or folder.
public struct ConfigurationItem: Codable, Hashable, Sendable {
    public var scopeUri: DocumentURI?
    public var section: String?

    public init(scopeUri: DocumentURI? = nil, section: String?) {
        self.scopeUri = scopeUri
        self.section = section
    }
}
