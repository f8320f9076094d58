import CopydeskKnowledge
import CopydeskText
import Synchronization

/// Analyses drafts, caching each paragraph's facts by content so that re-analysing an edited draft only reads the
/// paragraphs that changed plus a cheap document-level pass.
///
/// One host may serve many documents and threads; the cache is shared and guarded by a lock. Entries not used by
/// the latest analyses are dropped, so memory follows the drafts open rather than their history.
public final class AnalysisHost: Sendable {
    private struct CacheKey: Hashable {
        var bytes: [UInt8]
        var kind: TextBlock.Kind

        // Hashing the bytes as one buffer is an order of magnitude faster than element by element.
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(kind)
        }
    }

    private struct Cache {
        var context: AnalysisContextKey?
        var entries: [CacheKey: (facts: ParagraphFacts, generation: Int)] = [:]
        var generation = 0
    }

    private struct AnalysisContextKey: Equatable {
        var settings: AnalysisSettings
        var knowledgeRevision: Int
    }

    /// The knowledge analyses run with.
    public let knowledge: KnowledgeBase
    private let cache = Mutex(Cache())
    /// How many generations an unused paragraph stays cached (one per analysis).
    private let retainedGenerations: Int

    public init(knowledge: KnowledgeBase = .builtIn, retainedGenerations: Int = 8) {
        self.knowledge = knowledge
        self.retainedGenerations = retainedGenerations
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
        DocumentPasses.run(&analysis)
        analysis.findings = RuleRegistry.findings(in: analysis, settings: effective)
        return analysis
    }

    /// Analyses a draft given as a string.
    public func analyze(_ text: String, format: DraftFormat, settings: AnalysisSettings = AnalysisSettings()) -> DraftAnalysis {
        analyze(Array(text.utf8), format: format, settings: settings)
    }

    /// The number of paragraphs whose facts are cached, for tests and benchmarks.
    public var cachedParagraphCount: Int {
        cache.withLock { $0.entries.count }
    }

    private func readParagraphs(_ structure: DraftStructure, context: AnalysisContext) -> [Paragraph] {
        let contextKey = AnalysisContextKey(settings: context.settings, knowledgeRevision: context.knowledge.revision)
        let keys = structure.blocks.map { CacheKey(bytes: Array(structure.prose[$0.range]), kind: $0.kind) }
        // Look up under the lock, read missing paragraphs outside it, then store them.
        var found: [ParagraphFacts?] = cache.withLock { cache in
            if cache.context != contextKey {
                cache.entries.removeAll(keepingCapacity: true)
                cache.context = contextKey
            }
            cache.generation += 1
            let generation = cache.generation
            return keys.map { key in
                guard let entry = cache.entries[key] else { return nil }
                cache.entries[key] = (entry.facts, generation)
                return entry.facts
            }
        }
        var fresh: [(CacheKey, ParagraphFacts)] = []
        for index in keys.indices where found[index] == nil {
            let facts = ParagraphFacts.read(keys[index].bytes, kind: keys[index].kind, context: context)
            found[index] = facts
            fresh.append((keys[index], facts))
        }
        cache.withLock { cache in
            guard cache.context == contextKey else { return }
            let generation = cache.generation
            for (key, facts) in fresh { cache.entries[key] = (facts, generation) }
            if cache.generation % 16 == 0 {
                let oldest = generation - retainedGenerations
                cache.entries = cache.entries.filter { $0.value.generation > oldest }
            }
        }
        return structure.blocks.indices.map { Paragraph(index: $0, block: structure.blocks[$0], facts: found[$0]!) }
    }
}
