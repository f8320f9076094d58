import CopydeskAnalysis
import CopydeskJSON
import CopydeskProtocol
import Dispatch

/// `initialize`, `initialized` and `shutdown`.
extension LanguageServer {
    func initialize(_ request: InitializeRequest, _ ticket: RequestTicket) {
        let session = ClientSession(capabilities: request.capabilities)
        let roots = Self.workspaceRoots(of: request)
        configuration.roots = roots
        recorder?.setRootPath(roots.first)
        if let options = request.initializationOptions {
            // Editors without `workspace/configuration` pass settings here; accept the section or the bare object.
            configuration.setEditorSettings(options[Self.settingsSection] ?? (options.objectValue != nil ? options : JSONValue?.none))
        }
        self.session = session
        trace = request.trace ?? .off
        phase = .running
        ticket.answer { () throws(ResponseError) in
            InitializeResult(
                capabilities: session.serverCapabilities,
                serverInfo: ServerInfo(name: CopydeskInfo.name, version: CopydeskInfo.version)
            )
        }
    }

    func initialized() {
        guard let session else { return }
        let diagnostics = session.pullsDiagnostics ? "pulled by the editor" : "pushed"
        let root = configuration.roots.first ?? "no workspace folder"
        logToClient(.info, "Copydesk is ready: positions in \(session.encoding.rawValue), diagnostics \(diagnostics), workspace \(root)")
        if session.capabilities.supportsConfigurationPull {
            pullEditorSettings()
        }
        if session.capabilities.supportsWatchedFilesRegistration {
            watchConfigurationFiles()
        }
        reportEditorSettingsProblems()
    }

    func shutdown(_ ticket: RequestTicket) {
        phase = .shutDown
        // Answer once everything already queued has finished, so every request read before shutdown is answered
        // first. Blocking the reader is fine: after shutdown only `exit` means anything.
        if !work.drain(timeout: Self.drainTimeout) {
            ServerLog.write("shutting down with work still running after \(Self.drainTimeout) s")
        }
        ticket.answer { () throws(ResponseError) in VoidResponse() }
    }

    /// Lets work already queued finish after `exit` or the end of input, so requests sent in the same burst as
    /// `exit` are still answered; returns when it has or after a few seconds.
    public func finish() {
        work.drain(timeout: Self.drainTimeout)
    }

    /// How long shutting down waits for work in flight, in seconds.
    static let drainTimeout = 10.0

    /// The workspace folders as local paths: `workspaceFolders`, else `rootUri`, else the deprecated `rootPath`.
    static func workspaceRoots(of request: InitializeRequest) -> [String] {
        if let folders = request.workspaceFolders, !folders.isEmpty {
            return folders.compactMap(\.uri.filePath)
        }
        if let path = request.rootUri?.filePath { return [path] }
        if let path = request.rootPath, !path.isEmpty { return [path] }
        return []
    }
}
