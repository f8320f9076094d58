/// Turns the built ledger into the analysis's entities.
extension EntityLedger {
    /// The entities in order of first mention, with ids from 0, and the references that joined none but have an issue.
    func finished(text: [UInt8]) -> (entities: [Entity], unresolved: [Mention]) {
        var order: [(first: Int, id: Int)] = []
        for id in entities.indices {
            guard let first = entities[id].items.min() else { continue }
            order.append((items[first].range.lowerBound, id))
        }
        order.sort { $0.first < $1.first }
        var result: [Entity] = []
        result.reserveCapacity(order.count)
        for (_, id) in order {
            let built = entities[id]
            let sortedItems = built.items.sorted { items[$0].range.lowerBound < items[$1].range.lowerBound }
            let mentions = sortedItems.map(mention)
            var entity = Entity(id: result.count, name: displayName(built, text: text), kind: built.kind, mentions: mentions)
            entity.roles = built.roles
            entity.acronym = built.acronym
            entity.introduction = mentions.firstIndex { $0.isFullForm }
            let known = knowledge.kind(of: entity.name) == nil ? nil : knowledge.note(for: entity.name)
            if let known, Entity.Kind(rawValue: known.record.kind.rawValue) == entity.kind {
                entity.knowledgeNote = known.note
                entity.knowledgeID = known.record.id
            }
            entity.description = built.roles.first ?? entity.knowledgeNote?.description
            result.append(entity)
        }
        let unresolved = items.indices.filter { items[$0].entity == nil && items[$0].issue != nil }.map(mention)
        return (result, unresolved)
    }

    /// The mention an item becomes.
    func mention(_ index: Int) -> Mention {
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
        mention.issue = item.issue
        return mention
    }

    /// The name an entity goes by: its fullest name as the draft writes it.
    func displayName(_ entity: LedgerEntity, text: [UInt8]) -> String {
        guard let range = entity.nameRange, range.upperBound <= text.count else { return entity.words.joined(separator: " ") }
        let written = String(decoding: text[range], as: UTF8.self)
        return written.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
