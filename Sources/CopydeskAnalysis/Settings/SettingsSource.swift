/// Where a layer of settings came from, weakest first in the order they are applied.
public enum SettingsSource: Sendable, Hashable, CustomStringConvertible {
    /// A `.copydesk.json` file, by the path the shell found it at.
    case configFile(path: String)
    /// The editor's `copydesk` settings section, sent over LSP.
    case editor
    /// Command-line flags (`--date`).
    case commandLine
    /// The `copydesk:` mapping in a draft's own front matter.
    case frontMatter

    public var description: String {
        switch self {
        case .configFile(let path): return path
        case .editor: return "editor settings"
        case .commandLine: return "command line"
        case .frontMatter: return "front matter"
        }
    }
}
