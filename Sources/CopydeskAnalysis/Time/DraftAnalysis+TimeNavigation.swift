/// What time expressions contribute to hover and inlay hints.
extension DraftAnalysis {
    /// The hover for a time expression under UTF-8 byte `offset`: what it resolves to and the anchor it was
    /// resolved against, or why it cannot be placed.
    func timeHover(at offset: Int) -> HoverInfo? {
        guard let time = times.first(where: { $0.range.contains(offset) || $0.range.upperBound == offset }) else { return nil }
        let words = text(time.range)
        var lines: [String] = []
        if let value = time.value {
            // An absolute date says itself; a relative one, or one counted from another, gets what it resolves to.
            let said = time.isRelative || time.antecedent != nil ? APDateStyle.describe(value) : nil
            var headline = said.map { "**\(words)** → **\($0)**" } ?? "**\(words)**"
            headline += " (`\(value)`)"
            if let date = time.date, time.mention.clock == nil { headline += ", a \(APDateStyle.weekday(date.isoWeekday))" }
            lines.append(headline)
        } else if case .point = time.reference {
            lines.append("**\(words)** is a vague time.")
        } else if case .anaphoric = time.reference {
            lines.append("**\(words)** counts from a time the draft has not named before it.")
        } else {
            lines.append("**\(words)** cannot be placed.")
        }
        if let antecedent = time.antecedent {
            lines.append("Counted from “\(text(antecedent))”, the time named before it.")
        }
        if time.isRelative {
            lines.append(anchorExplanation(for: time))
        }
        return HoverInfo(range: time.range, markdown: lines.joined(separator: "\n\n"))
    }

    /// Hints after relative expressions with the date they resolve to: `Wednesday ⟨Sept. 3, 2025⟩`, and after
    /// ones counted from a time named before them: `the following year ⟨1996⟩`.
    func timeInlayHints() -> [InlayHintInfo] {
        let tooltip = anchor.map { "Resolved against \(APDateStyle.fullDate($0.date)), \($0.source.label)." }
        return times.compactMap { time in
            guard time.isAnchored || time.antecedent != nil, let value = time.value, let said = APDateStyle.describe(value) else {
                return nil
            }
            // The dateline's own date is the anchor: a hint there would only repeat it.
            if let source = anchor?.range, source.contains(time.range.lowerBound) { return nil }
            let counted = time.antecedent.map { "Counted from “\(text($0))”." }
            let hintTooltip = [counted, time.isAnchored ? tooltip : nil].compactMap { $0 }.joined(separator: " ")
            return InlayHintInfo(offset: time.range.upperBound, label: "⟨\(said)⟩", tooltip: hintTooltip)
        }
    }

    /// Where the anchor came from, or what is missing, for a relative expression's hover.
    private func anchorExplanation(for time: TimeExpression) -> String {
        guard let anchor, time.isAnchored else {
            if time.isPlaceable {
                return "The dateline gives the day it counts from, but no year: add `date:` to the front matter for a full date."
            }
            return "The draft has no publication date to count from: add `date:` to the front matter, a dated dateline "
                + "(“BEIJING, Sept. 3 (Reuters) —”), `publicationDate` in .copydesk.json, or pass `--date`."
        }
        var sentence = "Resolved against **\(APDateStyle.fullDate(anchor.date))**, \(anchor.source.label)"
        if let range = anchor.range, anchor.source == .dateline || anchor.source == .frontMatter {
            sentence += " (“\(text(range))”)"
        }
        if let yearSource = anchor.yearSource { sentence += ", with the year from \(yearSource.label)" }
        sentence += "."
        switch (time.reference, time.mention.tense) {
        case (.weekday(_, nil, 0), .future), (.weekday(_, nil, 0), .progressive):
            sentence += " The clause looks ahead, so it is the next one on or after that day."
        case (.weekday(_, nil, 0), .past):
            sentence += " The clause reports the past, so it is the latest one on or before that day."
        case (.weekday(_, nil, 0), _):
            sentence += " Nothing in the clause looks ahead, so it is the latest one on or before that day."
        default:
            break
        }
        return sentence
    }
}
