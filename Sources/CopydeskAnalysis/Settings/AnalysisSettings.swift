import CopydeskJSON

/// Everything that configures an analysis, resolved from layers of JSON settings.
///
/// Layers apply weakest first: `.copydesk.json`, then editor settings, then command-line flags, then a draft's
/// front matter. Each known key is validated as it is read; a wrong value is reported in `problems` and the
/// weaker layer's value (or the default) stays, so a broken setting never stops an analysis.
public struct AnalysisSettings: Sendable, Hashable {
    /// What a layer says about one rule.
    public struct RuleOverride: Sendable, Hashable {
        public var isEnabled: Bool?
        public var severity: Severity?

        public init(isEnabled: Bool? = nil, severity: Severity? = nil) {
            self.isEnabled = isEnabled
            self.severity = severity
        }
    }

    /// Per-rule switches and severities by rule id.
    public var rules: [String: RuleOverride] = [:]
    /// The publication date set by the command line or the editor: the strongest date anchor.
    public var publicationDateOverride: CivilDate?
    /// The publication date set in a `.copydesk.json`: weaker than the draft's own front matter and dateline.
    public var configuredPublicationDate: CivilDate?
    /// Whether a draft with no other date anchor is read as published today.
    public var useTodayAsPublicationDate = false
    /// Today's date, supplied by the shell; the core never reads the clock.
    public var today: CivilDate?
    /// Whether `undated-event` notes vague times such as "recently" and "in recent weeks" (off by default).
    public var flagVagueTimes = false
    /// Whether `undated-event` notes a lede that reports a past event with no time element (on by default).
    public var flagLedeWithoutTime = true
    /// Whether headlines, decks and labels are held to body style for references (off by default): a surname or an
    /// acronym there before the body introduces the person in full is flagged, for desks whose headlines use full
    /// names. Most headlines use bare surnames by house style, so this is opt-in.
    public var checkHeadlineReferences = false
    /// Where the rules are explained, as a URL the rule id is appended to as a fragment (`…/rules.md` →
    /// `…/rules.md#dangling-reference`): the newsroom's own copy of docs/rules.md, say. Empty: no links at all.
    /// Unset: `CopydeskInfo.documentationURL`.
    public var rulesDocumentation: String?
    /// Whether weeks run Sunday to Saturday (`"weekStartsOn": "sunday"`, US newsrooms), so "last week" said on a
    /// Sunday is the week just ending; ISO weeks (Monday first) otherwise.
    public var weekStartsOnSunday = false
    /// Acronyms readers know without a spelled-out form, added to the built-in list.
    public var knownAcronyms: Set<String> = []
    /// Speech verbs and phrases that credit a quote, added to the built-in table.
    public var speechVerbs: [String] = []
    /// Newsroom entity files as written in the configuration (paths relative to it); shells load them.
    public var entityFiles: [String] = []
    /// Every layer merged, for feature settings this type does not model yet.
    public var merged: JSONValue = .object([:])
    /// What was wrong in the layers.
    public var problems: [SettingsProblem] = []

    /// The keys `.copydesk.json` may hold at its top level.
    public static let knownKeys: Set<String> = [
        "$schema", "rules", "publicationDate", "useTodayAsPublicationDate", "flagVagueTimes", "flagLedeWithoutTime",
        "knownAcronyms", "speechVerbs", "entities", "weekStartsOn", "checkHeadlineReferences", "rulesDocumentation",
    ]

    public init() {}

    /// Settings resolved from `layers`, weakest first.
    public init(layers: [SettingsLayer]) {
        self.init()
        for layer in layers { apply(layer) }
    }

    /// These settings with `layer` applied on top.
    public func applying(_ layer: SettingsLayer) -> AnalysisSettings {
        var copy = self
        copy.apply(layer)
        return copy
    }

    /// Whether `rule` runs, and at what severity.
    public func ruleSetting(for rule: any Rule.Type) -> RuleSetting {
        let override = rules[rule.id]
        return RuleSetting(
            isEnabled: override?.isEnabled ?? rule.isEnabledByDefault,
            severity: override?.severity ?? rule.defaultSeverity
        )
    }

    private mutating func apply(_ layer: SettingsLayer) {
        guard case .object(let values) = layer.values else {
            if !layer.values.isNull {
                problems.append(SettingsProblem(source: layer.source, keyPath: [], message: "expected an object, found \(layer.values.typeName)"))
            }
            return
        }
        merged = merged.merging(layer.values)
        var found: [SettingsProblem] = []
        defer { problems.append(contentsOf: found) }
        func problem(_ keyPath: [String], _ message: String) {
            found.append(SettingsProblem(source: layer.source, keyPath: keyPath, message: message))
        }
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "$schema":
                break
            case "rules":
                rules = Self.ruleOverrides(value, over: rules, problem: problem)
            case "publicationDate":
                if value.isNull { continue }
                guard let text = value.stringValue, let date = CivilDate(iso: text) else {
                    problem([key], "expected a date as YYYY-MM-DD, found \(value)")
                    continue
                }
                switch layer.source {
                case .commandLine, .editor: publicationDateOverride = date
                case .configFile, .frontMatter: configuredPublicationDate = date
                }
            case "useTodayAsPublicationDate", "flagVagueTimes", "flagLedeWithoutTime", "checkHeadlineReferences":
                guard let flag = value.boolValue else {
                    problem([key], "expected true or false, found \(value.typeName)")
                    continue
                }
                switch key {
                case "flagVagueTimes": flagVagueTimes = flag
                case "flagLedeWithoutTime": flagLedeWithoutTime = flag
                case "checkHeadlineReferences": checkHeadlineReferences = flag
                default: useTodayAsPublicationDate = flag
                }
            case "rulesDocumentation":
                guard let link = value.stringValue else {
                    problem([key], "expected a URL as a string (empty for no links), found \(value.typeName)")
                    continue
                }
                rulesDocumentation = link
            case "weekStartsOn":
                guard let day = value.stringValue, day == "monday" || day == "sunday" else {
                    problem([key], "expected \"monday\" or \"sunday\", found \(value)")
                    continue
                }
                weekStartsOnSunday = day == "sunday"
            case "knownAcronyms":
                guard let list = Self.strings(value) else {
                    problem([key], "expected an array of strings")
                    continue
                }
                knownAcronyms.formUnion(list)
            case "speechVerbs":
                guard let list = Self.strings(value) else {
                    problem([key], "expected an array of strings")
                    continue
                }
                speechVerbs.append(contentsOf: list.filter { !speechVerbs.contains($0) })
            case "entities":
                guard let list = Self.strings(value) else {
                    problem([key], "expected an array of file paths")
                    continue
                }
                entityFiles = list
            default:
                if !Self.knownKeys.contains(key) {
                    problem([key], "unknown setting '\(key)'")
                }
            }
        }
    }

    private static func ruleOverrides(
        _ value: JSONValue, over base: [String: RuleOverride], problem: ([String], String) -> Void
    ) -> [String: RuleOverride] {
        var rules = base
        guard case .object(let entries) = value else {
            problem(["rules"], "expected an object of rule ids, found \(value.typeName)")
            return rules
        }
        for (id, setting) in entries.sorted(by: { $0.key < $1.key }) {
            guard RuleRegistry.rule(withID: id) != nil else {
                let known = RuleRegistry.ids.joined(separator: ", ")
                problem(["rules", id], "unknown rule '\(id)' (known rules: \(known))")
                continue
            }
            var override = rules[id] ?? RuleOverride()
            switch setting {
            case .bool(let flag):
                override.isEnabled = flag
            case .string(let text):
                if ["off", "false", "none", "disabled"].contains(text.lowercased()) {
                    override.isEnabled = false
                } else if ["on", "true", "enabled"].contains(text.lowercased()) {
                    override.isEnabled = true
                } else if let severity = Severity(userValue: text) {
                    override.isEnabled = true
                    override.severity = severity
                } else {
                    problem(["rules", id], "expected \"off\", \"on\", \"error\", \"warning\", \"information\" or \"hint\", found \"\(text)\"")
                    continue
                }
            case .object(let fields):
                if let enabled = fields["enabled"] {
                    if let flag = enabled.boolValue { override.isEnabled = flag } else { problem(["rules", id, "enabled"], "expected true or false") }
                }
                if let severity = fields["severity"] {
                    if let text = severity.stringValue, let level = Severity(userValue: text) {
                        override.severity = level
                    } else {
                        problem(["rules", id, "severity"], "expected \"error\", \"warning\", \"information\" or \"hint\"")
                    }
                }
                for field in fields.keys where field != "enabled" && field != "severity" {
                    problem(["rules", id, field], "unknown rule setting '\(field)'")
                }
            default:
                problem(["rules", id], "expected a severity, \"off\" or an object, found \(setting.typeName)")
                continue
            }
            rules[id] = override
        }
        return rules
    }

    private static func strings(_ value: JSONValue) -> [String]? {
        guard case .array(let items) = value else { return nil }
        let strings = items.compactMap(\.stringValue)
        return strings.count == items.count ? strings : nil
    }
}
