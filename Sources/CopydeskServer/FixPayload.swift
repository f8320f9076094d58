import CopydeskJSON
import CopydeskProtocol

/// What a Copydesk diagnostic carries in `data`, so `textDocument/codeAction` needs no memory of past analyses.
///
/// It holds the finding's fixes as LSP edits for the document version they were computed for, each edit with the
/// text it replaces, plus the rule and the flagged text so a fix can be found again after the document moved on.
/// A client sends `data` back as it received it, or (if it is buggy or hostile) anything at all: `init(json:)`
/// accepts only the exact shape written here, within size limits, and the server checks every edit against the
/// current text before offering it.
struct FixPayload: Codable, Hashable, Sendable {
    struct Fix: Codable, Hashable, Sendable {
        var title: String
        var preferred: Bool
        var edits: [Edit]
    }

    struct Edit: Codable, Hashable, Sendable {
        var range: LSPRange
        var newText: String
        /// The text `range` held when the fix was computed; an edit is offered only if it still does.
        var oldText: String
    }

    /// The document version the ranges refer to.
    var version: Int
    /// The rule whose finding this is.
    var rule: String
    /// The text of the finding's range.
    var flagged: String
    var fixes: [Fix]

    /// Most fixes and edits a payload may hold; anything larger did not come from Copydesk.
    static let maximumFixes = 16
    static let maximumEdits = 64

    init(version: Int, rule: String, flagged: String, fixes: [Fix]) {
        self.version = version
        self.rule = rule
        self.flagged = flagged
        self.fixes = fixes
    }

    /// The payload in `json`, or nil when it is missing, malformed or too large.
    init?(json: JSONValue?) {
        guard let json, let payload = try? JSONValueDecoder().decode(FixPayload.self, from: json) else { return nil }
        guard payload.fixes.count <= Self.maximumFixes, payload.fixes.allSatisfy({ $0.edits.count <= Self.maximumEdits }) else {
            return nil
        }
        self = payload
    }

    /// The payload as JSON, written directly (it goes into every diagnostic on every keystroke); it is exactly
    /// what the Codable conformance writes, which `init(json:)` reads.
    var json: JSONValue {
        [
            "version": .int(version), "rule": .string(rule), "flagged": .string(flagged),
            "fixes": .array(fixes.map { fix in
                [
                    "title": .string(fix.title), "preferred": .bool(fix.preferred),
                    "edits": .array(fix.edits.map { edit in
                        ["range": edit.range.jsonValue, "newText": .string(edit.newText), "oldText": .string(edit.oldText)]
                    }),
                ]
            }),
        ]
    }
}
