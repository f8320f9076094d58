import CopydeskAnalysis
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Finds and reads the `.copydesk.json` for drafts, re-reading a file whenever it changes on disk.
///
/// Both shells use one store: the CLI for a batch of drafts (each directory is searched once), the server for
/// every analysis (a changed configuration is picked up on the next keystroke without a restart).
public final class ConfigurationStore: Sendable {
    private struct Entry {
        var status: FileStatus
        var file: ConfigurationFile
    }

    private struct State {
        var files: [String: Entry] = [:]
        var located: [String: String?] = [:]
    }

    private let state = Mutex(State())
    /// The directory searching stops at (the workspace root), if any.
    public let root: String?

    public init(root: String? = nil) {
        self.root = root
    }

    /// The configuration that applies to a draft at `draftPath`, or nil when there is none.
    public func configuration(forDraftAt draftPath: String) -> ConfigurationFile? {
        let directory = FilePaths.directory(of: FilePaths.absolute(draftPath))
        let path = state.withLock { state in state.located[directory] }
            ?? {
                let found = ConfigurationLocator.find(from: directory, stopAt: root)
                state.withLock { $0.located[directory] = found }
                return found
            }()
        guard let path else { return nil }
        return configuration(at: path)
    }

    /// The configuration file at `path`, read again when its modification time or size changed.
    public func configuration(at path: String) -> ConfigurationFile? {
        guard let status = FileStatus.of(path) else {
            state.withLock { $0.files[path] = nil }
            return nil
        }
        if let entry = state.withLock({ $0.files[path] }), entry.status == status {
            return entry.file
        }
        guard case .success(let bytes) = FileReader.bytes(at: path, limit: 4 << 20) else { return nil }
        let file = ConfigurationFile(path: path, bytes: bytes)
        state.withLock { $0.files[path] = Entry(status: status, file: file) }
        return file
    }

    /// Forgets where configuration files were found, so a newly created `.copydesk.json` is noticed.
    public func forgetLocations() {
        state.withLock { $0.located.removeAll() }
    }

    /// The settings for a draft at `draftPath`: its configuration file, then `layers` (editor, command line).
    public func settings(forDraftAt draftPath: String, over layers: [SettingsLayer] = []) -> (AnalysisSettings, ConfigurationFile?) {
        let file = configuration(forDraftAt: draftPath)
        let all = (file?.layer.map { [$0] } ?? []) + layers
        return (AnalysisSettings(layers: all), file)
    }
}
