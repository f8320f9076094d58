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

        /// How the hover names the source.
        public var label: String {
            switch self {
            case .override: return "the publication date set in the editor or with --date"
            case .frontMatter: return "the front matter's date"
            case .dateline: return "the dateline"
            case .configuration: return "publicationDate in .copydesk.json"
            case .today: return "today (useTodayAsPublicationDate)"
            }
        }
    }

    public var date: CivilDate
    public var source: Source
    /// The UTF-8 byte range of the text that set the anchor (the front matter value, the dateline), if any.
    public var range: Range<Int>?
    /// Where the year came from when the source gave only a month and day (a dateline like "BEIJING, Sept. 3").
    public var yearSource: Source?

    public init(date: CivilDate, source: Source, range: Range<Int>? = nil, yearSource: Source? = nil) {
        self.date = date
        self.source = source
        self.range = range
        self.yearSource = yearSource
    }
}
