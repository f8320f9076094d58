import CopydeskText

/// One problem a rule found in a draft: a plain value the server and the CLI render in their own terms.
public struct Finding: Sendable, Hashable {
    /// The kebab-case id of the rule that found it (`unattributed-quote`).
    public var rule: String
    /// How much it matters, after configuration.
    public var severity: Severity
    /// One sentence for the writer, saying what is wrong and how to fix it.
    public var message: String
    /// The UTF-8 byte range of the draft the finding is about (end exclusive).
    public var range: Range<Int>
    /// Other places in the draft that explain the finding (where a name is introduced, say).
    public var related: [RelatedLocation]
    /// Edits that would resolve the finding, best first.
    public var fixes: [Fix]

    public init(
        rule: String, severity: Severity, message: String, range: Range<Int>, related: [RelatedLocation] = [], fixes: [Fix] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
        self.fixes = fixes
    }
}

/// A place in the draft that a finding points to, with a note saying why.
public struct RelatedLocation: Sendable, Hashable {
    /// The UTF-8 byte range of the draft.
    public var range: Range<Int>
    /// What this place has to do with the finding.
    public var message: String

    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}

/// A set of edits to the draft that resolves a finding, with a title for the quick-fix menu.
public struct Fix: Sendable, Hashable {
    /// The menu title ("Attribute to Vladimir Putin").
    public var title: String
    /// The edits, as UTF-8 byte ranges of the draft as analysed; they must not overlap.
    public var edits: [TextEdit]
    /// Whether this is the fix an editor may apply without asking.
    public var isPreferred: Bool

    public init(title: String, edits: [TextEdit], isPreferred: Bool = false) {
        self.title = title
        self.edits = edits
        self.isPreferred = isPreferred
    }
}
