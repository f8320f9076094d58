/// What Copydesk knows about the world's names: the built-in gazetteer with the newsroom's records laid over it.
///
/// Placeholder interface; the knowledge issue fills it. Lookups are pure and need no IO.
public struct KnowledgeBase: Sendable {
    /// The records compiled into the binary.
    public static let builtIn = KnowledgeBase()

    /// An identity that changes whenever the records change, so caches keyed on knowledge can be dropped.
    public var revision: Int

    public init(revision: Int = 0) {
        self.revision = revision
    }
}
