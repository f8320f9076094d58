/// `textDocument/codeAction`: fixes and other actions for a range, given the diagnostics the client shows there.
public struct CodeActionRequest: RequestType, Hashable {
    public static let method = "textDocument/codeAction"
    public typealias Response = [CodeAction]?

    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: CodeActionContext

    public init(textDocument: TextDocumentIdentifier, range: LSPRange, context: CodeActionContext) {
        self.textDocument = textDocument
        self.range = range
        self.context = context
    }
}

/// The diagnostics at the range and the kinds of action the client wants.
public struct CodeActionContext: Codable, Hashable, Sendable {
    public var diagnostics: [Diagnostic]
    /// Only these kinds, when given.
    public var only: [CodeActionKind]?

    public init(diagnostics: [Diagnostic], only: [CodeActionKind]? = nil) {
        self.diagnostics = diagnostics
        self.only = only
    }
}

/// An action: a title and the edit it makes.
public struct CodeAction: ResponseType, Hashable {
    public var title: String
    public var kind: CodeActionKind?
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?

    public init(title: String, kind: CodeActionKind?, diagnostics: [Diagnostic]?, isPreferred: Bool?, edit: WorkspaceEdit?) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
    }
}

/// A code action kind: a dotted hierarchy (`quickfix`, `refactor.rewrite`); `quickfix` covers `quickfix.anything`.
public struct CodeActionKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let quickFix = CodeActionKind(rawValue: "quickfix")
    public static let refactorRewrite = CodeActionKind(rawValue: "refactor.rewrite")

    /// Whether an action of this kind is wanted by a client asking for `requested` (the same kind or a parent).
    public func isIncluded(in requested: CodeActionKind) -> Bool {
        rawValue == requested.rawValue || rawValue.hasPrefix(requested.rawValue + ".")
    }
}
