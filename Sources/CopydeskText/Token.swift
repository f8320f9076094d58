/// One token of prose: a word, number, punctuation mark, quote mark or symbol.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters with internal apostrophes, hyphens and initialism periods: `don’t`, `Jean-Luc`, `U.S.`, `’90s`.
        case word
        /// Digits with internal separators and suffixes: `1,000`, `8.8`, `3:30`, `1990s`, `2nd`, `4-38`.
        case number
        /// Sentence and clause punctuation: `.`, `,`, `;`, `:`, `!`, `?`, `…` (and `...`), dashes, brackets.
        case punctuation
        /// A mark that may open or close a quotation: `"`, `“`, `”`, `‘`, `’`, `'`, `«`, `»`, `„`.
        case quoteMark
        /// Anything else that is not space: `$`, `£`, `%`, `&`, `@`, `#`, emoji.
        case symbol
    }

    /// The token's UTF-8 byte range in the buffer it was read from.
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(truncatingIfNeeded: newValue.lowerBound)
            end = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }
    /// What the token is.
    public var kind: Kind
    /// The range's bounds, stored in 32 bits: a token takes 12 bytes instead of 24, and a long draft holds hundreds
    /// of thousands of them. Paragraphs are read from drafts far smaller than 4 GB.
    private var start: UInt32
    private var end: UInt32

    public init(range: Range<Int>, kind: Kind) {
        self.start = UInt32(truncatingIfNeeded: range.lowerBound)
        self.end = UInt32(truncatingIfNeeded: range.upperBound)
        self.kind = kind
    }
}
