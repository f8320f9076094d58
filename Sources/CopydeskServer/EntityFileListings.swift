import Synchronization

/// Which newsroom entity files each configuration file lists, as its drafts' analyses last found, by path.
///
/// The server uses it to tell a change to an entity file from a change to some other JSON Lines file in the
/// workspace, and to clear the diagnostics of files no configuration lists any more.
final class EntityFileListings: Sendable {
    private let lists = Mutex<[String: Set<String>]>([:])

    /// Records that the configuration file at `configuration` lists `paths`; returns the paths it listed before
    /// that no configuration file lists now.
    func update(_ configuration: String, lists paths: Set<String>) -> [String] {
        lists.withLock { lists in
            let previous = lists[configuration] ?? []
            guard previous != paths else { return [] }
            lists[configuration] = paths.isEmpty ? nil : paths
            return Self.unlisted(previous.subtracting(paths), in: lists)
        }
    }

    /// Forgets a configuration file that is gone; returns the paths it listed that no configuration file lists now.
    func remove(_ configuration: String) -> [String] {
        lists.withLock { lists in
            guard let previous = lists.removeValue(forKey: configuration) else { return [] }
            return Self.unlisted(previous, in: lists)
        }
    }

    /// Whether some configuration file lists the entity file at `path`.
    func isListed(_ path: String) -> Bool {
        lists.withLock { lists in lists.values.contains { $0.contains(path) } }
    }

    private static func unlisted(_ candidates: Set<String>, in lists: [String: Set<String>]) -> [String] {
        candidates.filter { path in !lists.values.contains { $0.contains(path) } }.sorted()
    }
}
