import CopydeskAnalysis
import CopydeskText
import CopydeskWorkspace
import Dispatch

/// `copydesk check`: lints drafts and folders of drafts, for people and for CI.
enum CheckCommand: Subcommand {
    static let name = "check"
    static let summary = "Check drafts (files, folders, or - for stdin) and report findings."
    static let help = """
        Usage: copydesk check [options] [PATH | -]...

        Checks each draft (.md, .markdown, .txt; folders are searched recursively; - reads standard input) and
        prints its findings. With no PATH, checks the current folder.

        Options:
          --format FORMAT       text (default), json, sarif or github (GitHub Actions annotations).
          --date YYYY-MM-DD     The publication date relative times resolve against (overrides the drafts').
          --fail-on LEVEL       Exit 1 when a finding is at or above LEVEL: error, warning (default),
                                information, hint, or never.
          --stdin-filename NAME The name standard input is checked as (decides Markdown or text, and the
                                .copydesk.json that applies).

        Exit status: 0 when nothing is at or above --fail-on, 1 when something is, 2 for usage, file or
        configuration errors (each reported on standard error with the file and the problem).
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let reader: ArgumentReader
        let format: String
        let failOn: String
        let loader: DraftLoader
        do {
            reader = try ArgumentReader(arguments, options: ["--format", "--date", "--fail-on", "--stdin-filename"], flags: [])
            format = try reader.choice("--format", in: ["text", "json", "sarif", "github"], default: "text")
            failOn = try reader.choice("--fail-on", in: ["error", "warning", "information", "hint", "never"], default: "warning")
            loader = DraftLoader(commandLine: try DraftLoader.commandLineLayer(date: reader.value("--date")))
        } catch {
            console.error("copydesk check: \(error)\nRun 'copydesk check --help' for usage.")
            return ExitStatus.error
        }
        let paths = reader.positionals.isEmpty ? ["."] : reader.positionals
        if paths.filter({ $0 == "-" }).count > 1 {
            console.error("copydesk check: standard input (-) can be checked only once")
            return ExitStatus.error
        }
        let (files, failures) = loader.expand(paths)
        var hadError = !failures.isEmpty
        for failure in failures { console.error("copydesk: \(failure)") }

        let results = analyzeAll(files, loader: loader, stdinName: reader.value("--stdin-filename"))
        var runs: [DraftRun] = []
        for result in results {
            switch result {
            case .success(let run): runs.append(run)
            case .failure(let failure):
                console.error("copydesk: \(failure)")
                hadError = true
            }
        }
        if reportConfigurationProblems(runs, console: console) { hadError = true }

        let report = CheckReport(runs: runs, filesChecked: files.count)
        switch format {
        case "json": console.print(report.json())
        case "sarif": console.print(report.sarif())
        case "github": console.write(report.githubAnnotations())
        default: console.write(report.text())
        }
        if hadError { return ExitStatus.error }
        guard let threshold = Severity(userValue: failOn) else { return ExitStatus.success }
        let failing = runs.contains { run in run.analysis.findings.contains { $0.severity.isAtLeast(threshold) } }
        return failing ? ExitStatus.findings : ExitStatus.success
    }

    /// Analyses the files on every core, keeping their order; standard input is read on this thread.
    private static func analyzeAll(_ files: [String], loader: DraftLoader, stdinName: String?) -> [Result<DraftRun, FileReader.Failure>] {
        let results = ResultSlots<Result<DraftRun, FileReader.Failure>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results[index] = loader.run(files[index], stdinName: stdinName)
        }
        return results.values
    }

    /// Prints each configuration file's problems once; returns whether there were any.
    static func reportConfigurationProblems(_ runs: [DraftRun], console: Console) -> Bool {
        var seen: Set<String> = []
        var any = false
        for run in runs {
            guard let configuration = run.configuration, !configuration.problems.isEmpty,
                seen.insert(configuration.path).inserted
            else { continue }
            let lines = LineIndex(configuration.bytes)
            for problem in configuration.problems {
                let position = lines.position(of: problem.range.lowerBound, in: .utf32)
                console.error("copydesk: \(configuration.path):\(position.line + 1):\(position.character + 1): \(problem.message)")
            }
            any = true
        }
        if reportEntityFileProblems(runs, console: console) { any = true }
        return any
    }
}
