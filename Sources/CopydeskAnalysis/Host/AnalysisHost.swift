import CopydeskKnowledge
import CopydeskText
import Synchronization

/// Analyses drafts, caching each paragraph's facts by content so that re-analysing an edited draft only reads the
/// paragraphs that changed plus a cheap document-level pass.
///
/// One host may serve many documents and threads; the cache is shared and guarded by a lock. Entries not used by
/// the latest analyses are dropped, so memory follows the drafts open rather than their history.
public final class AnalysisHost: Sendable {
    /// A paragraph's cache identity: a hash of its prose and its block kind. Lookups compare the bytes too, so a
    /// hash collision costs a re-read, never a wrong answer.
    private struct CacheKey: Hashable {
        var contentHash: Int
        var length: Int
        var kind: TextBlock.Kind
    }

    /// A cached paragraph; a class so that marking it used in a lookup does not copy it out and back. Only touched
    /// under the cache's lock.
    private final class CacheEntry: @unchecked Sendable {
        let facts: ParagraphFacts
        var generation: Int

        init(facts: ParagraphFacts, generation: Int) {
            self.facts = facts
            self.generation = generation
        }
    }

    /// The cached paragraphs of one analysis context (settings and knowledge).
    private struct ContextCache {
        var entries: [CacheKey: CacheEntry] = [:]
        var lastUsed = 0
    }

    private struct Cache {
        var contexts: [AnalysisContextKey: ContextCache] = [:]
        var generation = 0
    }

    private struct AnalysisContextKey: Hashable {
        var settings: AnalysisSettings
        var knowledgeRevision: Int
    }

    /// How many settings-and-knowledge contexts keep their paragraphs cached at once: drafts under different
    /// configurations, edited in turn, each keep a warm cache.
    private static let retainedContexts = 4

    /// The knowledge analyses run with.
    public let knowledge: KnowledgeBase
    private let cache = Mutex(Cache())
    /// The entity pass's last ledgers, reused while typing only moves offsets; a new host starts cold.
    private let ledgers = LedgerCache()
    /// How many generations an unused paragraph stays cached (one per analysis).
    private let retainedGenerations: Int
    /// Runs its body for every index below a count, perhaps on several threads at once.
    private let parallelLoop: ParallelLoop?

    /// Runs `body` once for every index in `0..<count`, in any order and perhaps on several threads at once,
    /// returning when all have run. The shell supplies it (`DispatchQueue.concurrentPerform`), so the core uses no
    /// threading library of its own.
    public typealias ParallelLoop = @Sendable (_ count: Int, _ body: @Sendable (Int) -> Void) -> Void

    /// Paragraphs read on one thread below this many; a keystroke reads one.
    private static let parallelReadThreshold = 64

    /// A host reading paragraphs with `parallelLoop` when many miss the cache (a draft opened or checked cold), or
    /// one at a time without it.
    public init(knowledge: KnowledgeBase = .builtIn, retainedGenerations: Int = 8, parallelLoop: ParallelLoop? = nil) {
        self.knowledge = knowledge
        self.retainedGenerations = retainedGenerations
        self.parallelLoop = parallelLoop
    }

    /// Analyses `bytes` (UTF-8) read as `format` with `settings` layered under the draft's front matter settings,
    /// using `knowledge` (the newsroom's entity files over the built-in records) or else the host's knowledge.
    public func analyze(
        _ bytes: [UInt8], format: DraftFormat, settings: AnalysisSettings, knowledge: KnowledgeBase? = nil
    ) -> DraftAnalysis {
        let knowledge = knowledge ?? self.knowledge
        let structure = DraftStructure.parse(bytes, format: format)
        var effective = settings
        if let frontMatterSettings = structure.frontMatter?.settings {
            effective = effective.applying(SettingsLayer(source: .frontMatter, values: frontMatterSettings))
        }
        let context = AnalysisContext(settings: effective, knowledge: knowledge)
        let paragraphs = readParagraphs(structure, context: context)
        var analysis = DraftAnalysis(
            text: bytes, structure: structure, settings: effective, knowledge: knowledge, paragraphs: paragraphs
        )
        DocumentPasses.run(&analysis, ledgers: ledgers)
        analysis.findings = RuleRegistry.findings(in: analysis, settings: effective)
        return analysis
    }

    /// Analyses a draft given as a string.
    public func analyze(_ text: String, format: DraftFormat, settings: AnalysisSettings = AnalysisSettings()) -> DraftAnalysis {
        analyze(Array(text.utf8), format: format, settings: settings)
    }

    /// The number of paragraphs whose facts are cached, for tests and benchmarks.
    public var cachedParagraphCount: Int {
        cache.withLock { cache in cache.contexts.values.reduce(0) { $0 + $1.entries.count } }
    }

    private func readParagraphs(_ structure: DraftStructure, context: AnalysisContext) -> [Paragraph] {
        let contextKey = AnalysisContextKey(settings: context.settings, knowledgeRevision: context.knowledge.revision)
        let blocks = structure.blocks
        let keys = structure.prose.withUnsafeBufferPointer { prose in
            blocks.map { block in
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: prose[block.range])))
                return CacheKey(contentHash: hasher.finalize(), length: block.range.count, kind: block.kind)
            }
        }
        // Look up under the lock, read missing paragraphs outside it, then store them.
        var found: [ParagraphFacts?] = structure.prose.withUnsafeBufferPointer { prose in cache.withLock { cache in
            cache.generation += 1
            let generation = cache.generation
            var contextCache = cache.contexts.removeValue(forKey: contextKey) ?? ContextCache()
            contextCache.lastUsed = generation
            let hits = keys.indices.map { index -> ParagraphFacts? in
                guard let entry = contextCache.entries[keys[index]],
                    Self.equal(entry.facts.bytes, UnsafeBufferPointer(rebasing: prose[blocks[index].range]))
                else { return nil }
                entry.generation = generation
                return entry.facts
            }
            cache.contexts[contextKey] = contextCache
            return hits
        } }
        var fresh: [(CacheKey, ParagraphFacts)] = []
        let missing = keys.indices.filter { found[$0] == nil }
        let read = readFacts(of: missing, in: structure, context: context)
        for (index, facts) in zip(missing, read) {
            found[index] = facts
            fresh.append((keys[index], facts))
        }
        cache.withLock { cache in
            guard var contextCache = cache.contexts[contextKey] else { return }
            for (key, facts) in fresh { contextCache.entries[key] = CacheEntry(facts: facts, generation: contextCache.lastUsed) }
            // Sweep only when stale entries outnumber live ones, so the cost is amortised over many keystrokes.
            if contextCache.entries.count > 2 * keys.count + 256 {
                let oldest = cache.generation - retainedGenerations
                contextCache.entries = contextCache.entries.filter { $0.value.generation > oldest }
            }
            cache.contexts[contextKey] = contextCache
            if cache.contexts.count > Self.retainedContexts,
                let stalest = cache.contexts.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key
            {
                cache.contexts[stalest] = nil
            }
        }
        return blocks.indices.map { Paragraph(index: $0, block: blocks[$0], facts: found[$0]!) }
    }

    /// The facts of the blocks at `indices`, read in parallel when there are many and the shell gave a loop for it.
    /// Reading is pure, so the facts are the same either way.
    private func readFacts(of indices: [Int], in structure: DraftStructure, context: AnalysisContext) -> [ParagraphFacts] {
        @Sendable func read(_ index: Int) -> ParagraphFacts {
            let block = structure.blocks[index]
            return ParagraphFacts.read(Array(structure.prose[block.range]), kind: block.kind, context: context)
        }
        guard let parallelLoop, indices.count >= Self.parallelReadThreshold else { return indices.map(read) }
        let slots = ParagraphSlots(count: indices.count)
        parallelLoop(indices.count) { position in slots.store(read(indices[position]), at: position) }
        // A loop that skipped an index leaves that paragraph to be read here.
        return zip(indices, slots.all()).map { index, facts in facts ?? read(index) }
    }

    /// Whether cached paragraph bytes equal a slice of the draft, compared eight bytes at a time.
    private static func equal(_ cached: [UInt8], _ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cached.count == slice.count else { return false }
        return cached.withUnsafeBufferPointer { left in
            var index = 0
            let count = left.count
            if let leftBase = left.baseAddress, let rightBase = slice.baseAddress {
                while index + 8 <= count {
                    let a = UnsafeRawPointer(leftBase + index).loadUnaligned(as: UInt64.self)
                    let b = UnsafeRawPointer(rightBase + index).loadUnaligned(as: UInt64.self)
                    if a != b { return false }
                    index += 8
                }
            }
            while index < count {
                if left[index] != slice[index] { return false }
                index += 1
            }
            return true
        }
    }
}
