import CopydeskProtocol
import CopydeskText

/// What was agreed with the client at `initialize`: how positions are counted and how diagnostics travel.
struct ClientSession: Sendable {
    let capabilities: ClientCapabilities
    /// How positions count characters: UTF-8 when offered (the core's own unit), else UTF-32, else UTF-16.
    let encoding: PositionEncoding
    /// Whether the client pulls diagnostics (`textDocument/diagnostic`) rather than having them pushed.
    let pullsDiagnostics: Bool

    init(capabilities: ClientCapabilities) {
        self.capabilities = capabilities
        self.encoding = Self.negotiate(capabilities.positionEncodings)
        self.pullsDiagnostics = capabilities.supportsPullDiagnostics
    }

    /// The encoding to use given those offered: UTF-8 needs no conversion at all, UTF-32 counts scalars the
    /// way the core's text does; UTF-16 is what every client supports.
    static func negotiate(_ offered: [PositionEncodingKind]) -> PositionEncoding {
        if offered.contains(.utf8) { return .utf8 }
        if offered.contains(.utf32) { return .utf32 }
        return .utf16
    }

    /// The encoding as LSP names it.
    var encodingKind: PositionEncodingKind {
        PositionEncodingKind(rawValue: encoding.rawValue)
    }

    /// What Copydesk offers this client.
    var serverCapabilities: ServerCapabilities {
        var offered = ServerCapabilities()
        offered.positionEncoding = encodingKind
        offered.textDocumentSync = TextDocumentSyncOptions(
            openClose: true, change: TextDocumentSyncOptions.incremental, save: SaveOptions(includeText: false)
        )
        offered.hoverProvider = true
        offered.definitionProvider = true
        offered.referencesProvider = true
        offered.documentSymbolProvider = true
        offered.inlayHintProvider = true
        offered.selectionRangeProvider = true
        offered.codeActionProvider = CodeActionOptions(codeActionKinds: [.quickFix, .refactorRewrite], resolveProvider: false)
        offered.renameProvider = capabilities.supportsPrepareRename ? .options(RenameOptions(prepareProvider: true)) : .enabled(true)
        if pullsDiagnostics {
            offered.diagnosticProvider = DiagnosticOptions(identifier: "copydesk", interFileDependencies: false, workspaceDiagnostics: false)
        }
        offered.workspace = WorkspaceServerCapabilities(
            workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true)
        )
        return offered
    }
}
