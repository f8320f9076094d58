import CopydeskJSON

/// One layer of settings as JSON, and where it came from.
public struct SettingsLayer: Sendable, Hashable {
    public var source: SettingsSource
    /// A JSON object in the shape of `.copydesk.json`.
    public var values: JSONValue

    public init(source: SettingsSource, values: JSONValue) {
        self.source = source
        self.values = values
    }
}
