/// Masks the inline Markdown inside one block: code spans, images, link targets, autolinks, HTML tags,
/// emphasis markers, backslash escapes and bare URLs. Link text stays, as readers see it.
enum InlineMarkup {
    static func mask(_ range: Range<Int>, in prose: inout [UInt8]) {
        maskCodeSpans(range, in: &prose)
        maskLinksAndImages(range, in: &prose)
        maskAngleBrackets(range, in: &prose)
        ProseMask.blankBareURLs(in: range, of: &prose)
        maskEmphasisAndEscapes(range, in: &prose)
    }

    /// Masks `` `code` `` spans, matching backtick runs of equal length.
    private static func maskCodeSpans(_ range: Range<Int>, in prose: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard prose[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < range.upperBound, prose[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
            let length = runEnd - index
            var search = runEnd
            var closed: Int?
            while search < range.upperBound {
                if prose[search] == UInt8(ascii: "`") {
                    var closeEnd = search
                    while closeEnd < range.upperBound, prose[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
                    if closeEnd - search == length {
                        closed = closeEnd
                        break
                    }
                    search = closeEnd
                } else {
                    search += 1
                }
            }
            if let closed {
                ProseMask.blank(index..<closed, in: &prose)
                index = closed
            } else {
                index = runEnd
            }
        }
    }

    /// Masks `![alt](url)` whole, and the brackets and target of `[text](url)` and `[text][ref]`.
    private static func maskLinksAndImages(_ range: Range<Int>, in prose: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard prose[index] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            let isImage = index > range.lowerBound && prose[index - 1] == UInt8(ascii: "!")
            guard let close = matching(UInt8(ascii: "["), UInt8(ascii: "]"), from: index, in: prose, end: range.upperBound) else {
                index += 1
                continue
            }
            let afterClose = close + 1
            var targetEnd: Int?
            if afterClose < range.upperBound, prose[afterClose] == UInt8(ascii: "(") {
                targetEnd = matching(UInt8(ascii: "("), UInt8(ascii: ")"), from: afterClose, in: prose, end: range.upperBound)
                    .map { $0 + 1 }
            } else if afterClose < range.upperBound, prose[afterClose] == UInt8(ascii: "[") {
                targetEnd = matching(UInt8(ascii: "["), UInt8(ascii: "]"), from: afterClose, in: prose, end: range.upperBound)
                    .map { $0 + 1 }
            }
            guard let targetEnd else {
                index = afterClose
                continue
            }
            if isImage {
                ProseMask.blank((index - 1)..<targetEnd, in: &prose)
            } else {
                ProseMask.blank(index..<(index + 1), in: &prose)
                ProseMask.blank(close..<targetEnd, in: &prose)
            }
            index = targetEnd
        }
    }

    private static func matching(_ open: UInt8, _ close: UInt8, from start: Int, in prose: [UInt8], end: Int) -> Int? {
        var depth = 0
        var index = start
        while index < end {
            let byte = prose[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == open { depth += 1 }
            if byte == close {
                depth -= 1
                if depth == 0 { return index }
            }
            if byte == 0x0A, index + 1 < end, prose[index + 1] == 0x0A { return nil }
            index += 1
        }
        return nil
    }

    /// Masks autolinks (`<https://…>`) and inline HTML tags (`<span class="x">`, `</em>`, `<br/>`).
    private static func maskAngleBrackets(_ range: Range<Int>, in prose: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard prose[index] == UInt8(ascii: "<"), index + 1 < range.upperBound else {
                index += 1
                continue
            }
            let next = prose[index + 1]
            let looksLikeTag = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == UInt8(ascii: "/")
            guard looksLikeTag else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, prose[end] != UInt8(ascii: ">"), prose[end] != UInt8(ascii: "<"), prose[end] != 0x0A {
                end += 1
            }
            if end < range.upperBound, prose[end] == UInt8(ascii: ">") {
                ProseMask.blank(index..<(end + 1), in: &prose)
                index = end + 1
            } else {
                index += 1
            }
        }
    }

    /// Masks `*`, `**`, `~~` and word-boundary `_` emphasis markers, and the backslash of escapes.
    private static func maskEmphasisAndEscapes(_ range: Range<Int>, in prose: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = prose[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < range.upperBound, isASCIIPunctuation(prose[index + 1]) {
                    prose[index] = 0x20
                    index += 2
                    continue
                }
            case UInt8(ascii: "*"):
                prose[index] = 0x20
            case UInt8(ascii: "~"):
                if index + 1 < range.upperBound, prose[index + 1] == UInt8(ascii: "~") {
                    prose[index] = 0x20
                    prose[index + 1] = 0x20
                    index += 2
                    continue
                }
            case UInt8(ascii: "_"):
                let before = index > range.lowerBound ? prose[index - 1] : 0x20
                let after = index + 1 < range.upperBound ? prose[index + 1] : 0x20
                if !isWordByte(before) || !isWordByte(after) { prose[index] = 0x20 }
            default:
                break
            }
            index += 1
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}
