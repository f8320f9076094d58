import CopydeskText

/// The dateline that opens a story body: `BEIJING, Sept. 3 (Reuters) —`, `KYIV, Ukraine (AP) —`, `WASHINGTON _`.
///
/// Ranges are UTF-8 byte offsets into the text the dateline was read from (paragraph-relative in paragraph facts).
public struct Dateline: Sendable, Hashable {
    /// The whole dateline, through its closing dash.
    public var range: Range<Int>
    /// The date's words, when the dateline has a date (`Sept. 3`).
    public var dateRange: Range<Int>?
    /// The date's month and day, when it has one.
    public var month: Int?
    public var day: Int?
    /// The date's year, when written (`BEIJING, Sept. 3, 2025 (Reuters) —`).
    public var year: Int?

    public init(range: Range<Int>, dateRange: Range<Int>? = nil, month: Int? = nil, day: Int? = nil, year: Int? = nil) {
        self.range = range
        self.dateRange = dateRange
        self.month = month
        self.day = day
        self.year = year
    }

    /// Reads a dateline at the start of `tokens`: a place in capitals, an optional region and date after commas, an
    /// optional agency in parentheses, and a dash (`—`, `–`, `-`, `--`, `_`).
    static func read(_ recognizer: TimeRecognizer) -> Dateline? {
        let tokens = recognizer.tokens
        let bytes = recognizer.bytes
        var index = 0
        // The place: words in capitals (`NEW YORK`, `ST. LOUIS`, `O'SMACH`).
        while index < tokens.count, index < 6 {
            let token = tokens[index]
            if token.kind == .word, TokenText.isAllCaps(TokenText.string(token, in: bytes)) {
                index += 1
            } else if index > 0, recognizer.isMark(index, ".") {
                index += 1
            } else {
                break
            }
        }
        guard index > 0 else { return nil }
        var dateline = Dateline(range: 0..<0)
        // `, Ukraine`, `, N.Y.`, `, Sept. 3`, `, Sept. 3, 2025`
        var regionWords = 0
        while index < tokens.count, recognizer.isMark(index, ",") {
            index += 1
            if dateline.month == nil, let match = recognizer.monthLed(at: index, limit: tokens.count) {
                switch match.reference {
                case .date(let date):
                    (dateline.month, dateline.day, dateline.year) = (date.month, date.day, date.year)
                case .monthDay(let month, let day):
                    (dateline.month, dateline.day) = (month, day)
                default:
                    return nil
                }
                dateline.dateRange = recognizer.byteRange(match.start..<match.end)
                index = match.end
                continue
            }
            while index < tokens.count, regionWords < 5 {
                let token = tokens[index]
                if token.kind == .word, TokenText.startsUppercase(TokenText.string(token, in: bytes)) {
                    index += 1
                    regionWords += 1
                } else if recognizer.isMark(index, ".") {
                    index += 1
                } else {
                    break
                }
            }
        }
        // `(AP)`, `(Reuters)`, `(UPI)`
        if index < tokens.count, recognizer.isMark(index, "(") {
            guard let close = (index + 1..<min(tokens.count, index + 6)).first(where: { recognizer.isMark($0, ")") }) else {
                return nil
            }
            index = close + 1
        }
        guard index < tokens.count, isDash(tokens[index], in: bytes) else { return nil }
        dateline.range = 0..<tokens[index].range.upperBound
        return dateline
    }

    private static func isDash(_ token: Token, in bytes: [UInt8]) -> Bool {
        switch TokenText.string(token, in: bytes) {
        case "—", "–", "―", "-", "--", "_": return true
        default: return false
        }
    }
}
