/// A multiword time expression in `TimeLexicon.phrases`: its words and what it means.
struct TimePhrase: Sendable {
    enum Meaning: Sendable {
        case point(TimeReference.Point, isFlagged: Bool)
        case dayOffset(Int)
        case holiday(Holiday)
        case unit(CalendarUnit, Int)
        case latestQuarter
    }

    /// The lowercase words, in order.
    let words: [[UInt8]]
    /// The index of the first word that belongs to the expression.
    let start: Int
    let meaning: Meaning

    init(_ text: String, start: Int = 0, _ meaning: Meaning) {
        self.words = text.split(separator: " ").map { Array($0.utf8) }
        self.start = start
        self.meaning = meaning
    }
}
