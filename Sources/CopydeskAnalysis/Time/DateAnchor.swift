/// The publication date a draft's relative times are resolved against, and where it came from.
public struct DateAnchor: Sendable, Hashable {
    /// Where the anchor came from, strongest first.
    public enum Source: String, Sendable, Hashable {
        /// `--date` on the command line or the editor's `publicationDate` setting.
        case override
        /// The front matter's `date:`.
        case frontMatter
        /// A dateline at the top of the body ("BEIJING, Sept. 3 (Reuters) —").
        case dateline
        /// `publicationDate` in `.copydesk.json`.
        case configuration
        /// Today, because the user opted in.
        case today
    }

    public var date: CivilDate
    public var source: Source
    /// The UTF-8 byte range of the text that set the anchor (the front matter value, the dateline), if any.
    public var range: Range<Int>?

    public init(date: CivilDate, source: Source, range: Range<Int>? = nil) {
        self.date = date
        self.source = source
        self.range = range
    }
}
