import Synchronization

/// The newsroom's records laid over the built-in ones, resolved against them on first use.
///
/// Resolving needs the built-in index, so it waits for the first lookup: making a knowledge base from entity files
/// at startup costs nothing.
final class NewsroomLayer: Sendable {
    /// The resolved layer: merged and added records, and the built-in positions they override.
    struct Resolved: Sendable {
        let index: RecordIndex
        let folded: FoldedNames
        let overridden: Set<Int>
    }

    /// The newsroom records as the entity files gave them, in file order.
    let input: [KnowledgeRecord]
    private let cache = Mutex<Resolved?>(nil)

    init(_ input: [KnowledgeRecord]) {
        self.input = input
    }

    var resolved: Resolved {
        cache.withLock { cached in
            if let cached { return cached }
            let resolved = NewsroomOverlay.resolve(input, over: BuiltInKnowledge.index)
            cached = resolved
            return resolved
        }
    }
}
