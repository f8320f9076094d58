/// A replacement of a range of UTF-8 bytes with new text.
public struct TextEdit: Sendable, Hashable {
    /// The bytes to replace, as UTF-8 byte offsets into the text before the edit (end exclusive).
    public var range: Range<Int>
    /// The text that takes their place.
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension Array where Element == UInt8 {
    /// Applies `edit` in place, clamping its range to the text and snapping both ends to character boundaries.
    ///
    /// - Returns: The byte range the replacement now occupies.
    @discardableResult
    public mutating func apply(_ edit: TextEdit) -> Range<Int> {
        let lower = UTF8Bytes.characterBoundary(in: self, atOrBefore: Swift.max(0, Swift.min(edit.range.lowerBound, count)))
        let upper = UTF8Bytes.characterBoundary(in: self, atOrBefore: Swift.max(lower, Swift.min(edit.range.upperBound, count)))
        let replacement = Array(edit.replacement.utf8)
        replaceSubrange(lower..<upper, with: replacement)
        return lower..<(lower + replacement.count)
    }
}
