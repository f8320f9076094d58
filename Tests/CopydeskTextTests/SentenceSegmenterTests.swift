import CopydeskText
import Testing

struct SentenceSegmenterTests {
    /// Each case is a paragraph with ` | ` where sentences break.
    static let cases: [String] = [
        "Mr. Smith went to Washington. | He met Dr. Jones there.",
        "The U.S. President spoke on Tuesday. | Lt. Col. Vindman listened.",
        "Donald J. Trump said so. | Rep. Adam Schiff disagreed.",
        "The deal is worth $8.8 billion, or 3.5 percent. | Analysts were surprised.",
        "Talks began on Sept. 3 in Geneva. | They ended on Jan. 9.",
        "He arrived at 9 a.m. and left at 5 p.m. on Friday. | Nobody noticed.",
        "The blast came at 10:35 a.m. (0735 GMT) Friday. | Rescuers arrived.",
        "Apple Inc. said profits rose. | The company did not comment.",
        "He said: “It is over.” | Then he left.",
        "“Why?” he asked. | Nobody answered.",
        "“We will see,” Putin added. | “If not, we will fight.”",
        "The team won… and then lost. | Fans were upset.",
        "Gov. Gavin Newsom of Calif. signed it. | Critics objected.",
        "Trade with the U.S. | The president disagreed.",
        "It rose 5 percent (to a record). | Then it fell.",
    ]

    @Test(arguments: cases)
    func splitsNewsCopyIntoSentences(marked: String) {
        let expected = marked.components(separatedBy: " | ")
        let text = expected.joined(separator: " ")
        let bytes = Array(text.utf8)
        let sentences = SentenceSegmenter.sentences(in: bytes, tokens: Tokenizer.tokens(in: bytes))
        let actual = sentences.map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(actual == expected)
    }
}

private extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
