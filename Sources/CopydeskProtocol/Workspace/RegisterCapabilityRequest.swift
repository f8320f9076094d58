import CopydeskJSON

/// `client/registerCapability` (server to client): turns on a capability at run time, such as file watching.
public struct RegisterCapabilityRequest: RequestType, Hashable {
    public static let method = "client/registerCapability"
    public typealias Response = VoidResponse

    public var registrations: [Registration]

    public init(registrations: [Registration]) {
        self.registrations = registrations
    }
}

/// One capability to register: an id to unregister it by, its method, and its options.
public struct Registration: Codable, Hashable, Sendable {
    public var id: String
    public var method: String
    public var registerOptions: JSONValue?

    public init(id: String, method: String, registerOptions: JSONValue?) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }
}
