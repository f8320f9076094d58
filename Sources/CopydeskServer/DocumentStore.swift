import CopydeskProtocol
import CopydeskText
import Synchronization

/// The documents the client has open, by URI, with what is owed to each in pushed diagnostics.
///
/// Only the reader thread opens, changes and closes documents; work on other threads reads snapshots and asks
/// whether the snapshot it worked on is still current before publishing anything about it.
final class DocumentStore: Sendable {
    struct Entry: Sendable {
        var snapshot: DocumentSnapshot
        let worker: DocumentWorker
        /// The document changed since diagnostics were last scheduled for it (push mode).
        var needsPublish = false
        /// Diagnostics are scheduled and will read the newest snapshot when they start.
        var publishQueued = false
    }

    private let entries = Mutex<[DocumentURI: Entry]>([:])
    private let counter = Mutex(0)

    /// A number never handed out before in this session, for generations and revisions.
    func nextRevision() -> Int {
        counter.withLock { value -> Int in
            value += 1
            return value
        }
    }

    /// Opens (or re-opens) a document and returns its first snapshot.
    @discardableResult
    func open(_ item: TextDocumentItem, encoding: PositionEncoding) -> DocumentSnapshot {
        let generation = nextRevision()
        let path = item.uri.filePath
        let snapshot = DocumentSnapshot(
            uri: item.uri, path: path, languageID: item.languageId,
            format: DraftFormat(languageID: item.languageId, fileName: path ?? item.uri.stringValue), version: item.version,
            generation: generation, revision: generation, lines: LineIndex(Array(item.text.utf8)), encoding: encoding
        )
        let worker = DocumentWorker(label: "copydesk.document.\(generation)")
        entries.withLock { $0[item.uri] = Entry(snapshot: snapshot, worker: worker, needsPublish: true) }
        return snapshot
    }

    /// Replaces a document's snapshot after an edit; false when the document is not open.
    @discardableResult
    func update(_ snapshot: DocumentSnapshot) -> Bool {
        entries.withLock { entries in
            guard entries[snapshot.uri]?.snapshot.generation == snapshot.generation else { return false }
            entries[snapshot.uri]?.snapshot = snapshot
            entries[snapshot.uri]?.needsPublish = true
            return true
        }
    }

    /// Closes a document and returns what it was.
    func close(_ uri: DocumentURI) -> Entry? {
        entries.withLock { $0.removeValue(forKey: uri) }
    }

    /// The current snapshot and worker of an open document.
    func current(_ uri: DocumentURI) -> (snapshot: DocumentSnapshot, worker: DocumentWorker)? {
        entries.withLock { entries in entries[uri].map { ($0.snapshot, $0.worker) } }
    }

    /// Whether `snapshot` is still the newest version of its document.
    func isCurrent(_ snapshot: DocumentSnapshot) -> Bool {
        entries.withLock { entries in
            guard let current = entries[snapshot.uri]?.snapshot else { return false }
            return current.revision == snapshot.revision
        }
    }

    /// Marks one document as owing diagnostics.
    func markForPublish(_ uri: DocumentURI) {
        entries.withLock { entries in entries[uri]?.needsPublish = true }
    }

    /// Marks every open document as owing diagnostics (settings changed).
    func markAllForPublish() {
        entries.withLock { entries in
            for uri in entries.keys { entries[uri]?.needsPublish = true }
        }
    }

    /// The documents that owe diagnostics and have none scheduled; they are marked as scheduled.
    func takeDocumentsToPublish() -> [(uri: DocumentURI, generation: Int, worker: DocumentWorker)] {
        entries.withLock { entries in
            var due: [(DocumentURI, Int, DocumentWorker)] = []
            for (uri, entry) in entries where entry.needsPublish && !entry.publishQueued {
                entries[uri]?.needsPublish = false
                entries[uri]?.publishQueued = true
                due.append((uri, entry.snapshot.generation, entry.worker))
            }
            return due.sorted { $0.0.stringValue < $1.0.stringValue }
        }
    }

    /// The newest snapshot for scheduled diagnostics that are starting, if the document is still the same opening.
    func beginPublish(_ uri: DocumentURI, generation: Int) -> DocumentSnapshot? {
        entries.withLock { entries in
            guard let entry = entries[uri], entry.snapshot.generation == generation else { return nil }
            entries[uri]?.publishQueued = false
            return entry.snapshot
        }
    }
}
