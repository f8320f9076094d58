import CopydeskJSON
import CopydeskKnowledge
import CopydeskWorkspace
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `copydesk explain-entity`: the card Copydesk shows on hover for a name, from the built-in knowledge and the
/// newsroom's entity files.
enum ExplainEntityCommand: Subcommand {
    static let name = "explain-entity"
    static let summary = "Say what Copydesk knows about a name: the hover card, from built-in and newsroom knowledge."
    static let help = """
        Usage: copydesk explain-entity [--format text|markdown|json] [--config FILE] NAME

        Prints the card of every record NAME names (a full name, short name, alias, acronym, nationality word or
        ISO country code), best first: what it is, office and since when for people, the expansion for
        organizations, country and AP dateline form for places, the newsroom's first-reference form and avoided
        spellings, and the source and as-of date of the facts.

        The newsroom's entity files are those listed under "entities" in the .copydesk.json found by walking up
        from the current directory (or FILE). Exit status: 0 when something is known, 1 when nothing is, 2 for
        usage errors and unreadable or broken entity files (each problem names the file, line and field).

        Options:
          --format FORMAT   text (default), markdown (as in editor hovers) or json.
          --config FILE     The .copydesk.json to use instead of searching for one.
          --limit N         Show at most N records (default 10).
        """

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let reader: ArgumentReader
        let format: String
        let limit: Int
        do {
            reader = try ArgumentReader(arguments, options: ["--format", "--config", "--limit"], flags: [])
            format = try reader.choice("--format", in: ["text", "markdown", "json"], default: "text")
            guard let parsedLimit = Int(reader.value("--limit") ?? "10"), parsedLimit > 0 else {
                throw UsageError("--limit must be a positive number")
            }
            limit = parsedLimit
            guard !reader.positionals.isEmpty else { throw UsageError("explain-entity needs a NAME") }
        } catch {
            console.error("copydesk explain-entity: \(error)\nRun 'copydesk explain-entity --help' for usage.")
            return ExitStatus.error
        }
        let query = reader.positionals.joined(separator: " ")

        let store = ConfigurationStore()
        let configuration: ConfigurationFile?
        if let path = reader.value("--config") {
            configuration = store.configuration(at: path)
            if configuration == nil {
                console.error("copydesk explain-entity: \(path): no such file")
                return ExitStatus.error
            }
        } else {
            configuration = store.configuration(forDraftAt: FileManager.default.currentDirectoryPath + "/.")
        }
        let loaded = EntityFileStore().knowledge(for: configuration)
        for failure in loaded.failures {
            console.error("copydesk: \(failure)")
        }
        for problem in loaded.problems {
            console.error("copydesk: \(problem)")
        }

        let records = lookUp(query, in: loaded.knowledge)
        let shown = Array(records.prefix(limit))
        switch format {
        case "json":
            console.print(JSONSerializer.prettyString(from: [
                "version": 1, "query": .string(query), "count": .int(records.count),
                "records": .array(shown.map(\.jsonValue)),
            ]))
        default:
            let cardFormat: KnowledgeCard.Format = format == "markdown" ? .markdown : .plain
            let cards = shown.map { KnowledgeCard.render($0, in: loaded.knowledge, format: cardFormat) }
            if !cards.isEmpty {
                console.print(cards.joined(separator: format == "markdown" ? "\n\n---\n\n" : "\n\n"))
            }
            if records.count > shown.count {
                console.print("\n… and \(records.count - shown.count) more (use --limit).")
            }
            if records.isEmpty {
                console.error("copydesk explain-entity: nothing known about '\(query)'")
            }
        }
        if loaded.hasErrors { return ExitStatus.error }
        return records.isEmpty ? ExitStatus.findings : ExitStatus.success
    }

    /// The records `query` names; failing that, the country of a nationality word or ISO code.
    static func lookUp(_ query: String, in knowledge: KnowledgeBase) -> [KnowledgeRecord] {
        let named = knowledge.records(named: query)
        if !named.isEmpty { return named }
        if let country = knowledge.country(forNationality: query) { return [country] }
        if query.count <= 3, let country = knowledge.country(code: query) { return [country] }
        return []
    }
}
