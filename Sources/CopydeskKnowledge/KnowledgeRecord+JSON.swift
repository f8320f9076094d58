import CopydeskJSON

extension KnowledgeRecord {
    /// The record as a JSON object with the entity-file field names, leaving out empty fields; what
    /// `copydesk explain-entity --format json` prints.
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id), "name": .string(name), "kind": .string(kind.rawValue),
            "source": .string(source), "asOf": .string(asOf), "newsroom": .bool(isNewsroom),
        ]
        let optionalStrings: [(String, String?)] = [
            ("category", category), ("acronym", acronym), ("expansion", expansion), ("description", description),
            ("title", title), ("country", country), ("region", region), ("since", since),
            ("affiliation", affiliation), ("firstReference", firstReference), ("datelineForm", datelineForm),
            ("capital", capital),
        ]
        for (key, value) in optionalStrings {
            if let value { object[key] = .string(value) }
        }
        let lists: [(String, [String])] = [
            ("aliases", aliases), ("shortNames", shortNames), ("avoid", avoid), ("demonyms", demonyms),
            ("adjectives", adjectives), ("codes", codes),
        ]
        for (key, value) in lists where !value.isEmpty {
            object[key] = .array(value.map(JSONValue.string))
        }
        if let population { object["population"] = .int(population) }
        if !offices.isEmpty {
            object["offices"] = .array(offices.map(\.jsonValue))
        }
        return .object(object)
    }
}

extension KnowledgeOffice {
    /// The office as a JSON object, leaving out empty fields.
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = ["title": .string(title)]
        if let country { object["country"] = .string(country) }
        if let organization { object["organization"] = .string(organization) }
        if let since { object["since"] = .string(since) }
        if isLeader { object["leader"] = .bool(true) }
        return .object(object)
    }
}
