import CopydeskJSON

/// What the client says it can do, read leniently.
///
/// The capabilities are a deep tree of optional flags that clients fill in very differently, so the tree is kept
/// as JSON and read through the accessors below: a flag that is missing or of the wrong type counts as "not
/// supported", and no shape of this object can make `initialize` fail.
public struct ClientCapabilities: Codable, Hashable, Sendable {
    /// The capabilities exactly as sent.
    public var json: JSONValue

    public init(_ json: JSONValue = .object([:])) {
        self.json = json
    }

    public init(from decoder: any Decoder) throws {
        json = try JSONValue(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The value at `path` of the capabilities, if every step exists.
    public func value(_ path: String...) -> JSONValue? {
        var current: JSONValue? = json
        for key in path { current = current?[key] }
        return current
    }

    /// Whether the flag at `path` is `true`.
    public func flag(_ path: String...) -> Bool {
        var current: JSONValue? = json
        for key in path { current = current?[key] }
        return current?.boolValue == true
    }

    /// The position encodings the client offers, in its order of preference; UTF-16 alone when it says nothing.
    public var positionEncodings: [PositionEncodingKind] {
        let offered = value("general", "positionEncodings")?.arrayValue?.compactMap(\.stringValue) ?? []
        return offered.isEmpty ? [.utf16] : offered.map(PositionEncodingKind.init(rawValue:))
    }

    /// Whether the client pulls diagnostics with `textDocument/diagnostic`.
    public var supportsPullDiagnostics: Bool {
        value("textDocument", "diagnostic")?.objectValue != nil
    }

    /// Whether hover text may be Markdown.
    public var supportsMarkdownHover: Bool {
        let formats = value("textDocument", "hover", "contentFormat")?.arrayValue?.compactMap(\.stringValue) ?? []
        return formats.contains(MarkupKind.markdown.rawValue)
    }

    /// Whether document symbols may be a hierarchy (`DocumentSymbol`) rather than a flat list.
    public var supportsHierarchicalSymbols: Bool {
        flag("textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport")
    }

    /// Whether code actions may be `CodeAction` literals rather than bare commands.
    public var supportsCodeActionLiterals: Bool {
        value("textDocument", "codeAction", "codeActionLiteralSupport")?.objectValue != nil
    }

    /// Whether workspace edits may use versioned `documentChanges`.
    public var supportsDocumentChanges: Bool {
        flag("workspace", "workspaceEdit", "documentChanges")
    }

    /// Whether the client answers `workspace/configuration`.
    public var supportsConfigurationPull: Bool {
        flag("workspace", "configuration")
    }

    /// Whether the client lets the server register file watchers at run time.
    public var supportsWatchedFilesRegistration: Bool {
        flag("workspace", "didChangeWatchedFiles", "dynamicRegistration")
    }

    /// Whether the client re-pulls every document's diagnostics on `workspace/diagnostic/refresh`.
    public var supportsDiagnosticRefresh: Bool {
        flag("workspace", "diagnostics", "refreshSupport")
    }

    /// Whether the client re-requests inlay hints on `workspace/inlayHint/refresh`.
    public var supportsInlayHintRefresh: Bool {
        flag("workspace", "inlayHint", "refreshSupport")
    }

    /// Whether the client sends `prepareRename` before `rename`.
    public var supportsPrepareRename: Bool {
        flag("textDocument", "rename", "prepareSupport")
    }
}
