import CopydeskAnalysis
import CopydeskKnowledge

/// What a draft is analysed with, as the files around it say: the settings of its `.copydesk.json` under the
/// shell's own layers, and the knowledge the newsroom entity files it lists give.
///
/// The CLI and the server both make one from a `DraftEnvironmentStore`, so a draft is analysed the same way in both.
public struct DraftEnvironment: Sendable {
    /// The configuration file's settings with the shell's layers (editor, command line) over them; the draft's
    /// front matter goes on top inside the analysis.
    public var settings: AnalysisSettings
    /// The configuration file that applied, if any.
    public var configuration: ConfigurationFile?
    /// The entity files the configuration lists, as read, and the knowledge they give.
    public var entities: EntityFileStore.Loaded

    public init(settings: AnalysisSettings, configuration: ConfigurationFile?, entities: EntityFileStore.Loaded) {
        self.settings = settings
        self.configuration = configuration
        self.entities = entities
    }

    /// The built-in knowledge with the good lines of the listed entity files laid over it.
    public var knowledge: KnowledgeBase { entities.knowledge }

    /// Everything wrong in the configuration file: its own problems, then one for each listed entity file that
    /// could not be read, at the path as the file lists it. Empty when there is no configuration file.
    public var configurationProblems: [ConfigurationProblem] {
        guard let configuration else { return [] }
        return configuration.problems + configuration.problems(readingEntityFiles: entities.failures)
    }
}
