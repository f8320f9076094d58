import CopydeskAnalysis
import CopydeskProtocol
import CopydeskText
import CopydeskWorkspace

/// Diagnostics, pushed (`textDocument/publishDiagnostics`) or pulled (`textDocument/diagnostic`), and the
/// analysis they come from.
///
/// Either way a stale result is never sent: pushed diagnostics are computed for the newest version when the work
/// starts and dropped if an edit arrived meanwhile (the edit schedules its own); a pull whose document changed
/// before it was answered is cancelled with `retriggerRequest`, so the client asks again for the new version.
extension LanguageServer {
    /// Schedules pushed diagnostics for every document that changed since the last flush.
    func scheduleDiagnostics() {
        guard phase == .running, let session, !session.pullsDiagnostics else { return }
        for (uri, generation, worker) in documents.takeDocumentsToPublish() {
            work.enqueue(on: worker.queue) { [self] in
                publishDiagnostics(uri, generation: generation, worker: worker)
            }
        }
    }

    private func publishDiagnostics(_ uri: DocumentURI, generation: Int, worker: DocumentWorker) {
        guard let snapshot = documents.beginPublish(uri, generation: generation) else { return }
        let result = analyze(snapshot, worker)
        // A newer version arrived while this one was analysed; its own publication follows.
        guard documents.isCurrent(snapshot) else { return }
        let diagnostics = snapshot.diagnostics(of: result.analysis)
        guard worker.shouldPublish(diagnostics, version: snapshot.version) else { return }
        connection.send(PublishDiagnosticsNotification(uri: uri, version: snapshot.version, diagnostics: diagnostics))
    }

    func pullDiagnostics(_ request: DocumentDiagnosticRequest, _ ticket: RequestTicket) {
        guard let (snapshot, worker) = openDocument(request.textDocument.uri, ticket) else { return }
        work.enqueue(on: worker.queue, for: ticket) { [self] in
            guard isStillCurrent(snapshot, ticket) else { return }
            let result = analyze(snapshot, worker)
            guard isStillCurrent(snapshot, ticket) else { return }
            ticket.answer { () throws(ResponseError) -> DocumentDiagnosticReport in
                if request.previousResultId == result.resultID { return .unchanged(resultId: result.resultID) }
                return .full(resultId: result.resultID, items: snapshot.diagnostics(of: result.analysis))
            }
        }
    }

    /// Whether `snapshot` is still current; if not, answers the request so the client asks again (or, for a
    /// closed document, does not).
    private func isStillCurrent(_ snapshot: DocumentSnapshot, _ ticket: RequestTicket) -> Bool {
        if documents.isCurrent(snapshot) { return true }
        let isOpen = documents.current(snapshot.uri) != nil
        let reason = isOpen ? "the document changed after version \(snapshot.version); ask again" : "the document was closed"
        ticket.answer(.failure(.serverCancelled(retrigger: isOpen, reason)))
        return false
    }

    /// The current snapshot and worker of `uri`, or nil after answering the request with an error saying it is not open.
    func openDocument(_ uri: DocumentURI, _ ticket: RequestTicket) -> (DocumentSnapshot, DocumentWorker)? {
        guard let current = documents.current(uri) else {
            ticket.answer(.failure(ResponseError(code: .requestFailed, message: "\(uri) is not open")))
            return nil
        }
        return current
    }

    /// The analysis of `snapshot` with the settings and knowledge that apply to it now; reports problems in the
    /// configuration and entity files found on the way. Runs on the document's queue.
    func analyze(_ snapshot: DocumentSnapshot, _ worker: DocumentWorker) -> DocumentWorker.Result {
        let environment = configuration.environment(for: snapshot)
        if let file = environment.configuration { reportConfiguration(file, problems: environment.configurationProblems) }
        reportEntityFiles(environment)
        return worker.analysis(of: snapshot, settings: environment.settings, knowledge: environment.knowledge, host: host)
    }

    // MARK: Configuration problems

    /// Publishes the problems of a configuration file (its own and its unreadable entity files) as diagnostics on
    /// that file, and shows a message, when they differ from what the client was last told.
    func reportConfiguration(_ file: ConfigurationFile, problems: [ConfigurationProblem]) {
        guard let session else { return }
        configurationReporter.update(file.path, to: problems) { problems in
            publish(problems, inConfigurationFile: file, encoding: session.encoding)
        }
    }

    private func publish(_ problems: [ConfigurationProblem], inConfigurationFile file: ConfigurationFile, encoding: PositionEncoding) {
        let lines = LineIndex(file.bytes)
        // An unreadable file is ignored as a whole (an error); a bad setting only loses that setting (a warning).
        let severity: DiagnosticSeverity = file.layer == nil ? .error : .warning
        let diagnostics = problems.map { problem in
            let range = LSPRange(lines.positionRange(of: problem.range, in: encoding))
            return Diagnostic(range: range, severity: severity, code: "configuration", source: CopydeskInfo.name, message: problem.message)
        }
        connection.send(PublishDiagnosticsNotification(uri: DocumentURI(filePath: file.path), version: nil, diagnostics: diagnostics))
        guard let first = problems.first else { return }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        let consequence = file.layer == nil ? "using the default settings until it is fixed" : "those settings are ignored"
        showMessage(severity == .error ? .error : .warning, "Copydesk: \(file.path): \(first.message)\(more); \(consequence).")
    }
}
