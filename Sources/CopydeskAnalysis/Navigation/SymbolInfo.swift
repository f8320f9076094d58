/// An entry of the draft's outline: a person, organization, place, speaker or quote, possibly with children.
public struct SymbolInfo: Sendable, Hashable {
    /// What the entry stands for; the server maps these to LSP symbol kinds.
    public enum Kind: String, Sendable, Hashable {
        case person, organization, place, other, speaker, quote
    }

    public var name: String
    /// A short detail shown beside the name (a role, a mention count, a quote's first words).
    public var detail: String?
    public var kind: Kind
    /// The UTF-8 byte range of the whole entry (for a person, their first mention).
    public var range: Range<Int>
    /// The UTF-8 byte range to select when the entry is chosen; must lie within `range`.
    public var selectionRange: Range<Int>
    public var children: [SymbolInfo]

    public init(
        name: String, detail: String? = nil, kind: Kind, range: Range<Int>, selectionRange: Range<Int>? = nil,
        children: [SymbolInfo] = []
    ) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange ?? range
        self.children = children
    }
}
