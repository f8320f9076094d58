import CopydeskKnowledge

/// The settings and knowledge an analysis runs with; paragraph facts are cached per context.
public struct AnalysisContext: Sendable {
    public var settings: AnalysisSettings
    public var knowledge: KnowledgeBase

    public init(settings: AnalysisSettings, knowledge: KnowledgeBase) {
        self.settings = settings
        self.knowledge = knowledge
    }
}
