/// Copydesk's name and version, as the CLI, the server and reports print them.
public enum CopydeskInfo {
    public static let name = "copydesk"
    public static let version = "0.1.0"
    /// Where users read about the rules; reports link rule ids here unless `rulesDocumentation` says otherwise.
    public static let documentationURL = "https://github.com/copydesk/copydesk/blob/main/docs/rules.md"

    /// The page explaining the rules under `settings`, or nil when the configuration wants no links.
    public static func documentation(for settings: AnalysisSettings) -> String? {
        let base = settings.rulesDocumentation ?? documentationURL
        return base.isEmpty ? nil : base
    }

    /// The link explaining `rule` under `settings`, or nil when the configuration wants no links.
    public static func documentation(ofRule rule: String, settings: AnalysisSettings) -> String? {
        documentation(for: settings).map { $0 + "#" + rule }
    }
}
