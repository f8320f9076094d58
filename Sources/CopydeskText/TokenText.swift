/// Reads the text of tokens and answers the questions about it that every stage asks.
public enum TokenText {
    /// The text of `token` in `bytes`.
    @inlinable
    public static func string(_ token: Token, in bytes: [UInt8]) -> String {
        String(decoding: bytes[token.range], as: UTF8.self)
    }

    /// Whether `text` starts with an uppercase letter.
    public static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether `text` starts with a lowercase letter.
    public static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// Whether every letter of `text` is uppercase and it has at least two letters (`NATO`, `U.S.`).
    public static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether a quote mark can close a quotation (straight marks can do both).
    public static func canClose(_ mark: String) -> Bool {
        ["\"", "'", "”", "’", "»", "‹", "›", "‟", "」", "』"].contains(mark)
    }

    /// Whether a quote mark can open a quotation (straight marks can do both).
    public static func canOpen(_ mark: String) -> Bool {
        ["\"", "'", "“", "‘", "«", "„", "‚", "‹", "‛", "‟", "「", "『"].contains(mark)
    }
}
