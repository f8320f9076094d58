import CopydeskAnalysis
import CopydeskJSON

/// The JSON form of a full analysis, as `copydesk analyze` prints it (see docs/analysis-json.md).
enum AnalysisDump {
    /// The version of the dump's shape; bump it when a field changes meaning or goes away.
    static let version = 1

    static func json(_ run: DraftRun) -> JSONValue {
        let analysis = run.analysis
        let anchor: JSONValue = analysis.anchor.map { anchor in
            var object: [String: JSONValue] = ["date": .string(anchor.date.iso), "source": .string(anchor.source.rawValue)]
            if let range = anchor.range { object["span"] = .object(run.spanWithText(range)) }
            if let yearSource = anchor.yearSource { object["yearSource"] = .string(yearSource.rawValue) }
            return .object(object)
        } ?? .null
        return [
            "version": .int(version),
            "path": .string(run.displayPath),
            "anchor": anchor,
            "findings": .array(analysis.findings.map { run.json($0) }),
            "quotes": .array(analysis.quotes.map { quote($0, run) }),
            "entities": .array(analysis.entities.map { entity($0, run) }),
            "times": .array(analysis.times.map { time($0, run) }),
        ]
    }

    private static func quote(_ quote: Quote, _ run: DraftRun) -> JSONValue {
        var object = run.spanWithText(quote.range)
        object["kind"] = .string(quote.kind.rawValue)
        object["parts"] = .array(quote.parts.map { .object(run.span($0)) })
        object["speaker"] = quote.speaker.map { speaker in
            var item = run.spanWithText(speaker.range)
            item["entity"] = speaker.entityID.map { .int($0) } ?? .null
            item["form"] = .string(speaker.form.rawValue)
            item["credit"] = .string(speaker.credit.rawValue)
            return .object(item)
        } ?? .null
        object["cue"] = quote.cue.map { .object(run.spanWithText($0)) } ?? .null
        object["closed"] = .bool(quote.isClosed)
        return .object(object)
    }

    private static func entity(_ entity: Entity, _ run: DraftRun) -> JSONValue {
        [
            "id": .int(entity.id),
            "name": .string(entity.name),
            "kind": .string(entity.kind.rawValue),
            "description": entity.description.map { .string($0) } ?? .null,
            "mentions": .array(entity.mentions.map { mention in
                var item = run.spanWithText(mention.range)
                item["form"] = .string(mention.form.rawValue)
                return .object(item)
            }),
        ]
    }

    private static func time(_ time: TimeExpression, _ run: DraftRun) -> JSONValue {
        var object = run.spanWithText(time.range)
        object["value"] = time.value.map { .string($0) } ?? .null
        object["relative"] = .bool(time.isRelative)
        object["anchored"] = .bool(time.isAnchored)
        object["kind"] = .string(time.reference.kind)
        object["tense"] = .string(time.mention.tense.rawValue)
        if let antecedent = time.antecedent { object["antecedent"] = .object(run.spanWithText(antecedent)) }
        return .object(object)
    }
}
