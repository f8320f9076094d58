/// A quotation in a draft, with the words that credit it and the speaker they resolve to.
public struct Quote: Sendable, Hashable {
    /// What sort of quoted words these are; only `direct` and `partial` quotes are speech that needs a speaker.
    public enum Kind: String, Sendable, Hashable {
        /// A full quotation of someone's words.
        case direct
        /// A fragment of speech woven into paraphrase (what he called the “legitimacy” of …).
        case partial
        /// Quoted words that are not speech: scare quotes, titles, slogans, words as words.
        case nonSpeech
    }

    /// The quote's UTF-8 byte range, including its quote marks.
    public var range: Range<Int>
    /// The quote's parts when attribution interrupts it or it runs over several paragraphs, each including its
    /// marks; one part otherwise.
    public var parts: [Range<Int>]
    public var kind: Kind
    /// The words that credit the quote (`he` in `“…,” he said`), if any.
    public var speaker: QuoteSpeaker?
    /// The speech cue (`said`, `told reporters`, `according to`), if any.
    public var cue: Range<Int>?
    /// Whether the quote's last opening mark is closed; an unclosed quote runs to the end of its paragraph.
    public var isClosed: Bool

    public init(
        range: Range<Int>, parts: [Range<Int>]? = nil, kind: Kind, speaker: QuoteSpeaker? = nil, cue: Range<Int>? = nil,
        isClosed: Bool = true
    ) {
        self.range = range
        self.parts = parts ?? [range]
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.isClosed = isClosed
    }

    /// Whether the quote is speech, which needs a speaker.
    public var isSpeech: Bool { kind != .nonSpeech }
}
