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
    public var range: Range<Int>
    /// What the token is.
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
