import CopydeskText
import Testing

struct TokenizerTests {
    /// Each case: text and its tokens joined by `|`, with the kind of quote marks marked `Q:`.
    static let cases: [(String, String)] = [
        ("don’t stop", "don’t|stop"),
        ("Zelensky’s legitimacy", "Zelensky’s|legitimacy"),
        ("the ’90s and rock ’n’ roll", "the|’90s|and|rock|’n’|roll"),
        ("“Hello,” she said.", "Q:“|Hello|,|Q:”|she|said|."),
        ("the Joneses’ house", "the|Joneses|Q:’|house"),
        ("the U.S. and a.m. hours", "the|U.S.|and|a.m.|hours"),
        ("Mr. Smith", "Mr|.|Smith"),
        ("$8.8 billion, 1,000 people, 3:30", "$|8.8|billion|,|1,000|people|,|3:30"),
        ("Jean-Luc and al-Assad", "Jean-Luc|and|al-Assad"),
        ("an 80-year-old man", "an|80-year-old|man"),
        ("AT&T and S&P", "AT&T|and|S&P"),
        ("wait... what…", "wait|...|what|…"),
        ("北京 said 😀", "北京|said|😀"),
        ("'cleared' over work", "Q:'|cleared|Q:'|over|work"),
    ]

    @Test(arguments: cases.indices)
    func tokenizesNewsCopy(index: Int) {
        let (text, expected) = Self.cases[index]
        let bytes = Array(text.utf8)
        let actual = Tokenizer.tokens(in: bytes).map { token in
            (token.kind == .quoteMark ? "Q:" : "") + TokenText.string(token, in: bytes)
        }
        #expect(actual.joined(separator: "|") == expected)
    }

    /// A long draft holds hundreds of thousands of tokens: each stays at 12 bytes, and offsets survive the narrowing.
    @Test func tokensStayCompact() {
        #expect(MemoryLayout<Token>.stride == 12)
        var token = Token(range: 3_000_000..<3_000_010, kind: .word)
        #expect(token.range == 3_000_000..<3_000_010)
        token.range = 7..<9
        #expect(token.range == 7..<9 && token.kind == .word)
    }
}
