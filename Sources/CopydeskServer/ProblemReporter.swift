import CopydeskWorkspace
import Synchronization

/// Remembers which configuration problems the client has been told about, so each change is reported once.
///
/// Every analysis reports the configuration file it used; only when a file's problems differ from what was last
/// published does the server publish diagnostics on that file (and show a message when there are problems).
final class ConfigurationReporter: Sendable {
    private let published = Mutex<[String: [ConfigurationProblem]]>([:])

    /// The problems to publish for `file`, or nil when the client already has exactly these.
    func change(for file: ConfigurationFile) -> [ConfigurationProblem]? {
        published.withLock { published in
            let previous = published[file.path] ?? []
            guard previous != file.problems else { return nil }
            published[file.path] = file.problems
            return file.problems
        }
    }

    /// Forgets a file that is gone; returns whether the client was shown problems in it that must be cleared.
    func forget(_ path: String) -> Bool {
        published.withLock { published in
            guard let previous = published.removeValue(forKey: path) else { return false }
            return !previous.isEmpty
        }
    }
}
