/// A short label the editor shows inside the text, such as whom a pronoun speaker means or what a weekday resolves to.
public struct InlayHintInfo: Sendable, Hashable {
    /// The UTF-8 byte offset the label is drawn at.
    public var offset: Int
    /// The label text (`⟨Sept. 3, 2025⟩`, `= Vladimir Putin`).
    public var label: String
    /// A longer explanation shown when the writer hovers over the label, if any.
    public var tooltip: String?

    public init(offset: Int, label: String, tooltip: String? = nil) {
        self.offset = offset
        self.label = label
        self.tooltip = tooltip
    }
}
