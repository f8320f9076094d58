/// Something wrong in a layer of settings, with the key it is about, so shells can point at it.
public struct SettingsProblem: Sendable, Hashable, CustomStringConvertible {
    /// The layer the problem is in.
    public var source: SettingsSource
    /// The path of keys to the offending value (`["rules", "unattributed-quote"]`); empty for the whole layer.
    public var keyPath: [String]
    /// What is wrong, as a sentence fragment ("unknown rule 'unatributed-quote'").
    public var message: String

    public init(source: SettingsSource, keyPath: [String], message: String) {
        self.source = source
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        keyPath.isEmpty ? "\(source): \(message)" : "\(source): \(keyPath.joined(separator: ".")): \(message)"
    }
}
