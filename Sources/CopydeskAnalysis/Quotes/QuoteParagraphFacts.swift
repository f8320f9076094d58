/// What one paragraph says about quotations, read from its text alone: its quotes with the speakers its own words
/// credit them to, its speech cues, a closing colon lead-in and faceless attributions.
///
/// Every range is a UTF-8 byte range relative to the paragraph's start. `QuotePass` links paragraphs (a quote that
/// runs on, a lead-in that introduces the next paragraph) and turns these into the draft's `Quote`s.
public struct QuoteParagraphFacts: Sendable {
    /// One quotation as the paragraph reads it.
    public struct ParagraphQuote: Sendable, Hashable {
        /// The quote's byte range, marks included; an unclosed quote runs to the paragraph's end.
        public var range: Range<Int>
        /// Its parts when attribution interrupts it, each with its marks.
        public var parts: [Range<Int>]
        public var kind: Quote.Kind
        /// The speaker the paragraph's own words credit, if any.
        public var speaker: Speaker?
        /// The speech cue, if any.
        public var cue: Range<Int>?
        /// Whether the last opening mark is closed within the paragraph.
        public var isClosed: Bool
        /// Whether the paragraph opens with this quote's opening mark.
        public var opensParagraph: Bool

        public init(
            range: Range<Int>, parts: [Range<Int>], kind: Quote.Kind, speaker: Speaker? = nil, cue: Range<Int>? = nil,
            isClosed: Bool, opensParagraph: Bool
        ) {
            self.range = range
            self.parts = parts
            self.kind = kind
            self.speaker = speaker
            self.cue = cue
            self.isClosed = isClosed
            self.opensParagraph = opensParagraph
        }
    }

    /// The words crediting a quote, as the paragraph reads them.
    public struct Speaker: Sendable, Hashable {
        public var range: Range<Int>
        public var form: QuoteSpeaker.Form
        public var credit: QuoteSpeaker.Credit
    }

    /// A speech cue in the paragraph's narration and the speaker it credits (`Smith said`, `according to Jones`).
    public struct Cue: Sendable, Hashable {
        public var cue: Range<Int>
        public var speaker: Range<Int>
        public var form: QuoteSpeaker.Form
    }

    /// The paragraph's top-level quotations, in order (quotes within quotes belong to them).
    public internal(set) var quotes: [ParagraphQuote] = []
    /// Every speech cue in the narration, in order, paraphrase included.
    public internal(set) var cues: [Cue] = []
    /// When the paragraph ends with a colon (`Caddell continued:`), the speaker it introduces.
    public internal(set) var leadIn: Speaker?
    /// Whether the paragraph reads as a headline or subhead: a few words with no closing punctuation
    /// (`'Few ready' for information act`). Its quotes are credited in the story, not in it.
    public internal(set) var readsAsHeadline = false
    /// Faceless attributions (`sources said`, `it is believed`), as the byte ranges of the attributing words; read
    /// only while `vague-attribution` is on.
    public internal(set) var vagueAttributions: [Range<Int>] = []

    public init() {}

    /// Reads the quotation facts of a paragraph whose tokens and sentences are already known.
    static func read(_ facts: ParagraphFacts, context: AnalysisContext) -> QuoteParagraphFacts {
        let reader = QuoteParagraphReader(facts, lexicon: SpeechCueLexicon.forSettings(context.settings))
        // Faceless sourcing is looked for only when its rule is on (the cache is per settings, so this is safe).
        return reader.read(findingVagueAttributions: context.settings.ruleSetting(for: NameYourSources.self).isEnabled)
    }
}
