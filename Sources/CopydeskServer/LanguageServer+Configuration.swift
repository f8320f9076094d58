import CopydeskJSON
import CopydeskProtocol

/// The editor's `copydesk` settings, `.copydesk.json` and entity files changing on disk, and workspace folders.
///
/// Editor settings arrive with `initialize` (`initializationOptions`), through `workspace/configuration` (asked
/// for after `initialized` and again on every `workspace/didChangeConfiguration`), or inside
/// `didChangeConfiguration` itself for clients that cannot be asked. Configuration and entity files are re-read
/// whenever they change on disk; the server also asks the client to watch them, when it can, so a change is picked
/// up before the next keystroke. Whatever changes, every open draft is analysed again.
extension LanguageServer {
    /// The settings section Copydesk reads.
    static let settingsSection = "copydesk"

    func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
        if session?.capabilities.supportsConfigurationPull == true {
            pullEditorSettings()
            return
        }
        guard let settings = notification.settings, !settings.isNull else { return }
        applyEditorSettings(settings[Self.settingsSection] ?? .null)
    }

    /// Asks the client for the `copydesk` section; the answer arrives on the reading thread.
    func pullEditorSettings() {
        let request = ConfigurationRequest(items: [ConfigurationItem(section: Self.settingsSection)])
        connection.send(request) { [self] result in
            switch result {
            case .success(let values): applyEditorSettings(values.first ?? .null)
            case .failure(let error): logToClient(.warning, "the editor did not send its settings: \(error.message)")
            }
        }
    }

    private func applyEditorSettings(_ settings: JSONValue) {
        guard configuration.setEditorSettings(settings) else { return }
        reportEditorSettingsProblems()
        settingsDidChange()
    }

    /// Shows what is wrong in the editor's settings, if anything.
    func reportEditorSettingsProblems() {
        let problems = configuration.editorProblems
        guard !problems.isEmpty else { return }
        let list = problems.map { $0.keyPath.isEmpty ? $0.message : "\($0.keyPath.joined(separator: ".")): \($0.message)" }
        showMessage(.warning, "Copydesk: problems in the editor's copydesk settings: \(list.joined(separator: "; ")); those settings are ignored.")
    }

    /// Asks the client to report changes to any `.copydesk.json` and any JSON Lines file (where newsroom entity
    /// files live) in the workspace. Entity files elsewhere are re-read when the next analysis finds them changed.
    func watchConfigurationFiles() {
        let options: JSONValue = ["watchers": [["globPattern": "**/.copydesk.json"], ["globPattern": "**/*.jsonl"]]]
        let registration = Registration(id: "copydesk-configuration-files", method: DidChangeWatchedFilesNotification.method, registerOptions: options)
        connection.send(RegisterCapabilityRequest(registrations: [registration])) { [self] result in
            if case .failure(let error) = result {
                logToClient(.info, "the editor will not watch .copydesk.json files (\(error.message)); changes are picked up on the next edit")
            }
        }
    }

    func didChangeWatchedFiles(_ notification: DidChangeWatchedFilesNotification) {
        let deletedType = 3
        var matters = false
        for change in notification.changes {
            guard let path = change.uri.filePath else { continue }
            // JSON Lines files are watched for the entity files among them; the others are none of Copydesk's business.
            if path.hasSuffix(".jsonl") && !entityFileListings.isListed(path) { continue }
            matters = true
            guard change.type == deletedType else { continue }
            configurationReporter.clear(path) {
                connection.send(PublishDiagnosticsNotification(uri: change.uri, version: nil, diagnostics: []))
            }
            clearEntityFileProblems(path)
            for orphan in entityFileListings.remove(path) { clearEntityFileProblems(orphan) }
        }
        guard matters else { return }
        // A file may have appeared nearer to some draft than the one it used; look again.
        configuration.environments.configurations.forgetLocations()
        settingsDidChange()
    }

    func didChangeWorkspaceFolders(_ notification: DidChangeWorkspaceFoldersNotification) {
        let removed = Set(notification.event.removed.compactMap(\.uri.filePath))
        let added = notification.event.added.compactMap(\.uri.filePath)
        configuration.roots = configuration.roots.filter { !removed.contains($0) } + added.filter { !configuration.roots.contains($0) }
    }

    /// Settings may have changed: analyse every open draft again and tell the client to ask again for what it pulls.
    func settingsDidChange() {
        documents.markAllForPublish()
        guard let session else { return }
        if session.pullsDiagnostics, session.capabilities.supportsDiagnosticRefresh {
            connection.send(DiagnosticRefreshRequest()) { _ in }
        }
        if session.capabilities.supportsInlayHintRefresh {
            connection.send(InlayHintRefreshRequest()) { _ in }
        }
    }
}
