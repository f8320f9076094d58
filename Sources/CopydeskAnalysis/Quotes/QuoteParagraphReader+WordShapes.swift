/// Questions about a word's shape that decide how it reads: endings, possessives and apostrophe marks.
extension QuoteParagraphReader {
    /// Whether a word of more than four letters ends in -ing.
    func endsInING(_ index: Int) -> Bool {
        let range = tokens[index].range
        return range.count > 4 && bytes[range.upperBound - 3] == UInt8(ascii: "i") && bytes[range.upperBound - 2] == UInt8(ascii: "n")
            && bytes[range.upperBound - 1] == UInt8(ascii: "g")
    }

    /// Whether a word of more than three letters ends in -ed.
    func endsInED(_ index: Int) -> Bool {
        let range = tokens[index].range
        return range.count > 3 && bytes[range.upperBound - 2] == UInt8(ascii: "e") && bytes[range.upperBound - 1] == UInt8(ascii: "d")
    }

    /// Whether token `index` is an apostrophe mark of a plural possessive in the narration (`the Joneses’ firm`).
    func isPossessiveMark(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .quoteMark, isNarration(index), isWord(index - 1),
            tokens[index - 1].range.upperBound == tokens[index].range.lowerBound, isWord(index + 1)
        else { return false }
        return bytes[tokens[index - 1].range.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }

    /// Whether a word ends in a possessive: `Trump’s`, `Trump's`, `the Joneses’`.
    func isPossessive(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let range = tokens[index].range
        if range.count >= 2, bytes[range.upperBound - 2] == UInt8(ascii: "'"), bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "s") {
            return true
        }
        return range.count >= 4 && bytes[range.upperBound - 4] == 0xE2 && bytes[range.upperBound - 3] == 0x80
            && bytes[range.upperBound - 2] == 0x99 && bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "s")
    }
}
