import Synchronization

/// Remembers which problems in a kind of file (configuration files, entity files) the client has been told about,
/// so each change is published once.
///
/// Every analysis reports the files it read; only when a file's problems differ from what was last published does
/// the server publish diagnostics on that file (and show a message when there are problems). Publishing happens
/// under the reporter's lock, so two documents analysed at once around an edit of the file cannot publish the old
/// problems after the new ones.
final class ProblemReporter<Problem: Hashable & Sendable>: Sendable {
    private let published = Mutex<[String: [Problem]]>([:])

    /// Calls `publish` with `problems` when they differ from what was last published for the file at `path`.
    func update(_ path: String, to problems: [Problem], publish: ([Problem]) -> Void) {
        published.withLock { published in
            guard (published[path] ?? []) != problems else { return }
            published[path] = problems.isEmpty ? nil : problems
            publish(problems)
        }
    }

    /// Forgets the problems of a file that is gone or no longer read; calls `clear` when the client was shown some.
    func clear(_ path: String, clear: () -> Void) {
        update(path, to: []) { _ in clear() }
    }
}
