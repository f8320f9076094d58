import CopydeskText

/// The quick fix that gives a draft a publication date: a `date:` line in its front matter.
///
/// What a newsroom expects differs by format. A Markdown draft without front matter gets a new front matter block
/// at the top (static-site and CMS pipelines read it there). A plain-text draft gets a `date:` only if it already
/// has front matter: wire copy in `.txt` is sent as is, so Copydesk does not add YAML to it; the finding asks for
/// a dated dateline or `--date` instead. The date offered is today's, named as such in the title, so the writer
/// sees what will be inserted; without today's date (a shell that does not supply it) there is no fix.
enum FrontMatterDateFix {
    static func fix(for analysis: DraftAnalysis) -> Fix? {
        guard let today = analysis.settings.today else { return nil }
        let value = today.iso
        if let frontMatter = analysis.structure.frontMatter {
            if let range = frontMatter.valueRanges["date"], frontMatter.date != nil {
                return Fix(
                    title: "Set the front matter date to \(value) (today)",
                    edits: [TextEdit(range: range, replacement: value)]
                )
            }
            let (closingLine, newline) = closingFenceLine(of: frontMatter.range, in: analysis.text)
            return Fix(
                title: "Add date: \(value) (today) to the front matter",
                edits: [TextEdit(range: closingLine..<closingLine, replacement: "date: \(value)\(newline)")]
            )
        }
        guard analysis.structure.format == .markdown else { return nil }
        let newline = analysis.text.firstIndex(of: 0x0A).map { $0 > 0 && analysis.text[$0 - 1] == 0x0D } == true ? "\r\n" : "\n"
        return Fix(
            title: "Add front matter with date: \(value) (today)",
            edits: [TextEdit(range: 0..<0, replacement: "---\(newline)date: \(value)\(newline)---\(newline)\(newline)")]
        )
    }

    /// The offset where the closing `---` line of the front matter in `range` starts, and the line ending in use.
    static func closingFenceLine(of range: Range<Int>, in text: [UInt8]) -> (Int, String) {
        var end = min(range.upperBound, text.count)
        var newline = "\n"
        // Step back over the closing line's own line break.
        if end > range.lowerBound, text[end - 1] == 0x0A {
            end -= 1
            if end > range.lowerBound, text[end - 1] == 0x0D {
                end -= 1
                newline = "\r\n"
            }
        }
        var start = end
        while start > range.lowerBound, text[start - 1] != 0x0A { start -= 1 }
        if start >= 2, text[start - 2] == 0x0D { newline = "\r\n" }
        return (start, newline)
    }
}
