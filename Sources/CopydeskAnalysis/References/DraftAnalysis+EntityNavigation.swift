import CopydeskKnowledge
import CopydeskText

/// What the entity ledger contributes to hover, the outline and rename.
extension DraftAnalysis {
    /// The entity card for a mention under `offset` (a UTF-8 byte offset).
    func entityHover(at offset: Int) -> HoverInfo? {
        guard let (entity, mention) = entityMention(at: offset) else { return nil }
        return HoverInfo(range: mention.range, markdown: entityCard(entity))
    }

    /// The Markdown card of `entity`: name and kind, what the draft says it is, what knowledge says (with source and
    /// as-of date), where the draft introduces it, how often it is mentioned and the quotes credited to it.
    public func entityCard(_ entity: Entity) -> String {
        var blocks: [String] = []
        let record = entity.knowledgeID.flatMap { knowledge.record(id: $0) }
        let card = record.map { KnowledgeCard.render($0, in: knowledge, format: .markdown) }
        // A knowledge card opens with the same name and kind (and more); one heading is enough.
        if let card, record?.name == entity.name {
            blocks.append(card)
        } else {
            blocks.append("**\(KnowledgeCard.escape(entity.name))** · \(entity.kind.rawValue)")
        }
        if !entity.roles.isEmpty {
            blocks.append("In this draft: " + entity.roles.prefix(3).map(KnowledgeCard.escape).joined(separator: "; "))
        }
        if let card, record?.name != entity.name {
            blocks.append(card)
        }
        let lines = LineIndex(text)
        if let first = entity.firstReference {
            let line = lines.line(containing: first.range.lowerBound) + 1
            let how = first.isFullForm ? "Introduced" : "First mentioned (never introduced in full)"
            blocks.append("\(how) on line \(line): “\(KnowledgeCard.escape(singleSpaced(text(first.range))))”")
        }
        let names = entity.mentions.filter { $0.form == .name || $0.form == .acronym }.count
        let others = entity.mentions.count - names
        var count = "Mentioned \(entity.mentions.count) time\(entity.mentions.count == 1 ? "" : "s")"
        if others > 0 { count += " (\(names) by name, \(others) by pronoun or description)" }
        blocks.append(count)
        let credited = quotes.filter { $0.speaker?.entityID == entity.id && $0.isSpeech }
        if !credited.isEmpty {
            // A hard-wrapped quote keeps its words on the one line of its list item.
            let shown = credited.prefix(3).map { "- " + KnowledgeCard.escape(Self.opening(of: singleSpaced(text($0.range)))) }
            let more = credited.count > 3 ? ["- … and \(credited.count - 3) more"] : []
            blocks.append("Quotes credited (\(credited.count)):\n" + (shown + more).joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// People, organizations and places, in order of first mention, each at its first reference.
    func entitySymbols() -> [SymbolInfo] {
        entities.compactMap { entity in
            let kind: SymbolInfo.Kind
            switch entity.kind {
            case .person: kind = .person
            case .organization: kind = .organization
            case .place: kind = .place
            case .other: return nil
            }
            guard let first = entity.firstReference else { return nil }
            let detail = entity.description ?? "\(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s")"
            return SymbolInfo(name: entity.name, detail: detail, kind: kind, range: first.range)
        }
    }

    /// The entity and mention under `offset` (a UTF-8 byte offset), if a mention covers or ends at it.
    public func entityMention(at offset: Int) -> (Entity, Mention)? {
        for entity in entities {
            if let mention = entity.mentions.first(where: { $0.range.contains(offset) || $0.range.upperBound == offset }) {
                return (entity, mention)
            }
        }
        return nil
    }

    /// The name under `offset` that a rename would change, if any (a UTF-8 byte range).
    public func renameRange(at offset: Int) -> Range<Int>? {
        guard let (_, mention) = entityMention(at: offset), mention.form == .name else { return nil }
        return mention.range
    }

    /// The edits that rename every name mention of the entity under `offset` to `newName`: full names become
    /// `newName`, a one-word short form becomes the matching word of `newName` (the surname for a surname, the
    /// given name for a given name). Pronouns, descriptions and acronyms stay. Nil when no entity is there.
    public func renameEdits(at offset: Int, to newName: String) -> [TextEdit]? {
        guard let (entity, _) = entityMention(at: offset) else { return nil }
        let newWords = newName.split(separator: " ").map(String.init)
        guard let newLast = newWords.last, let newFirst = newWords.first else { return nil }
        let oldWords = entity.name.split(separator: " ").map(String.init)
        var edits: [TextEdit] = []
        for mention in entity.mentions where mention.form == .name {
            let written = text(mention.range)
            let replacement: String
            if written.contains(" ") || oldWords.count <= 1 {
                replacement = newName
            } else if written == oldWords.first, oldWords.count > 1 {
                replacement = newFirst
            } else {
                replacement = newLast
            }
            if replacement != written { edits.append(TextEdit(range: mention.range, replacement: replacement)) }
        }
        return edits
    }

    /// The first words of a quote, for a card.
    static func opening(of quote: String, words: Int = 8) -> String {
        let parts = quote.split(separator: " ", omittingEmptySubsequences: true)
        return parts.prefix(words).joined(separator: " ") + (parts.count > words ? " …" : "")
    }
}
