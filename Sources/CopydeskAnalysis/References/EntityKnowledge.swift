import CopydeskKnowledge
import Synchronization

/// The questions the entity ledger asks of knowledge, in the ledger's own terms.
///
/// This is the one place the references code reads `KnowledgeBase`, so the ledger does not depend on how
/// knowledge stores its records. Every answer is a fact about a surface form; nil means "knowledge does not say".
struct EntityKnowledge: Sendable {
    let base: KnowledgeBase

    init(_ base: KnowledgeBase) {
        self.base = base
    }

    /// How common a given name must be (its census rank) to count as evidence of a person.
    static let givenNameRankLimit = 1_500

    /// The best record for `name`, if knowledge knows it.
    func record(for name: String) -> KnowledgeRecord? {
        base.records(named: name).first
    }

    /// The kind of thing `name` names, when knowledge knows it.
    func kind(of name: String) -> Entity.Kind? {
        KnowledgeMemo.answer(KnowledgeMemo.shared.kinds, name, revision: base.revision) {
            record(for: name).flatMap { Entity.Kind(rawValue: $0.kind.rawValue) }
        }
    }

    /// What knowledge says about `name`, as the ledger keeps it.
    func note(for name: String) -> (note: KnowledgeNote, id: String, kind: Entity.Kind?)? {
        KnowledgeMemo.answer(KnowledgeMemo.shared.notes, name, revision: base.revision) {
            guard let record = record(for: name) else { return nil }
            let note = KnowledgeNote(
                description: record.description, firstReference: record.firstReference, source: record.source, asOf: record.asOf
            )
            return (note, record.id, Entity.Kind(rawValue: record.kind.rawValue))
        }
    }

    /// Whether knowledge knows `name` as a country or territory.
    func isCountry(_ name: String) -> Bool {
        descriptionWords(of: name).isCountry
    }

    /// The lowercase words of knowledge's category and description for `name`, and whether it is a country, for
    /// fitting descriptions (`the bloc` to the SCO, `the country` to France).
    func descriptionWords(of name: String) -> (words: Set<String>, isCountry: Bool) {
        KnowledgeMemo.answer(KnowledgeMemo.shared.descriptionWords, name, revision: base.revision) {
            guard let record = record(for: name) else { return ([], false) }
            let known = ((record.category ?? "") + " " + (record.description ?? "")).lowercased()
            return (Set(known.split(whereSeparator: { !$0.isLetter }).map(String.init)), record.isCountryLike)
        }
    }

    /// What the acronym `acronym` stands for, if knowledge knows it.
    func expansion(of acronym: String) -> String? {
        base.records(acronym: acronym).first?.name
    }

    /// Whether `word` is a common given name, and the gender it mostly goes with.
    func givenName(_ word: String) -> (isGivenName: Bool, gender: ReferenceLexicon.Gender?) {
        KnowledgeMemo.answer(KnowledgeMemo.shared.givenNames, word, revision: base.revision) { lookUpGivenName(word) }
    }

    private func lookUpGivenName(_ word: String) -> (isGivenName: Bool, gender: ReferenceLexicon.Gender?) {
        guard let name = base.firstName(word), name.rank <= Self.givenNameRankLimit else { return (false, nil) }
        switch (name.maleRank, name.femaleRank) {
        case (let male?, let female?):
            // A name common for both (Jordan, Taylor) says nothing about gender.
            if male * 4 < female { return (true, .male) }
            if female * 4 < male { return (true, .female) }
            return (true, nil)
        case (.some, nil): return (true, .male)
        case (nil, .some): return (true, .female)
        default: return (true, nil)
        }
    }

    /// Whether `word` is a nationality adjective or demonym (`Russian`, `Britons`).
    func isNationality(_ word: String) -> Bool {
        guard TokenCase.startsUppercase(word) else { return false }
        return KnowledgeMemo.answer(KnowledgeMemo.shared.nationalities, word, revision: base.revision) { base.country(forNationality: word) != nil }
    }

    /// The name of the leader of the country `nationality` belongs to, when knowledge says who that is.
    func leaderName(forNationality nationality: String) -> String? {
        KnowledgeMemo.answer(KnowledgeMemo.shared.leaders, nationality, revision: base.revision) { base.leader(ofCountry: nationality)?.name }
    }

    /// The newsroom's preferred spelling for `variant`, when a record lists `variant` under `avoid`.
    func preferredSpelling(of variant: String) -> String? {
        KnowledgeMemo.answer(KnowledgeMemo.shared.spellings, variant, revision: base.revision) { base.spellingPreference(for: variant)?.preferred }
    }
}

/// The answers the ledger has had from knowledge, by word, for every paragraph and analysis in the process:
/// knowledge never changes within a revision, and a lookup costs far more than a locked dictionary read.
final class KnowledgeMemo: Sendable {
    /// One kind of answer, by word, for one knowledge revision (a new revision starts afresh).
    struct Table<Answer: Sendable>: Sendable {
        var revision = -1
        var answers: [String: Answer] = [:]
    }

    static let shared = KnowledgeMemo()
    let kinds = Mutex(Table<Entity.Kind?>())
    let givenNames = Mutex(Table<(isGivenName: Bool, gender: ReferenceLexicon.Gender?)>())
    let nationalities = Mutex(Table<Bool>())
    let leaders = Mutex(Table<String?>())
    let spellings = Mutex(Table<String?>())
    let notes = Mutex(Table<(note: KnowledgeNote, id: String, kind: Entity.Kind?)?>())
    let descriptionWords = Mutex(Table<(words: Set<String>, isCountry: Bool)>())
    private static let capacity = 100_000

    /// The memoised answer for `word` in `table`, or `compute`'s, remembered (computed outside the lock, stored in
    /// place: the table is never copied).
    static func answer<Answer: Sendable>(
        _ table: borrowing Mutex<Table<Answer>>, _ word: String, revision: Int, compute: () -> Answer
    ) -> Answer {
        if let known = table.withLock({ $0.revision == revision ? $0.answers[word] : nil }) { return known }
        let answer = compute()
        table.withLock { table in
            if table.revision != revision || table.answers.count >= capacity {
                table.answers.removeAll()
                table.revision = revision
            }
            table.answers[word] = answer
        }
        return answer
    }
}

/// Case questions about a word, without reading tokens.
enum TokenCase {
    static func startsUppercase(_ text: String) -> Bool {
        text.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
