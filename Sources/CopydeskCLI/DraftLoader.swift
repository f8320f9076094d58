import CopydeskAnalysis
import CopydeskKnowledge
import CopydeskText
import CopydeskWorkspace
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads drafts for the CLI (files, folders, or standard input), finds their configuration and analyses them.
struct DraftLoader: Sendable {
    let host: AnalysisHost
    let environments = DraftEnvironmentStore()
    /// Command-line settings laid over every configuration file (`--date`).
    let commandLine: SettingsLayer?
    /// Today's date, read once per run so every draft of a batch sees the same day.
    let today: CivilDate?

    init(commandLine: SettingsLayer?, knowledge: KnowledgeBase = .builtIn, today: CivilDate? = LocalDate.today()) {
        self.commandLine = commandLine
        self.host = AnalysisHost(knowledge: knowledge, parallelLoop: ParallelReading.loop)
        self.today = today
    }

    /// The draft files named by `paths` (folders searched recursively; `-` for standard input kept as is).
    func expand(_ paths: [String]) -> (files: [String], failures: [FileReader.Failure]) {
        var files: [String] = []
        var failures: [FileReader.Failure] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            switch FileReader.draftFiles(under: path) {
            case .success(let found): files.append(contentsOf: found)
            case .failure(let failure): failures.append(failure)
            }
        }
        return (files, failures)
    }

    /// Reads and analyses one draft; `-` reads standard input, named `stdinName` for format and configuration.
    func run(_ path: String, stdinName: String?) -> Result<DraftRun, FileReader.Failure> {
        let displayPath = path == "-" ? (stdinName ?? "-") : path
        let bytes: [UInt8]
        if path == "-" {
            switch PosixFile.readAll(0, limit: FileReader.maximumDraftSize) {
            case .success(let read): bytes = read
            case .failure(let failure): return .failure(FileReader.Failure(path: displayPath, reason: failure.reason))
            }
            if let offset = UTF8Bytes.firstInvalidOffset(in: bytes) {
                return .failure(FileReader.Failure(path: displayPath, reason: "not valid UTF-8 (byte \(offset))"))
            }
        } else {
            switch FileReader.draft(at: path) {
            case .success(let read): bytes = read
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(analyze(bytes, displayPath: displayPath, configurationPath: path == "-" ? (stdinName ?? "./-") : path))
    }

    /// Analyses `bytes` as the draft at `displayPath`, with the configuration that applies at `configurationPath`.
    func analyze(_ bytes: [UInt8], displayPath: String, configurationPath: String) -> DraftRun {
        let environment = environments.environment(forDraftAt: configurationPath, over: commandLine.map { [$0] } ?? [], today: today)
        let analysis = host.analyze(
            bytes, format: DraftFormat(fileName: displayPath), settings: environment.settings, knowledge: environment.knowledge
        )
        return DraftRun(
            displayPath: displayPath, analysis: analysis, lines: LineIndex(bytes), configuration: environment.configuration,
            entities: environment.entities
        )
    }

    /// The command-line layer for `--date`, or a usage error when the date is not YYYY-MM-DD.
    static func commandLineLayer(date: String?) throws(UsageError) -> SettingsLayer? {
        guard let date else { return nil }
        guard CivilDate(iso: date) != nil else { throw UsageError("--date must be a date as YYYY-MM-DD, not '\(date)'") }
        return SettingsLayer(source: .commandLine, values: ["publicationDate": .string(date)])
    }
}
