import CopydeskAnalysis
import CopydeskJSON
import CopydeskProtocol

/// Findings as LSP diagnostics on this snapshot.
extension DocumentSnapshot {
    /// The diagnostics of every finding, in document order.
    func diagnostics(of analysis: DraftAnalysis) -> [Diagnostic] {
        analysis.findings.map { diagnostic(for: $0, settings: analysis.settings) }
    }

    /// One finding as a diagnostic: source `copydesk`, the rule id as code with a link to its documentation,
    /// related places, and the fixes in `data`.
    func diagnostic(for finding: Finding, settings: AnalysisSettings) -> Diagnostic {
        let related = finding.related.map { related in
            DiagnosticRelatedInformation(location: Location(uri: uri, range: range(of: related.range)), message: related.message)
        }
        return Diagnostic(
            range: range(of: finding.range),
            severity: DiagnosticSeverity(finding.severity),
            code: finding.rule,
            codeDescription: CopydeskInfo.documentation(ofRule: finding.rule, settings: settings).map(CodeDescription.init(href:)),
            source: CopydeskInfo.name,
            message: finding.message,
            relatedInformation: related.isEmpty ? nil : related,
            data: finding.fixes.isEmpty ? JSONValue?.none : payload(for: finding).json
        )
    }

    /// The fixes of `finding` in LSP terms for this version.
    func payload(for finding: Finding) -> FixPayload {
        let fixes = finding.fixes.prefix(FixPayload.maximumFixes).map { fix in
            FixPayload.Fix(
                title: fix.title, preferred: fix.isPreferred,
                edits: fix.edits.prefix(FixPayload.maximumEdits).map { edit in
                    FixPayload.Edit(range: range(of: edit.range), newText: edit.replacement, oldText: text(edit.range))
                }
            )
        }
        return FixPayload(version: version, rule: finding.rule, flagged: text(finding.range), fixes: Array(fixes))
    }
}

extension DiagnosticSeverity {
    /// LSP's severity for a finding's.
    init(_ severity: Severity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        case .information: self = .information
        case .hint: self = .hint
        }
    }
}
