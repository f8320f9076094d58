import CopydeskAnalysis
import CopydeskJSON

/// The findings of a `check` run, rendered as text, JSON, SARIF or GitHub annotations.
struct CheckReport {
    var runs: [DraftRun]
    var filesChecked: Int

    /// The version of the JSON report's shape; bump it when a field changes meaning or goes away.
    static let jsonVersion = 1

    /// `path:line:col: severity: message [rule-id]`, one per line, then a summary line.
    func text() -> String {
        var output = ""
        for run in runs {
            for finding in run.analysis.findings {
                let (line, column) = run.lineAndColumn(finding.range.lowerBound)
                output += "\(run.displayPath):\(line):\(column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
            }
        }
        output += summaryLine + "\n"
        return output
    }

    /// "2 warnings, 1 error in 1 of 3 files." or "No findings in 3 files."
    var summaryLine: String {
        let counts = Severity.allCases.compactMap { severity -> String? in
            let count = runs.reduce(0) { $0 + $1.analysis.findings.filter { $0.severity == severity }.count }
            guard count > 0 else { return nil }
            let noun = severity == .information ? "information" : severity.rawValue + (count == 1 ? "" : "s")
            return "\(count) \(noun)"
        }
        let filesWord = filesChecked == 1 ? "file" : "files"
        guard !counts.isEmpty else { return "No findings in \(filesChecked) \(filesWord)." }
        let withFindings = runs.filter { !$0.analysis.findings.isEmpty }.count
        return "\(counts.joined(separator: ", ")) in \(withFindings) of \(filesChecked) \(filesWord)."
    }

    /// A versioned JSON object: `{"version": 1, "files": [{"path", "findings": [...]}], "summary": {...}}`.
    func json() -> String {
        var summary: [String: JSONValue] = ["files": .int(filesChecked)]
        for severity in Severity.allCases {
            summary[severity.rawValue] = .int(runs.reduce(0) { $0 + $1.analysis.findings.filter { $0.severity == severity }.count })
        }
        let value: JSONValue = [
            "version": .int(Self.jsonVersion),
            "tool": ["name": .string(CopydeskInfo.name), "version": .string(CopydeskInfo.version)],
            "files": .array(runs.map { run in
                ["path": .string(run.displayPath), "findings": .array(run.analysis.findings.map { run.json($0) })]
            }),
            "summary": .object(summary),
        ]
        return JSONSerializer.string(from: value)
    }

    /// A SARIF 2.1.0 log with one run, columns in UTF-16 code units.
    func sarif() -> String {
        // One run describes every rule once: its links follow the first draft's configuration.
        let settings = runs.first?.analysis.settings ?? AnalysisSettings()
        let rules: [JSONValue] = RuleRegistry.all.map { rule in
            var entry: [String: JSONValue] = [
                "id": .string(rule.id),
                "shortDescription": ["text": .string(rule.summary)],
                "fullDescription": ["text": .string(rule.explanation)],
                "defaultConfiguration": ["level": .string(Self.sarifLevel(rule.defaultSeverity)), "enabled": .bool(rule.isEnabledByDefault)],
            ]
            if let link = CopydeskInfo.documentation(ofRule: rule.id, settings: settings) { entry["helpUri"] = .string(link) }
            return .object(entry)
        }
        var driver: [String: JSONValue] = ["name": .string(CopydeskInfo.name), "version": .string(CopydeskInfo.version), "rules": .array(rules)]
        if let link = CopydeskInfo.documentation(for: settings) { driver["informationUri"] = .string(link) }
        var results: [JSONValue] = []
        for run in runs {
            for finding in run.analysis.findings {
                let start = run.lines.position(of: finding.range.lowerBound, in: .utf16)
                let end = run.lines.position(of: finding.range.upperBound, in: .utf16)
                results.append([
                    "ruleId": .string(finding.rule),
                    "level": .string(Self.sarifLevel(finding.severity)),
                    "message": ["text": .string(finding.message)],
                    "locations": [[
                        "physicalLocation": [
                            "artifactLocation": ["uri": .string(Self.uri(run.displayPath))],
                            "region": [
                                "startLine": .int(start.line + 1), "startColumn": .int(start.character + 1),
                                "endLine": .int(end.line + 1), "endColumn": .int(end.character + 1),
                                "byteOffset": .int(finding.range.lowerBound), "byteLength": .int(finding.range.count),
                            ],
                        ]
                    ]],
                ])
            }
        }
        let log: JSONValue = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": .object(driver)],
                "columnKind": "utf16CodeUnits",
                "results": .array(results),
            ]],
        ]
        return JSONSerializer.string(from: log)
    }

    /// GitHub Actions workflow commands (`::warning file=…,line=…::message`), one per finding.
    func githubAnnotations() -> String {
        var output = ""
        for run in runs {
            for finding in run.analysis.findings {
                let (line, column) = run.lineAndColumn(finding.range.lowerBound)
                let (endLine, endColumn) = run.lineAndColumn(finding.range.upperBound)
                let command: String
                switch finding.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .information, .hint: command = "notice"
                }
                let properties = [
                    "file=\(Self.escapeProperty(run.displayPath))", "line=\(line)", "col=\(column)",
                    "endLine=\(endLine)", "endColumn=\(endColumn)", "title=\(Self.escapeProperty("copydesk " + finding.rule))",
                ]
                output += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))\n"
            }
        }
        return output
    }

    static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "note"
        }
    }

    private static func uri(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "/": result.unicodeScalars.append(scalar)
            default:
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            }
        }
        return result
    }

    private static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
