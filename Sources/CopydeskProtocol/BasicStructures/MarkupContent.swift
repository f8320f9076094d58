/// Text for the user, as Markdown or plain text.
public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind: MarkupKind
    public var value: String

    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }
}

/// How `MarkupContent` is to be rendered.
public enum MarkupKind: String, Codable, Hashable, Sendable {
    case plaintext
    case markdown
}
