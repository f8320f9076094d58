import CopydeskProtocol

/// `didOpen`, `didChange`, `didClose` and `didSave`: keeping the server's copy of each draft in step.
extension LanguageServer {
    func didOpen(_ notification: DidOpenTextDocumentNotification) {
        guard let session else { return }
        documents.open(notification.textDocument, encoding: session.encoding)
    }

    func didChange(_ notification: DidChangeTextDocumentNotification) {
        let uri = notification.textDocument.uri
        guard let (current, _) = documents.current(uri) else {
            logToClient(.warning, "ignored changes to \(uri), which is not open")
            return
        }
        let snapshot = current.applying(
            notification.contentChanges, version: notification.textDocument.version, revision: documents.nextRevision()
        )
        documents.update(snapshot)
    }

    func didClose(_ notification: DidCloseTextDocumentNotification) {
        guard let entry = documents.close(notification.textDocument.uri), session?.pullsDiagnostics == false else { return }
        // Clear pushed diagnostics after any publication already running for this document.
        let uri = entry.snapshot.uri
        work.enqueue(on: entry.worker.queue) { [connection] in
            connection.send(PublishDiagnosticsNotification(uri: uri, version: nil, diagnostics: []))
        }
    }

    func didSave(_ notification: DidSaveTextDocumentNotification) {
        // A save is a good moment to notice a `.copydesk.json` created since the draft was opened.
        configuration.environments.configurations.forgetLocations()
        documents.markForPublish(notification.textDocument.uri)
    }
}
