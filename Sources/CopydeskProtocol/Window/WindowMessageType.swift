/// How important a `window/showMessage` or `window/logMessage` is: 1 error, 2 warning, 3 info, 4 log.
public struct WindowMessageType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let error = WindowMessageType(rawValue: 1)
    public static let warning = WindowMessageType(rawValue: 2)
    public static let info = WindowMessageType(rawValue: 3)
    public static let log = WindowMessageType(rawValue: 4)
}
