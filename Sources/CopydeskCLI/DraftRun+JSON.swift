import CopydeskAnalysis
import CopydeskJSON
import CopydeskText

/// How the CLI writes the parts of an analysis as JSON: UTF-8 byte offsets plus an LSP range in UTF-16.
extension DraftRun {
    /// `{"start": B, "end": B, "range": {...}}` for a UTF-8 byte range of the draft.
    func span(_ range: Range<Int>) -> [String: JSONValue] {
        ["start": .int(range.lowerBound), "end": .int(range.upperBound), "range": lspRange(range)]
    }

    /// `span` plus the text of the range.
    func spanWithText(_ range: Range<Int>) -> [String: JSONValue] {
        var object = span(range)
        object["text"] = .string(analysis.text(range))
        return object
    }

    /// An LSP range in UTF-16 code units: `{"start": {"line", "character"}, "end": {...}}`.
    func lspRange(_ range: Range<Int>) -> JSONValue {
        let positions = lines.positionRange(of: range, in: .utf16)
        return [
            "start": ["line": .int(positions.start.line), "character": .int(positions.start.character)],
            "end": ["line": .int(positions.end.line), "character": .int(positions.end.character)],
        ]
    }

    /// A finding with its rule, severity, message, span, related locations and fixes.
    func json(_ finding: Finding) -> JSONValue {
        var object = span(finding.range)
        object["rule"] = .string(finding.rule)
        object["severity"] = .string(finding.severity.rawValue)
        object["message"] = .string(finding.message)
        object["related"] = .array(finding.related.map { related in
            var item = span(related.range)
            item["message"] = .string(related.message)
            return .object(item)
        })
        object["fixes"] = .array(finding.fixes.map { fix in
            [
                "title": .string(fix.title),
                "preferred": .bool(fix.isPreferred),
                "edits": .array(fix.edits.map { edit in
                    var item = span(edit.range)
                    item["newText"] = .string(edit.replacement)
                    return .object(item)
                }),
            ]
        })
        return .object(object)
    }
}
