import CopydeskText

/// Finds front matter Copydesk cannot read: lines that are not YAML it understands, and `copydesk:` settings with
/// unknown keys or wrong values.
///
/// A draft's own settings override the configuration file and the editor, so a typo there silently changes how the
/// draft is checked; this rule says so where the typo is. Copydesk still analyses the draft, ignoring what it could
/// not read. Fix: correct the key or value (`copydesk rules` lists rule ids).
struct WriteValidFrontMatter: Rule {
    static let id = "invalid-front-matter"
    static let defaultSeverity = Severity.error
    static let summary = "Front matter or per-draft `copydesk:` settings that Copydesk cannot read."
    static let explanation = """
        Settings in a draft's front matter override the configuration file and the editor, so a mistake there \
        changes how the draft is checked without anyone noticing. Copydesk reports each line it cannot read and each \
        unknown key or wrong value under `copydesk:`, and ignores them; correct them so the draft is checked as intended.
        """
    static let example = """
        Flagged:  copydesk:
                    rules:
                      unatributed-quote: off
        Fixed:    copydesk:
                    rules:
                      unattributed-quote: off
        """

    func findings(in analysis: DraftAnalysis) -> [Finding] {
        guard let frontMatter = analysis.structure.frontMatter else { return [] }
        var findings = frontMatter.problems.map { problem in
            finding(Self.unreadableLine(problem.message), at: problem.range)
        }
        for problem in analysis.settings.problems where problem.source == .frontMatter {
            let range = Self.locate(problem.keyPath, in: analysis.text, frontMatter: frontMatter)
            let path = (["copydesk"] + problem.keyPath).joined(separator: ".")
            findings.append(finding(Self.invalidSetting(path, problem.message), at: range))
        }
        return findings
    }

    /// The byte range of the last key of `keyPath` written under `copydesk:` (searching for each key in turn), or
    /// the `copydesk:` value when a key cannot be found.
    static func locate(_ keyPath: [String], in text: [UInt8], frontMatter: FrontMatter) -> Range<Int> {
        let fallback = frontMatter.valueRanges["copydesk"] ?? frontMatter.range
        var from = fallback.lowerBound
        var found = fallback
        for key in keyPath {
            guard let range = firstKey(key, in: text, from: from, end: frontMatter.range.upperBound) else { break }
            found = range
            from = range.upperBound
        }
        return found
    }

    /// The first `key:` at or after `from`, standing at the start of a line (after indentation or a list dash).
    private static func firstKey(_ key: String, in text: [UInt8], from: Int, end: Int) -> Range<Int>? {
        let needle = Array(key.utf8)
        guard !needle.isEmpty, from < end else { return nil }
        var index = from
        while index + needle.count < end {
            if text[index..<(index + needle.count)].elementsEqual(needle), text[index + needle.count] == UInt8(ascii: ":") {
                var before = index - 1
                while before >= 0, text[before] == 0x20 || text[before] == 0x09 || text[before] == UInt8(ascii: "-") { before -= 1 }
                if before < 0 || text[before] == 0x0A || text[before] == 0x0D { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }

    // MARK: Messages

    static func unreadableLine(_ problem: String) -> String {
        "Copydesk cannot read this front matter line (\(problem)); it is ignored."
    }

    static func invalidSetting(_ path: String, _ problem: String) -> String {
        "Front matter setting \(path): \(problem); it is ignored."
    }
}
