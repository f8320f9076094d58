import CopydeskAnalysis
import CopydeskKnowledge
import CopydeskProtocol
import CopydeskText
import CopydeskWorkspace

/// Newsroom entity files in the server: each file's problems are published as diagnostics on the file itself,
/// with one `window/showMessage` per change, and cleared when the file is fixed, deleted or no longer listed.
///
/// A broken line costs only that line (or field); the rest of the file is in the knowledge the drafts are analysed
/// with. Files that cannot be read at all are reported on the `.copydesk.json` that lists them.
extension LanguageServer {
    /// Reports what the analysis of a draft found in the entity files its configuration lists. Runs on the
    /// document's queue.
    func reportEntityFiles(_ environment: DraftEnvironment) {
        guard let configuration = environment.configuration, let session else { return }
        let loaded = environment.entities
        let listed = Set(loaded.files.map(\.path) + loaded.failures.map(\.path))
        for path in entityFileListings.update(configuration.path, lists: listed) {
            clearEntityFileProblems(path)
        }
        // A file that cannot be read has no lines to point at; what it showed before no longer applies.
        for failure in loaded.failures {
            clearEntityFileProblems(failure.path)
        }
        for file in loaded.files {
            entityFileReporter.update(file.path, to: file.problems) { problems in
                publish(problems, inEntityFileAt: file.path, encoding: session.encoding)
            }
        }
    }

    /// Clears the diagnostics on the entity file at `path`, if the client was shown any.
    func clearEntityFileProblems(_ path: String) {
        entityFileReporter.clear(path) {
            connection.send(PublishDiagnosticsNotification(uri: DocumentURI(filePath: path), version: nil, diagnostics: []))
        }
    }

    private func publish(_ problems: [EntityFileProblem], inEntityFileAt path: String, encoding: PositionEncoding) {
        // Problems hold byte ranges; positions need the text, read again only when the problems change.
        let bytes = (try? FileReader.bytes(at: path, limit: EntityFileStore.maximumFileSize).get()) ?? []
        let lines = LineIndex(bytes)
        let diagnostics = problems.map { problem in
            Diagnostic(
                range: LSPRange(lines.positionRange(of: problem.markedRange(in: bytes), in: encoding)),
                severity: problem.severity == .error ? .error : .warning, code: "entity-file", source: CopydeskInfo.name,
                message: "line \(problem.line): \(problem.fieldMessage)"
            )
        }
        connection.send(PublishDiagnosticsNotification(uri: DocumentURI(filePath: path), version: nil, diagnostics: diagnostics))
        guard let first = problems.first(where: { $0.severity == .error }) ?? problems.first else { return }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        showMessage(
            first.severity == .error ? .error : .warning,
            "Copydesk: \(path):\(first.line): \(first.fieldMessage)\(more); the rest of the entity file is loaded."
        )
    }
}
