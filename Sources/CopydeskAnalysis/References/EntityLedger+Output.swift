/// Turns the built ledger into the analysis's entities.
extension EntityLedger {
    /// The entities in order of first mention, with ids from 0, and the references that joined none but have an
    /// issue. Ranges come from the items as they stand, so a cached ledger finishes against shifted text.
    /// Settles each entity's name and what knowledge says about it, once per built ledger.
    mutating func settle(text: [UInt8]) {
        for id in entities.indices {
            let name = displayName(entities[id], text: text)
            var note: KnowledgeNote?
            var knowledgeID: String?
            if knowledge.kind(of: name) != nil, let known = knowledge.note(for: name), Entity.Kind(rawValue: known.record.kind.rawValue) == entities[id].kind {
                note = known.note
                knowledgeID = known.record.id
            }
            entities[id].settled = (name, note, knowledgeID)
        }
    }

    func finished(text: [UInt8]) -> (entities: [Entity], unresolved: [Mention]) {
        var order: [(first: Int, id: Int)] = []
        for id in entities.indices {
            guard let first = entities[id].items.min() else { continue }
            order.append((items[first].range.lowerBound, id))
        }
        order.sort { $0.first < $1.first }
        var outputID = Array(repeating: -1, count: entities.count)
        for (position, entry) in order.enumerated() { outputID[entry.id] = position }
        var result: [Entity] = []
        result.reserveCapacity(order.count)
        for (_, id) in order {
            let built = entities[id]
            let sortedItems = built.items.sorted { items[$0].range.lowerBound < items[$1].range.lowerBound }
            let mentions = sortedItems.map { mention($0, outputID: outputID) }
            let settled = built.settled ?? (displayName(built, text: text), nil, nil)
            var entity = Entity(id: result.count, name: settled.name, kind: built.kind, mentions: mentions)
            entity.roles = built.roles
            entity.acronym = built.acronym
            entity.introduction = mentions.firstIndex { $0.isFullForm }
            entity.knowledgeNote = settled.note
            entity.knowledgeID = settled.knowledgeID
            entity.description = built.roles.first ?? entity.knowledgeNote?.description
            result.append(entity)
        }
        let unresolved = items.indices.filter { items[$0].entity == nil && items[$0].issue != nil }.map { mention($0, outputID: outputID) }
        return (result, unresolved)
    }

    /// The mention an item becomes, with its issue in draft ranges and output entity ids.
    func mention(_ index: Int, outputID: [Int]) -> Mention {
        let item = items[index]
        let form: Mention.Form
        switch item.candidate.shape {
        case .name: form = .name
        case .acronym: form = .acronym
        case .description: form = .description
        case .pronoun: form = .pronoun
        }
        var mention = Mention(range: item.range, form: form)
        mention.isFullForm = item.isFullForm
        mention.titleRange = item.titleRange
        switch item.issue {
        case .dangling(let fullItem, let paired)?:
            let full = fullItem.flatMap { paired ? items[$0].pairedRange : items[$0].range }
            mention.issue = .dangling(fullForm: full)
        case .unexpanded(let expansion)?:
            mention.issue = .unexpandedAcronym(expansion: expansion)
        case .ambiguous(let ids)?:
            mention.issue = .ambiguous(candidates: ids.map { outputID[$0] }.filter { $0 >= 0 })
        case .variant(let preferred, let firstItem)?:
            mention.issue = .variantSpelling(preferred: preferred, firstReference: firstItem.map { items[$0].range } ?? item.range)
        case nil:
            break
        }
        return mention
    }

    /// The name an entity goes by: its fullest name as the draft writes it.
    func displayName(_ entity: LedgerEntity, text: [UInt8]) -> String {
        guard let item = entity.nameItem, items[item].range.upperBound <= text.count else { return entity.words.joined(separator: " ") }
        let written = String(decoding: text[items[item].range], as: UTF8.self)
        return written.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
