/// Copydesk's name and version, as the CLI, the server and reports print them.
public enum CopydeskInfo {
    public static let name = "copydesk"
    public static let version = "0.1.0"
    /// Where users read about the rules; reports link rule ids here.
    public static let documentationURL = "https://github.com/copydesk/copydesk/blob/main/docs/rules.md"
}
