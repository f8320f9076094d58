/// Finds the draft's date anchor and resolves its time expressions against it.
///
/// Recognition happened per paragraph (`TimeParagraphFacts`, cached by content); this pass only picks the anchor
/// and turns each cached mention into a `TimeExpression` with draft offsets and a TIMEX3 value, so it stays cheap
/// on every keystroke.
enum TimePass {
    static func run(_ analysis: inout DraftAnalysis) {
        let selection = AnchorSelection.select(in: analysis)
        analysis.anchor = selection.anchor
        analysis.times = expressions(in: analysis, selection: selection)
    }

    /// Every mention of every paragraph, resolved against the selected anchor.
    static func expressions(in analysis: DraftAnalysis, selection: AnchorSelection) -> [TimeExpression] {
        let resolver = TimeResolver(anchor: selection.anchor?.date, weekStartsOnSunday: analysis.settings.weekStartsOnSunday)
        let hasDatelineDay = selection.datelineWithoutYear != nil
        var times: [TimeExpression] = []
        times.reserveCapacity(analysis.paragraphs.count)
        for paragraph in analysis.paragraphs {
            for local in paragraph.facts.timeFacts.mentions {
                let mention = local.shifted(by: paragraph.start)
                let isRelative = mention.reference.isRelative
                let resolution = resolver.resolve(mention)
                let isAnchored = isRelative && resolution != nil
                let isPlaceable = !isRelative || isAnchored || (hasDatelineDay && mention.reference.isPlaceableWithoutYear)
                times.append(
                    TimeExpression(
                        range: mention.range, value: resolution?.value, isRelative: isRelative, isAnchored: isAnchored,
                        mention: mention, date: resolution?.date, isPlaceable: isPlaceable, paragraph: paragraph.index
                    )
                )
            }
        }
        applyPeriodContext(&times)
        AnaphoricTimes.resolve(&times)
        return times
    }

    /// Resolves "a year earlier", "the year-ago quarter" and "the 1988 period" against the reporting period around
    /// them.
    ///
    /// In a results story, "profit rose to $5 million from $3 million a year earlier" compares the quarter just
    /// named with the same quarter a year before; the nearest quarter named before it in its paragraph, or else
    /// later in it, gives that period; in a paragraph that names none, the quarter the story named first does, as
    /// long as a quarter was named in the last few paragraphs.
    static func applyPeriodContext(_ times: inout [TimeExpression]) {
        var lastQuarter: (paragraph: Int, year: Int, quarter: Int)?
        var storyQuarter: (year: Int, quarter: Int)?
        for index in times.indices {
            let time = times[index]
            if let quarter = quarterValue(time) {
                lastQuarter = (time.paragraph, quarter.year, quarter.quarter)
                if storyQuarter == nil { storyQuarter = quarter }
                continue
            }
            let isYearPeriod: Bool
            switch time.reference {
            case .yearEarlier where time.value != nil: isYearPeriod = false
            case .periodOfYear: isYearPeriod = true
            default: continue
            }
            var context = lastQuarter.flatMap { time.paragraph == $0.paragraph ? ($0.year, $0.quarter) : nil }
            if context == nil {
                context = times[(index + 1)...].prefix { $0.paragraph == time.paragraph }.lazy.compactMap(quarterValue).first
            }
            // A results story keeps comparing the quarter its lede named for a few paragraphs after the last one
            // that names a quarter: "A year earlier, net income was $2.1 million."
            if context == nil, let last = lastQuarter, time.paragraph - last.paragraph <= storyContextParagraphs {
                context = storyQuarter
            }
            guard let (year, quarter) = context else { continue }
            if case .periodOfYear(let named) = time.reference, isYearPeriod {
                // "the 1988 period": the story's quarter in the year named.
                times[index].value = "\(TimeResolver.pad(named, 4))-Q\(quarter)"
            } else {
                times[index].value = "\(TimeResolver.pad(year - 1, 4))-Q\(quarter)"
            }
        }
    }

    /// How many paragraphs after the last one naming a quarter a results story's quarter still gives "a year
    /// earlier" its period.
    static let storyContextParagraphs = 3

    /// The year and quarter of an expression that names a reporting quarter (`the third quarter`, `the quarter`).
    private static func quarterValue(_ time: TimeExpression) -> (year: Int, quarter: Int)? {
        switch time.reference {
        case .yearPart(.quarter, _, _), .latestQuarter, .unitOffset(.quarter, _):
            guard let value = time.value, value.utf8.count == 7, let year = Int(value.prefix(4)),
                let quarter = Int(value.suffix(1))
            else { return nil }
            return (year, quarter)
        default:
            return nil
        }
    }
}
