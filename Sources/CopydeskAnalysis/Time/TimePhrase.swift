/// A multiword time expression in `TimeLexicon.phrases`: its words and what it means.
struct TimePhrase: Sendable {
    enum Meaning: Sendable {
        case point(TimeReference.Point, isFlagged: Bool)
        case dayOffset(Int)
        case holiday(Holiday)
        case unit(CalendarUnit, Int)
        case latestQuarter
    }

    /// The lowercase words, separated by single spaces, as UTF-8.
    let text: [UInt8]
    /// How many words the phrase has.
    let wordCount: Int
    /// The index of the first word that belongs to the expression.
    let start: Int
    let meaning: Meaning

    init(_ text: String, start: Int = 0, _ meaning: Meaning) {
        self.text = Array(text.utf8)
        self.wordCount = text.split(separator: " ").count
        self.start = start
        self.meaning = meaning
    }

    /// The phrase's first word.
    var firstWord: String {
        String(decoding: text.prefix { $0 != 0x20 }, as: UTF8.self)
    }
}
