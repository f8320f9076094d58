/// Turns the built ledger into the analysis's entities.
extension EntityLedger {
    /// What the finished ledger gives the analysis, with the bookkeeping that lets a cached ledger give it again
    /// for text whose paragraphs only moved or changed without changing what they mention.
    struct Output {
        var entities: [Entity] = []
        /// References that joined no entity but have an issue.
        var unresolved: [Mention] = []
        /// The paragraphs the output was placed in: each one's facts and draft offset.
        var facts: [ParagraphFacts] = []
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

    /// Where the paragraphs are: each one's mention facts (for candidate ranges) and draft offset.
    struct Placement {
        var sources: [MentionParagraphFacts]
        var starts: [Int]

        /// Candidate range `range` of paragraph `paragraph` as a draft range.
        func inDraft(_ range: Range<Int>, paragraph: Int) -> Range<Int> {
            let start = starts[paragraph]
            return (range.lowerBound + start)..<(range.upperBound + start)
        }
    }

    /// Settles each entity's name and what knowledge says about it, once per built ledger.
    mutating func settle(text: [UInt8]) {
        for id in entities.indices {
            let name = displayName(entities[id], text: text)
            var note: KnowledgeNote?
            var knowledgeID: String?
            if knowledge.kind(of: name) != nil, let known = knowledge.note(for: name), known.kind == entities[id].kind {
                note = known.note
                knowledgeID = known.id
            }
            entities[id].settled = (name, note, knowledgeID)
        }
    }

    /// The entities in order of first mention, with ids from 0, and the references that joined none but have an
    /// issue, placed in `paragraphs` (the paragraphs the ledger was built from).
    func finished(in paragraphs: [Paragraph]) -> Output {
        // Each item's draft offset, once: sorting closures then capture an array, not the whole ledger.
        let offsets = items.indices.map { range($0).lowerBound }
        var order: [(first: Int, id: Int)] = []
        for id in entities.indices {
            guard let first = entities[id].items.min() else { continue }
            order.append((offsets[first], id))
        }
        order.sort { $0.first < $1.first }
        var output = Output(facts: paragraphs.map(\.facts), starts: paragraphs.map(\.start))
        let placement = Placement(sources: sources, starts: output.starts)
        output.outputID = Array(repeating: -1, count: entities.count)
        for (position, entry) in order.enumerated() { output.outputID[entry.id] = position }
        output.entities.reserveCapacity(order.count)
        for (_, id) in order {
            let built = entities[id]
            let sortedItems = built.items.sorted { offsets[$0] < offsets[$1] }
            let mentions = sortedItems.map { mention($0, outputID: output.outputID, placement: placement) }
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
        output.unresolved = output.unresolvedItems.map { mention($0, outputID: output.outputID, placement: placement) }
        return output
    }

    /// The output again for `paragraphs`, whose mention digests all equal those the ledger was built from: only
    /// entities with a mention in a paragraph that moved or was edited are placed again, so typing near the end of a
    /// long draft touches little.
    func placed(_ output: Output, in paragraphs: [Paragraph]) -> (entities: [Entity], unresolved: [Mention]) {
        guard paragraphs.count == output.starts.count,
            let firstChanged = paragraphs.indices.first(where: { paragraphs[$0].start != output.starts[$0] || paragraphs[$0].facts !== output.facts[$0] })
        else {
            return (output.entities, output.unresolved)
        }
        let placement = Placement(sources: paragraphs.map(\.facts.mentionFacts), starts: paragraphs.map(\.start))
        var entities = output.entities
        for position in entities.indices where output.lastParagraph[position] >= firstChanged {
            entities[position].mentions = output.entityItems[position].map { mention($0, outputID: output.outputID, placement: placement) }
        }
        let unresolved = output.unresolvedItems.map { mention($0, outputID: output.outputID, placement: placement) }
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

    /// The mention an item becomes in `placement`, with its issue in draft ranges and output entity ids.
    func mention(_ index: Int, outputID: [Int], placement: Placement) -> Mention {
        let item = items[index]
        func placed(_ item: Int) -> MentionCandidate {
            placement.sources[items[item].paragraph].candidates[items[item].candidateIndex]
        }
        let candidate = placed(index)
        let form: Mention.Form
        switch candidate.shape {
        case .name: form = .name
        case .acronym: form = .acronym
        case .description: form = .description
        case .pronoun: form = .pronoun
        }
        var mention = Mention(range: placement.inDraft(candidate.range, paragraph: item.paragraph), form: form)
        mention.isFullForm = item.isFullForm
        mention.titleRange = candidate.titleRange.map { placement.inDraft($0, paragraph: item.paragraph) }
        switch item.issue {
        case .dangling(let fullItem, let paired)?:
            let full = fullItem.flatMap { full in
                (paired ? placed(full).pairedForm : placed(full).range).map { placement.inDraft($0, paragraph: items[full].paragraph) }
            }
            mention.issue = .dangling(fullForm: full)
        case .unexpanded(let expansion)?:
            mention.issue = .unexpandedAcronym(expansion: expansion)
        case .ambiguous(let ids)?:
            mention.issue = .ambiguous(candidates: ids.map { outputID[$0] }.filter { $0 >= 0 })
        case .variant(let preferred, let firstItem)?:
            let first = firstItem ?? index
            mention.issue = .variantSpelling(preferred: preferred, firstReference: placement.inDraft(placed(first).range, paragraph: items[first].paragraph))
        case nil:
            break
        }
        return mention
    }

    /// The name an entity goes by: its fullest name as the draft writes it, runs of white space made one space.
    func displayName(_ entity: LedgerEntity, text: [UInt8]) -> String {
        guard let item = entity.nameItem, range(item).upperBound <= text.count else { return entity.words.joined(separator: " ") }
        let bytes = text[range(item)]
        // Most names are ASCII words joined by single spaces: nothing to fold.
        var plain = bytes.last != 0x20
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 || byte < 0x20 || byte == 0x20 && previous == 0x20 {
                plain = false
                break
            }
            previous = byte
        }
        let written = String(decoding: bytes, as: UTF8.self)
        return plain ? written : written.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
