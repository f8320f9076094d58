/// Turns the built ledger into the analysis's entities.
extension EntityLedger {
    /// What the finished ledger gives the analysis, with the bookkeeping that lets a cached ledger give it again
    /// for text whose paragraphs only moved.
    struct Output {
        var entities: [Entity] = []
        /// References that joined no entity but have an issue.
        var unresolved: [Mention] = []
        /// Each paragraph's draft offset when the ledger was built.
        var starts: [Int] = []
        /// For each output entity, its items in document order.
        var entityItems: [[Int]] = []
        /// For each output entity, the last paragraph any of its mentions (or the places its issues point to) is in.
        var lastParagraph: [Int] = []
        /// The items of `unresolved`.
        var unresolvedItems: [Int] = []
        /// Output entity id of each ledger entity, -1 for none.
        var outputID: [Int] = []
    }

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

    /// The entities in order of first mention, with ids from 0, and the references that joined none but have an
    /// issue, for paragraphs starting at draft offsets `starts` (one per paragraph).
    func finished(starts: [Int]) -> Output {
        var order: [(first: Int, id: Int)] = []
        for id in entities.indices {
            guard let first = entities[id].items.min() else { continue }
            order.append((items[first].range.lowerBound, id))
        }
        order.sort { $0.first < $1.first }
        var output = Output(starts: starts)
        output.outputID = Array(repeating: -1, count: entities.count)
        for (position, entry) in order.enumerated() { output.outputID[entry.id] = position }
        output.entities.reserveCapacity(order.count)
        let noShift = Array(repeating: 0, count: starts.count)
        for (_, id) in order {
            let built = entities[id]
            let sortedItems = built.items.sorted { items[$0].range.lowerBound < items[$1].range.lowerBound }
            let mentions = sortedItems.map { mention($0, outputID: output.outputID, shift: noShift) }
            let settled = built.settled ?? (built.words.joined(separator: " "), nil, nil)
            var entity = Entity(id: output.entities.count, name: settled.name, kind: built.kind, mentions: mentions)
            entity.roles = built.roles
            entity.acronym = built.acronym
            entity.introduction = mentions.firstIndex { $0.isFullForm }
            entity.knowledgeNote = settled.note
            entity.knowledgeID = settled.knowledgeID
            entity.description = built.roles.first ?? entity.knowledgeNote?.description
            output.entities.append(entity)
            output.entityItems.append(sortedItems)
            output.lastParagraph.append(sortedItems.map(lastParagraph(of:)).max() ?? 0)
        }
        output.unresolvedItems = items.indices.filter { items[$0].entity == nil && items[$0].issue != nil }
        output.unresolved = output.unresolvedItems.map { mention($0, outputID: output.outputID, shift: noShift) }
        return output
    }

    /// The output again for paragraphs now starting at `starts`: only entities with a mention in a paragraph that
    /// moved are rebuilt, so typing near the end of a long draft touches little.
    func placed(_ output: Output, starts: [Int]) -> (entities: [Entity], unresolved: [Mention]) {
        guard starts.count == output.starts.count, let firstMoved = starts.indices.first(where: { starts[$0] != output.starts[$0] }) else {
            return (output.entities, output.unresolved)
        }
        let shift = starts.indices.map { starts[$0] - output.starts[$0] }
        var entities = output.entities
        for position in entities.indices where output.lastParagraph[position] >= firstMoved {
            entities[position].mentions = output.entityItems[position].map { mention($0, outputID: output.outputID, shift: shift) }
        }
        let unresolved = output.unresolvedItems.map { mention($0, outputID: output.outputID, shift: shift) }
        return (entities, unresolved)
    }

    /// The last paragraph item `index` or the item its issue points to is in.
    private func lastParagraph(of index: Int) -> Int {
        switch items[index].issue {
        case .dangling(let fullItem?, _)?: return max(items[index].paragraph, items[fullItem].paragraph)
        case .variant(_, let firstItem?)?: return max(items[index].paragraph, items[firstItem].paragraph)
        default: return items[index].paragraph
        }
    }

    /// The mention an item becomes, with its issue in draft ranges and output entity ids; `shift` is how far each
    /// paragraph moved since the ledger was built.
    func mention(_ index: Int, outputID: [Int], shift: [Int]) -> Mention {
        let item = items[index]
        let form: Mention.Form
        switch item.candidate.shape {
        case .name: form = .name
        case .acronym: form = .acronym
        case .description: form = .description
        case .pronoun: form = .pronoun
        }
        func moved(_ range: Range<Int>, _ item: Int) -> Range<Int> {
            let by = shift[items[item].paragraph]
            return (range.lowerBound + by)..<(range.upperBound + by)
        }
        var mention = Mention(range: moved(item.range, index), form: form)
        mention.isFullForm = item.isFullForm
        mention.titleRange = item.titleRange.map { moved($0, index) }
        switch item.issue {
        case .dangling(let fullItem, let paired)?:
            let full = fullItem.flatMap { full in (paired ? items[full].pairedRange : items[full].range).map { moved($0, full) } }
            mention.issue = .dangling(fullForm: full)
        case .unexpanded(let expansion)?:
            mention.issue = .unexpandedAcronym(expansion: expansion)
        case .ambiguous(let ids)?:
            mention.issue = .ambiguous(candidates: ids.map { outputID[$0] }.filter { $0 >= 0 })
        case .variant(let preferred, let firstItem)?:
            mention.issue = .variantSpelling(preferred: preferred, firstReference: moved(firstItem.map { items[$0].range } ?? item.range, firstItem ?? index))
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
