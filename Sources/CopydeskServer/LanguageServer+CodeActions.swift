import CopydeskAnalysis
import CopydeskProtocol

/// `textDocument/codeAction`: the fixes of Copydesk's diagnostics in the range as quick fixes, plus actions the
/// core offers for the range itself.
///
/// Fixes come from each diagnostic's `data` (see `FixPayload`), so no past analysis has to be remembered. They
/// are offered only where they still fit: when the document is at the version the fixes were computed for and
/// every edit's range still holds the text it held then. When the document has moved on, the finding is looked up
/// again in the current analysis (same rule, same flagged text, nearest place) and its fresh fixes are offered
/// instead; if it is gone, nothing is offered. Edits carry the document version, so a client whose buffer moved
/// on meanwhile refuses them rather than applying them in the wrong place.
extension LanguageServer {
    func codeActions(_ request: CodeActionRequest, _ ticket: RequestTicket) {
        let versioned = session?.capabilities.supportsDocumentChanges ?? false
        let literals = session?.capabilities.supportsCodeActionLiterals ?? false
        answer(request.textDocument.uri, ticket) { snapshot, analysis throws(ResponseError) -> [CodeAction]? in
            // Clients without code action literals can only run commands, which Copydesk does not use.
            guard literals else { return [] }
            var actions: [CodeAction] = []
            if Self.wants(.quickFix, request.context.only) {
                for diagnostic in request.context.diagnostics where diagnostic.source == CopydeskInfo.name {
                    for fix in Self.fixes(for: diagnostic, in: snapshot, analysis) {
                        actions.append(CodeAction(
                            title: fix.title, kind: .quickFix, diagnostics: [diagnostic], isPreferred: fix.preferred ? true : nil,
                            edit: snapshot.workspaceEdit(fix.edits, versioned: versioned)
                        ))
                    }
                }
            }
            if Self.wants(.refactorRewrite, request.context.only) {
                for fix in analysis.actions(in: snapshot.byteRange(of: request.range)) {
                    actions.append(CodeAction(
                        title: fix.title, kind: .refactorRewrite, diagnostics: nil, isPreferred: nil,
                        edit: snapshot.workspaceEdit(fix.edits.map(snapshot.lspEdit), versioned: versioned)
                    ))
                }
            }
            return actions
        }
    }

    /// Whether actions of `kind` are wanted by a client asking for `only` (everything when it says nothing).
    static func wants(_ kind: CodeActionKind, _ only: [CodeActionKind]?) -> Bool {
        guard let only else { return true }
        return only.contains { kind.isIncluded(in: $0) }
    }

    /// A fix ready to offer: its title and its edits valid for the current snapshot.
    struct OfferedFix {
        var title: String
        var preferred: Bool
        var edits: [LSPTextEdit]
    }

    /// The fixes of a Copydesk diagnostic that can be applied to `snapshot`, checked as described above.
    static func fixes(for diagnostic: Diagnostic, in snapshot: DocumentSnapshot, _ analysis: DraftAnalysis) -> [OfferedFix] {
        guard let payload = FixPayload(json: diagnostic.data) else { return [] }
        if payload.version == snapshot.version {
            let checked = payload.fixes.filter { fix in
                fix.edits.allSatisfy { snapshot.text(snapshot.byteRange(of: $0.range)) == $0.oldText }
            }
            if checked.count == payload.fixes.count {
                return checked.map { OfferedFix(title: $0.title, preferred: $0.preferred, edits: $0.edits.map { LSPTextEdit(range: $0.range, newText: $0.newText) }) }
            }
        }
        // The text moved on since the diagnostic was made: find the same finding in the current analysis.
        let near = snapshot.offset(of: diagnostic.range.start)
        let candidates = analysis.findings.filter { $0.rule == payload.rule && !$0.fixes.isEmpty && snapshot.text($0.range) == payload.flagged }
        guard let finding = candidates.min(by: { abs($0.range.lowerBound - near) < abs($1.range.lowerBound - near) }) else { return [] }
        return finding.fixes.map { fix in
            OfferedFix(title: fix.title, preferred: fix.isPreferred, edits: fix.edits.map(snapshot.lspEdit))
        }
    }
}
