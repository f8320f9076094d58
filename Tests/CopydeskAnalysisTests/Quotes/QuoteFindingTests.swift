import CopydeskAnalysis
import Testing

/// Finding quotes: which marks quote, which are apostrophes, where quotes start and end, and what kind they are.
struct QuoteFindingTests {
    /// Each case: a short draft and its quotes as `QuoteSummary` lines.
    static let cases: [(String, [String])] = [
        // Curly and straight doubles.
        ("“We will rebuild,” the mayor said.", ["“We will rebuild,” | direct | the mayor | cue"]),
        ("\"We will rebuild,\" the mayor said.", ["\"We will rebuild,\" | direct | the mayor | cue"]),
        // Single quotes nested inside doubles belong to the outer quote.
        (
            "“Nobody here would call it ‘confrontational,’” Ortiz said.",
            ["“Nobody here would call it ‘confrontational,’” | direct | Ortiz | cue"]
        ),
        // British style: single marks at the top level.
        ("'I am quite clear about it,' said Mr Dunmore.", ["'I am quite clear about it,' | direct | Mr Dunmore | cue"]),
        // British style: single marks, the period outside.
        ("Groups said the apology was 'long overdue'.", ["'long overdue' | partial | Groups | cue"]),
        // Apostrophes are not quote marks.
        ("The Joneses’ house was built in the ’90s for rock ’n’ roll fans who don’t care.", []),
        ("The students' union said it would appeal.", []),
        (
            "Officials at the Joneses’ firm said the ‘clean-up’ was done.",
            ["‘clean-up’ | partial | Officials at the Joneses’ firm | cue"]
        ),
        ("The Joneses’ firm finished the ‘clean-up’ in June.", ["‘clean-up’ | partial | The Joneses’ firm | subject"]),
        // Interrupted by attribution: one quote, two parts, one speaker.
        (
            "“We’ll see,” Ortiz added, “how the vote goes.”",
            ["“We’ll see,” … “how the vote goes.” | direct | Ortiz | cue"]
        ),
        // Pasted copy that lost a paragraph break inside a quote reopens it mid-line: one quote, not unbalanced.
        (
            "Ms Hale said: \"We have doubled it. \"We will go further next year.\"",
            ["\"We have doubled it. … \"We will go further next year.\" | direct | Ms Hale | cue"]
        ),
        // A second sentence of quote after the cue is its own quote, in the same voice.
        (
            "“We’ll see,” Ortiz added. “If not, we will try again.”",
            ["“We’ll see,” | direct | Ortiz | cue", "“If not, we will try again.” | direct | Ortiz | earlierQuote"]
        ),
        // Partial quotes woven into paraphrase are speech.
        (
            "Ortiz said the plan lacked what she called the “legitimacy” of a public vote.",
            ["“legitimacy” | partial | Ortiz | cue"]
        ),
        // Scare quotes, so-called, names that modify a noun, titles and words as words are not speech.
        ("The council joined a so-called “coalition of the willing” last year.", ["“coalition of the willing” | nonSpeech | -"]),
        ("Voters rejected his “America First” foreign policy.", ["“America First” | nonSpeech | -"]),
        ("She appeared on “Harbor Morning Live,” a local show, on Tuesday.", ["“Harbor Morning Live,” | nonSpeech | -"]),
        ("Readers kept misspelling the word “accommodate” in letters.", ["“accommodate” | nonSpeech | -"]),
        ("The bridge was a “temporary” fix that lasted forty years.", ["“temporary” | nonSpeech | -"]),
        ("The group called “Friends of the Ferry” met on Monday.", ["“Friends of the Ferry” | nonSpeech | -"]),
        // Words quoted inside someone's reported speech are theirs, though not speech on their own; words quoted as
        // words are nobody's.
        ("Ortiz said that the board’s “quick sale” was a “reckless” attempt to dodge voters.", ["“quick sale” | partial | Ortiz | cue", "“reckless” | nonSpeech | Ortiz | subject"]),
        ("Ortiz said the words “ferry tax” hurt the plan.", ["“ferry tax” | nonSpeech | -"]),
        // Two apostrophes as one double mark, an old wire style.
        ("Mr. Reyes told me, ''We're a ferry company; we carry people.''", ["''We're a ferry company; we carry people.'' | direct | Mr. Reyes | cue"]),
        // A paragraph that is only a short quote in title case is a subheading.
        ("The council met.\n\n'Harbor Lights Go Out.'\n\nThe vote came later.", ["'Harbor Lights Go Out.' | nonSpeech | -"]),
        // A title in apposition to the work it names.
        ("Ana Ruiz's commentary, “Tell the ferry story,” is thoughtful.", ["“Tell the ferry story,” | nonSpeech | -"]),
        // A quote that is only digits or symbols is not speech.
        ("The code “4471” opened the gate.", ["“4471” | nonSpeech | -"]),
        // A nickname inside a name is part of the name.
        (
            "“We won,” Marcia “Cia” Price shouted to the crowd.",
            ["“We won,” | direct | Marcia “Cia” Price | cue", "“Cia” | nonSpeech | -"]
        ),
        ("In a tradition he keeps, Rep. Robert C. \"Bobby\" Scott threw open his yard.", ["\"Bobby\" | nonSpeech | -"]),
    ]

    @Test(arguments: cases.indices)
    func findsQuotesAndTheirKinds(index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(QuoteSummary.lines(text) == expected)
    }

    @Test func quotesRunOnOverParagraphBreaksWhenTheNextParagraphReopens() {
        let text = """
            “The first thing we did was close the lanes,” the engineer said. “Then we looked at the cables.

            “What we found was worse than we expected.”

            The council met on Tuesday.
            """
        #expect(QuoteSummary.lines(text) == [
            "“The first thing we did was close the lanes,” | direct | the engineer | cue",
            "“Then we looked at the cables. … “What we found was worse than we expected.” | direct | the engineer | earlierQuote",
        ])
    }

    @Test func anUnclosedQuoteRunsToTheEndOfItsParagraph() {
        let analysis = AnalysisHost().analyze("“We will rebuild the bridge, the mayor said.\n\nThe council agreed.", format: .plainText)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.isClosed == false)
        #expect(analysis.quotes.first.map { analysis.text($0.range) } == "“We will rebuild the bridge, the mayor said.")
    }

    /// Marks alone, empty quotes, deep nesting, stray closers, invalid UTF-8 and long runs of marks are read
    /// without a crash, and every range stays inside the draft.
    @Test(arguments: [
        "\"", "“", "”", "'", "’", "“”", "\"\"", "''", "“ ”", "\"\"\"\"\"", "”We won,“ she said.", "“‘’”", "‘",
        String(repeating: "“", count: 200) + "deep" + String(repeating: "”", count: 200),
        String(repeating: "“a ", count: 2_000) + "said.",
        String(repeating: "the Joneses’ ‘house ", count: 2_000),
        String(repeating: "“We won,” she said. ", count: 1_000) + "\n\n" + String(repeating: "“", count: 300),
    ])
    func oddInputIsReadSafely(text: String) {
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        for quote in analysis.quotes {
            #expect(quote.range.lowerBound >= 0 && quote.range.upperBound <= analysis.text.count)
            #expect(quote.parts.allSatisfy { quote.range.lowerBound <= $0.lowerBound && $0.upperBound <= quote.range.upperBound })
            if let speaker = quote.speaker { #expect(speaker.range.upperBound <= analysis.text.count) }
        }
    }

    @Test func invalidUTF8IsReadSafely() {
        let bytes: [UInt8] = [0xE2, 0x80, 0x9C, 0xFF, 0xFE, 0x20, 0x61, 0xE2, 0x80, 0x9D, 0x20, 0xE2, 0x80]
        let analysis = AnalysisHost().analyze(bytes, format: .plainText, settings: AnalysisSettings())
        #expect(analysis.quotes.allSatisfy { $0.range.upperBound <= bytes.count })
    }

    @Test func quoteRangesAreOffsetsIntoTheDraft() {
        let text = "# Vote\n\nThe mayor said: “It passed.”"
        let analysis = AnalysisHost().analyze(text, format: .markdown)
        guard let quote = analysis.quotes.first, let speaker = quote.speaker, let cue = quote.cue else {
            Issue.record("no credited quote")
            return
        }
        #expect(analysis.text(quote.range) == "“It passed.”")
        #expect(analysis.text(speaker.range) == "The mayor")
        #expect(analysis.text(cue) == "said")
        #expect(speaker.form == .description)
    }
}
