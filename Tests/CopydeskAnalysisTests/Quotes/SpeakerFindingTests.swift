import CopydeskAnalysis
import Testing

/// Finding the words that credit a quote: the cue after, before or inside it, and quotes that go on in a voice.
struct SpeakerFindingTests {
    /// Each case: a short draft and its quotes as `QuoteSummary` lines.
    static let cases: [(String, [String])] = [
        // Cue after the quote: name, pronoun, title, description, organization, inverted.
        ("“The vote is close,” Ortiz said.", ["“The vote is close,” | direct | Ortiz | cue"]),
        ("“The vote is close,” she told reporters.", ["“The vote is close,” | direct | she | cue"]),
        ("“The vote is close,” said Mayor Lena Ortiz.", ["“The vote is close,” | direct | Mayor Lena Ortiz | cue"]),
        ("“The vote is close,” a senior council aide said.", ["“The vote is close,” | direct | a senior council aide | cue"]),
        (
            "“The bridge is safe,” the transport ministry said in a statement.",
            ["“The bridge is safe,” | direct | the transport ministry | cue"]
        ),
        ("“Is it safe?” a commuter in the crowd asked.", ["“Is it safe?” | direct | a commuter | cue"]),
        ("“The bridge is safe,” Ortiz later said.", ["“The bridge is safe,” | direct | Ortiz | cue"]),
        ("“The bridge is safe,” Sen. Ana Ruiz (D-Calif.) said.", ["“The bridge is safe,” | direct | Sen. Ana Ruiz | cue"]),
        // An appositive between speaker and verb.
        (
            "“We cut what we could,” Jane Doe, a spokeswoman for the ministry, said.",
            ["“We cut what we could,” | direct | Jane Doe | cue"]
        ),
        (
            "“We cut what we could,” Tom Reyes, 54, who runs the ferry, said on Monday.",
            ["“We cut what we could,” | direct | Tom Reyes | cue"]
        ),
        // A participle with its speaker named right before it gives the quote's words to that speaker, whoever's
        // account frames them.
        (
            "The spot ends with footage of Ortiz saying at the debate last week, “That makes me smart.”",
            ["“That makes me smart.” | direct | Ortiz | cue"]
        ),
        ("Reporters quoted Ortiz as saying, “The pier is safe.”", ["“The pier is safe.” | direct | Ortiz | cue"]),
        // A name after an article makes a verb-like word after it a noun: `a Reyes tweet`, `the IMF report`.
        ("Ortiz is describing as “reckless” a Reyes tweet attacking the board.", ["“reckless” | partial | Ortiz | cue"]),
        ("“The market is calm,” the IMF report stated.", ["“The market is calm,” | direct | the IMF report | cue"]),
        // A relative pronoun stands for the noun before it, past a time (`a letter … on Friday that says`).
        (
            "The board released a letter from its lawyer on Friday that says the pier is “structurally sound.”",
            ["“structurally sound.” | partial | a letter from its lawyer on Friday that | cue"]
        ),
        // An aside between dashes, itself after an appositive.
        (
            "Tom Reyes, who runs the ferry -- the last one on the bay, and the oldest -- told me, “We carry people.”",
            ["“We carry people.” | direct | Tom Reyes | cue"]
        ),
        ("Tom Reyes — the ferry’s owner — told me, “We carry people.”", ["“We carry people.” | direct | Tom Reyes | cue"]),
        // A cue that closes the sentence credits a quote however far back it opened.
        (
            "“Lasting damage” will be done to the harbor by the plans to dredge it for larger ships next year, engineers have warned.",
            ["“Lasting damage” | direct | engineers | cue"]
        ),
        // Cue before the quote.
        ("Ortiz said: “The vote is close.”", ["“The vote is close.” | direct | Ortiz | cue"]),
        ("As Ortiz put it, “The vote is close.”", ["“The vote is close.” | direct | Ortiz | cue"]),
        ("According to the harbor authority, “the cables are sound.”", ["“the cables are sound.” | partial | the harbor authority | cue"]),
        ("“The cables are sound,” according to the harbor authority.", ["“The cables are sound,” | direct | the harbor authority | cue"]),
        (
            "“We have not been able to cope with” changes in the market, said Ana Ruiz, the ferry company’s president.",
            ["“We have not been able to cope with” | direct | Ana Ruiz | cue"]
        ),
        ("Mayor Ortiz wrote on Truth Social: “The bridge stays open.”", ["“The bridge stays open.” | direct | Mayor Ortiz | cue"]),
        ("Ortiz was blunt: “The bridge stays open.”", ["“The bridge stays open.” | direct | Ortiz | leadIn"]),
        // The first cue of a sentence names the source of everything it reports.
        (
            "Ortiz said Reyes once described the plan as “a gift to developers.”",
            ["“a gift to developers.” | partial | Ortiz | cue"]
        ),
        // …unless a later cue leads straight into the quote.
        (
            "Ortiz said the plan was fair, and when pressed, the mother of three replied, “It is meant for parents.”",
            ["“It is meant for parents.” | direct | the mother of three | cue"]
        ),
        // A progressive or a participle shares the clause's subject.
        ("Ortiz is telling voters that the plan is “dead.”", ["“dead.” | partial | Ortiz | cue"]),
        (
            "“The plan is dead,” Ortiz said, adding that, in her view, “nobody wants it.”",
            ["“The plan is dead,” | direct | Ortiz | cue", "“nobody wants it.” | partial | Ortiz | cue"]
        ),
        // A fragment woven in without a speech verb belongs to the sentence's subject.
        ("Ortiz openly admires the engineer as a “true craftsman.”", ["“true craftsman.” | partial | Ortiz | subject"]),
        // A signature after a dash.
        ("“The ferry saved my business.” ― Carla Mendes", ["“The ferry saved my business.” | direct | Carla Mendes | cue"]),
        // Nouns that look like speech verbs are not cues.
        (
            "Ortiz says the mayor’s late-night tweets were “unhinged.”",
            ["“unhinged.” | partial | Ortiz | cue"]
        ),
        // A second quote in the same paragraph continues the speaker; so does one after a paraphrase.
        (
            "Ortiz said the vote was close. “We counted twice.”",
            ["“We counted twice.” | direct | Ortiz | earlierSentence"]
        ),
        // A negated cue reports no speech: the quote goes on in the earlier speaker's voice.
        (
            "“We counted twice,” Ortiz said. Reyes did not say much. “It was close.”",
            ["“We counted twice,” | direct | Ortiz | cue", "“It was close.” | direct | Ortiz | earlierQuote"]
        ),
        // The object of a preposition is not the speaker; the sentence's subject is.
        ("Commuters waiting on the platform chanted “Fix the trains!”", ["“Fix the trains!” | direct | Commuters | cue"]),
        // A name right before a participle is its subject.
        ("The ad shows footage of Ortiz saying, “We will build it.”", ["“We will build it.” | direct | Ortiz | cue"]),
        // Time phrases and a year after a date do not hide the speaker.
        ("Ortiz on Wednesday said the plan was “dead.”", ["“dead.” | partial | Ortiz | cue"]),
        ("On July 6, 2024, Ortiz made the following remark:\n\n“The ferry stays.”", ["“The ferry stays.” | direct | Ortiz | leadIn"]),
        // A cue inside an introductory phrase belongs to it, not to the sentence.
        (
            "In a message posted Friday, Ortiz said she had “serious doubts” about the plan.",
            ["“serious doubts” | partial | Ortiz | cue"]
        ),
        ("While he acknowledged the cost, Reyes also noted several “intangibles” in its favor.", ["“intangibles” | partial | Reyes | cue"]),
        // `according to` at the end of a sentence names its source.
        (
            "The mayor was greeted with chants of “Ferry!” at the rally, according to the union’s president.",
            ["“Ferry!” | partial | the union’s president | cue"]
        ),
        // The sentence's first cue names the source of a fragment it reports.
        ("Ortiz condemned what she called a “brazen” breach of the deal.", ["“brazen” | partial | Ortiz | cue"]),
        // A capitalised word after a preposition is an adjective, not a subject: `claims` is a noun here.
        (
            "The fact-checker rated 32% of Republican claims as “false” last year.",
            ["“false” | partial | The fact-checker | subject"]
        ),
    ]

    @Test(arguments: cases.indices)
    func findsTheSpeaker(index: Int) {
        let (text, expected) = Self.cases[index]
        #expect(QuoteSummary.lines(text) == expected)
    }

    @Test func aColonLeadInParagraphCreditsTheQuoteAfterIt() {
        let text = "Ortiz went on:\n\n“We counted twice, and then we counted again.”"
        #expect(QuoteSummary.lines(text) == ["“We counted twice, and then we counted again.” | direct | Ortiz | leadIn"])
    }

    @Test func aQuoteOnlyParagraphAfterAParaphraseIsUncredited() {
        let text = "Ortiz said the vote was close.\n\n“We counted twice.”"
        #expect(QuoteSummary.lines(text) == ["“We counted twice.” | direct | -"])
    }

    @Test func theNextParagraphOfAQuoteKeepsItsSpeaker() {
        let text = "“We counted twice,” Ortiz said. “Then we counted again.\n\n“It was close both times.”"
        #expect(QuoteSummary.lines(text) == [
            "“We counted twice,” | direct | Ortiz | cue",
            "“Then we counted again. … “It was close both times.” | direct | Ortiz | earlierQuote",
        ])
    }

    @Test func configuredSpeechVerbsCredit() {
        let layer = SettingsLayer(source: .editor, values: ["speechVerbs": ["harrumph"]])
        let settings = AnalysisSettings(layers: [layer])
        #expect(QuoteSummary.lines("“Nonsense,” Ortiz harrumphed.", settings: settings) == ["“Nonsense,” | direct | Ortiz | cue"])
        #expect(QuoteSummary.lines("“Nonsense,” Ortiz harrumphed.") == ["“Nonsense,” | direct | -"])
    }

    @Test func aPronounSpeakerPointsToTheNamedSpeakerBeforeIt() {
        let text = "Mayor Lena Ortiz said the vote was close.\n\n“We counted twice,” she said."
        let analysis = AnalysisHost().analyze(text, format: .plainText)
        guard let speaker = analysis.quotes.first?.speaker, let antecedent = speaker.antecedent else {
            Issue.record("no pronoun speaker with an antecedent")
            return
        }
        #expect(speaker.form == .pronoun)
        #expect(analysis.text(antecedent) == "Mayor Lena Ortiz")
    }
}
