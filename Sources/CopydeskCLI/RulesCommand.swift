import CopydeskAnalysis
import CopydeskJSON

/// `copydesk rules`: every rule with its id, default severity and an explanation with an example.
enum RulesCommand: Subcommand {
    static let name = "rules"
    static let summary = "List every rule with its id, default severity, explanation and an example."
    static let help = """
        Usage: copydesk rules [--format text|json|markdown] [RULE-ID]

        Lists every rule (or just RULE-ID): its id, whether it runs by default and at what severity, what it
        finds and why it matters, and an example. `--format markdown` prints docs/rules.md, the page diagnostics
        link to. Switch rules off or change their severity in .copydesk.json:
          { "rules": { "vague-attribution": "information", "unbalanced-quote": "off" } }
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        do {
            let reader = try ArgumentReader(arguments, options: ["--format"], flags: [])
            let format = try reader.choice("--format", in: ["text", "json", "markdown"], default: "text")
            var rules = RuleRegistry.all
            if let id = reader.positionals.first {
                guard let rule = RuleRegistry.rule(withID: id) else {
                    throw UsageError("unknown rule '\(id)'; known rules: \(RuleRegistry.ids.joined(separator: ", "))")
                }
                rules = [rule]
            }
            if format == "json" {
                console.print(JSONSerializer.string(from: .array(rules.map { rule in
                    [
                        "id": .string(rule.id), "severity": .string(rule.defaultSeverity.rawValue),
                        "enabled": .bool(rule.isEnabledByDefault), "summary": .string(rule.summary),
                        "explanation": .string(rule.explanation), "example": .string(rule.example),
                    ]
                })))
            } else if format == "markdown" {
                console.write(RulesPage.markdown(rules))
            } else {
                console.write(rules.map(describe).joined(separator: "\n"))
            }
            return ExitStatus.success
        } catch {
            console.error("copydesk rules: \(error)")
            return ExitStatus.error
        }
    }

    private static func describe(_ rule: any Rule.Type) -> String {
        let state = rule.isEnabledByDefault ? rule.defaultSeverity.rawValue : "off by default (\(rule.defaultSeverity.rawValue) when on)"
        let example = rule.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        return """
            \(rule.id) — \(state)
              \(rule.summary)
              \(rule.explanation)
              Example:
            \(example)

            """
    }
}
