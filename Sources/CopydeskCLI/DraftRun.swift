import CopydeskAnalysis
import CopydeskText
import CopydeskWorkspace

/// One draft the CLI analysed: where it came from, its text, and the analysis.
struct DraftRun: Sendable {
    /// The path as the user gave it (or the `--stdin-filename`, or `-`).
    var displayPath: String
    var analysis: DraftAnalysis
    var lines: LineIndex
    /// The configuration file that applied, if any.
    var configuration: ConfigurationFile?
    /// The newsroom entity files that configuration lists, as read.
    var entities: EntityFileStore.Loaded?

    /// The one-based line and column (in Unicode characters) of UTF-8 byte `offset`, as compilers print them.
    func lineAndColumn(_ offset: Int) -> (line: Int, column: Int) {
        let position = lines.position(of: offset, in: .utf32)
        return (position.line + 1, position.character + 1)
    }
}
