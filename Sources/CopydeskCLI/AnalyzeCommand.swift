import CopydeskAnalysis
import CopydeskJSON

/// `copydesk analyze`: the full analysis of one draft as JSON, for newsroom tools and for measuring quality.
enum AnalyzeCommand: Subcommand {
    static let name = "analyze"
    static let summary = "Print the full analysis of one draft (quotes, entities, times, findings) as JSON."
    static let help = """
        Usage: copydesk analyze [--format json] [--date YYYY-MM-DD] [--stdin-filename NAME] FILE | -

        Prints one JSON object with the draft's findings, quotes (with kind, speaker and cue), entities (with
        every mention) and time expressions (with TIMEX3 values). Offsets are UTF-8 bytes, end exclusive; each
        item also has an LSP "range" in UTF-16 code units. See docs/analysis-json.md for the fields.

        Options:
          --format json         The only format (accepted for scripts that pass it).
          --date YYYY-MM-DD     The publication date relative times resolve against.
          --stdin-filename NAME The name standard input is read as.
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let reader: ArgumentReader
        let loader: DraftLoader
        do {
            reader = try ArgumentReader(arguments, options: ["--format", "--date", "--stdin-filename"], flags: [])
            _ = try reader.choice("--format", in: ["json"], default: "json")
            guard reader.positionals.count == 1 else { throw UsageError("analyze takes exactly one FILE (or -)") }
            loader = DraftLoader(commandLine: try DraftLoader.commandLineLayer(date: reader.value("--date")))
        } catch {
            console.error("copydesk analyze: \(error)\nRun 'copydesk analyze --help' for usage.")
            return ExitStatus.error
        }
        switch loader.run(reader.positionals[0], stdinName: reader.value("--stdin-filename")) {
        case .failure(let failure):
            console.error("copydesk: \(failure)")
            return ExitStatus.error
        case .success(let run):
            let configurationBroken = CheckCommand.reportConfigurationProblems([run], console: console)
            console.print(JSONSerializer.string(from: AnalysisDump.json(run)))
            return configurationBroken ? ExitStatus.error : ExitStatus.success
        }
    }
}
