import CopydeskAnalysis

/// Finds the environment of drafts (configuration and newsroom knowledge), re-reading any file that changed on
/// disk since it was last read.
///
/// The CLI keeps one for a run (each folder is searched and each file read once), the server one for a session
/// (an edited `.copydesk.json` or entity file is picked up on the next analysis without a restart).
public final class DraftEnvironmentStore: Sendable {
    public let configurations: ConfigurationStore
    public let entityFiles = EntityFileStore()

    /// A store whose configuration search stops at `root` (the workspace folder), if given.
    public init(root: String? = nil) {
        configurations = ConfigurationStore(root: root)
    }

    /// The environment of a draft at `draftPath` (which need not exist: its directory decides the configuration),
    /// with `layers` laid over the configuration file's settings and `today` as the calendar date.
    public func environment(forDraftAt draftPath: String, over layers: [SettingsLayer] = [], today: CivilDate?) -> DraftEnvironment {
        var (settings, configuration) = configurations.settings(forDraftAt: draftPath, over: layers)
        // Today's date backs `useTodayAsPublicationDate` and the date the "add date:" fix offers.
        settings.today = today
        return DraftEnvironment(settings: settings, configuration: configuration, entities: entityFiles.knowledge(for: configuration))
    }
}
