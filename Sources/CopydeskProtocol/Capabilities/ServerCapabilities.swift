/// What the server offers, as announced in the `initialize` result. A nil member is not offered.
public struct ServerCapabilities: Codable, Hashable, Sendable {
    public var positionEncoding: PositionEncodingKind?
    public var textDocumentSync: TextDocumentSyncOptions?
    public var hoverProvider: Bool?
    public var definitionProvider: Bool?
    public var referencesProvider: Bool?
    public var documentSymbolProvider: Bool?
    public var codeActionProvider: CodeActionOptions?
    public var renameProvider: RenameProvider?
    public var inlayHintProvider: Bool?
    public var selectionRangeProvider: Bool?
    public var diagnosticProvider: DiagnosticOptions?
    public var workspace: WorkspaceServerCapabilities?

    public init() {}
}

/// How the server wants documents synchronised.
public struct TextDocumentSyncOptions: Codable, Hashable, Sendable {
    public var openClose: Bool
    /// 0 none, 1 full text, 2 incremental.
    public var change: Int
    public var save: SaveOptions?

    public init(openClose: Bool, change: Int, save: SaveOptions?) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }

    /// Incremental changes.
    public static let incremental = 2
}

/// Whether `didSave` should carry the saved text.
public struct SaveOptions: Codable, Hashable, Sendable {
    public var includeText: Bool

    public init(includeText: Bool) {
        self.includeText = includeText
    }
}

/// The code action kinds the server returns.
public struct CodeActionOptions: Codable, Hashable, Sendable {
    public var codeActionKinds: [CodeActionKind]
    public var resolveProvider: Bool

    public init(codeActionKinds: [CodeActionKind], resolveProvider: Bool) {
        self.codeActionKinds = codeActionKinds
        self.resolveProvider = resolveProvider
    }
}

/// Whether the server renames: a plain flag, or options for clients that support `prepareRename`.
public enum RenameProvider: Codable, Hashable, Sendable {
    case enabled(Bool)
    case options(RenameOptions)

    public init(from decoder: any Decoder) throws {
        if let flag = try? Bool(from: decoder) {
            self = .enabled(flag)
        } else {
            self = .options(try RenameOptions(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .enabled(let flag): try flag.encode(to: encoder)
        case .options(let options): try options.encode(to: encoder)
        }
    }
}

/// Whether the server answers `textDocument/prepareRename`.
public struct RenameOptions: Codable, Hashable, Sendable {
    public var prepareProvider: Bool

    public init(prepareProvider: Bool) {
        self.prepareProvider = prepareProvider
    }
}

/// How the server answers pulled diagnostics.
public struct DiagnosticOptions: Codable, Hashable, Sendable {
    public var identifier: String?
    /// Whether a change to one document can change another's diagnostics.
    public var interFileDependencies: Bool
    /// Whether the server answers `workspace/diagnostic`.
    public var workspaceDiagnostics: Bool

    public init(identifier: String?, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }
}

/// Workspace-level capabilities.
public struct WorkspaceServerCapabilities: Codable, Hashable, Sendable {
    public var workspaceFolders: WorkspaceFoldersServerCapabilities?

    public init(workspaceFolders: WorkspaceFoldersServerCapabilities?) {
        self.workspaceFolders = workspaceFolders
    }
}

/// Whether the server understands several workspace folders and wants to hear when they change.
public struct WorkspaceFoldersServerCapabilities: Codable, Hashable, Sendable {
    public var supported: Bool
    public var changeNotifications: Bool

    public init(supported: Bool, changeNotifications: Bool) {
        self.supported = supported
        self.changeNotifications = changeNotifications
    }
}
