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
        KnowledgeMemo.shared.answer(\.kinds, name, revision: base.revision) {
            record(for: name).flatMap { Entity.Kind(rawValue: $0.kind.rawValue) }
        }
    }

    /// What knowledge says about `name`, as the ledger keeps it.
    func note(for name: String) -> (note: KnowledgeNote, record: KnowledgeRecord)? {
        guard let record = record(for: name) else { return nil }
        let note = KnowledgeNote(
            description: record.description, firstReference: record.firstReference, source: record.source, asOf: record.asOf
        )
        return (note, record)
    }

    /// What the acronym `acronym` stands for, if knowledge knows it.
    func expansion(of acronym: String) -> String? {
        base.records(acronym: acronym).first?.name
    }

    /// Whether `word` is a common given name, and the gender it mostly goes with.
    func givenName(_ word: String) -> (isGivenName: Bool, gender: ReferenceLexicon.Gender?) {
        KnowledgeMemo.shared.answer(\.givenNames, word, revision: base.revision) { lookUpGivenName(word) }
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
        return KnowledgeMemo.shared.answer(\.nationalities, word, revision: base.revision) { base.country(forNationality: word) != nil }
    }

    /// The name of the leader of the country `nationality` belongs to, when knowledge says who that is.
    func leaderName(forNationality nationality: String) -> String? {
        KnowledgeMemo.shared.answer(\.leaders, nationality, revision: base.revision) { base.leader(ofCountry: nationality)?.name }
    }

    /// The newsroom's preferred spelling for `variant`, when a record lists `variant` under `avoid`.
    func preferredSpelling(of variant: String) -> String? {
        base.spellingPreference(for: variant)?.preferred
    }
}

/// The answers the ledger has had from each knowledge revision, by word, for every paragraph and analysis in the
/// process: knowledge never changes within a revision, and a lookup costs far more than a locked dictionary read.
final class KnowledgeMemo: Sendable {
    struct Answers {
        var kinds: [String: Entity.Kind?] = [:]
        var givenNames: [String: (isGivenName: Bool, gender: ReferenceLexicon.Gender?)] = [:]
        var nationalities: [String: Bool] = [:]
        var leaders: [String: String?] = [:]
        var count = 0
    }

    static let shared = KnowledgeMemo()
    /// Answers by knowledge revision; a few revisions are kept (a server may hold drafts of several newsrooms).
    private let answers = Mutex<[Int: Answers]>([:])
    private static let revisions = 4
    private static let wordsPerRevision = 200_000

    /// The memoised answer for `word` in `table`, or `compute`'s, remembered (computed outside the lock).
    func answer<Answer: Sendable>(_ table: WritableKeyPath<Answers, [String: Answer]> & Sendable, _ word: String, revision: Int, compute: () -> Answer) -> Answer {
        if let known = answers.withLock({ $0[revision]?[keyPath: table][word] }) { return known }
        let answer = compute()
        answers.withLock { answers in
            if answers[revision] == nil, answers.count >= Self.revisions { answers.removeAll() }
            var memo = answers.removeValue(forKey: revision) ?? Answers()
            if memo.count >= Self.wordsPerRevision { memo = Answers() }
            memo[keyPath: table][word] = answer
            memo.count += 1
            answers[revision] = memo
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
