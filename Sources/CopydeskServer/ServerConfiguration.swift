import CopydeskAnalysis
import CopydeskJSON
import CopydeskWorkspace
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Where a document's settings and knowledge come from in the server: its `.copydesk.json` (found by walking up
/// from the draft, as the CLI does, and re-read whenever it changes on disk), laid under the editor's `copydesk`
/// settings, and the newsroom entity files that file lists, laid over the built-in knowledge (re-read whenever they
/// change on disk). The draft's own front matter goes on top of the settings inside the analysis.
final class ServerConfiguration: Sendable {
    private struct State {
        var editorLayer: SettingsLayer?
        var roots: [String] = []
    }

    let environments = DraftEnvironmentStore()
    private let state = Mutex(State())

    /// The workspace folders, as local paths; the first is where untitled drafts look for configuration.
    var roots: [String] {
        get { state.withLock { $0.roots } }
        set { state.withLock { $0.roots = newValue } }
    }

    /// Replaces the editor's settings (the `copydesk` section, or null for none); returns whether they changed.
    ///
    /// An empty array counts as no settings: Lua has one kind of table, and Neovim sends an empty `settings`
    /// table as `[]`.
    @discardableResult
    func setEditorSettings(_ json: JSONValue?) -> Bool {
        let layer = json.flatMap { $0.isNull || $0 == .array([]) ? nil : SettingsLayer(source: .editor, values: $0) }
        return state.withLock { state in
            defer { state.editorLayer = layer }
            return state.editorLayer != layer
        }
    }

    /// What is wrong in the editor's settings.
    var editorProblems: [SettingsProblem] {
        guard let layer = state.withLock({ $0.editorLayer }) else { return [] }
        return AnalysisSettings(layers: [layer]).problems
    }

    /// The settings and knowledge for `snapshot`, with the configuration and entity files they came from.
    func environment(for snapshot: DocumentSnapshot) -> DraftEnvironment {
        let (layer, roots) = state.withLock { ($0.editorLayer, $0.roots) }
        let draftPath = snapshot.path ?? ((roots.first ?? FileManager.default.currentDirectoryPath) + "/untitled")
        return environments.environment(forDraftAt: draftPath, over: layer.map { [$0] } ?? [], today: LocalDate.today())
    }
}
