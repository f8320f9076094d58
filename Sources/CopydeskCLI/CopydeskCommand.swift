import CopydeskAnalysis

/// The `copydesk` command line: parses arguments and runs a subcommand.
public enum CopydeskCommand {
    /// Every subcommand, in the order `--help` lists them; one line each.
    static let subcommands: [any Subcommand.Type] = [
        CheckCommand.self,
        AnalyzeCommand.self,
        RulesCommand.self,
        ExplainEntityCommand.self,
        ServeCommand.self,
    ]

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String], console: Console = .standard()) -> Int32 {
        guard let first = arguments.first else {
            console.error(usage)
            return ExitStatus.error
        }
        switch first {
        case "--version", "-V", "version":
            console.print("\(CopydeskInfo.name) \(CopydeskInfo.version)")
            return ExitStatus.success
        case "--help", "-h", "help":
            if arguments.count > 1, let command = subcommand(named: arguments[1]) {
                console.print(command.help)
            } else {
                console.print(usage)
            }
            return ExitStatus.success
        case "--stdio":
            // Editors that start language servers as `copydesk --stdio`.
            return ServeCommand.run(arguments, console: console)
        default:
            guard let command = subcommand(named: first) else {
                console.error("copydesk: unknown command '\(first)'\n\n\(usage)")
                return ExitStatus.error
            }
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                console.print(command.help)
                return ExitStatus.success
            }
            return command.run(rest, console: console)
        }
    }

    static func subcommand(named name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.name == name }
    }

    static var usage: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let lines = subcommands.map { "  \($0.name)\(String(repeating: " ", count: width - $0.name.count + 2))\($0.summary)" }
        return """
            Copydesk \(CopydeskInfo.version): a copy desk for journalists' drafts — unattributed quotes, references \
            readers cannot resolve, events with no usable date.

            Usage: copydesk <command> [options]

            Commands:
            \(lines.joined(separator: "\n"))

            Options: --help (also after a command), --version.
            Configuration: .copydesk.json, found by walking up from each draft. See README.md.
            """
    }
}
