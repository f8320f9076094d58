import CopydeskAnalysis
import CopydeskKnowledge
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Reads the newsroom entity files a configuration lists under `entities` and lays them over the built-in
/// knowledge, re-reading a file whenever it changes on disk.
///
/// Paths are relative to the configuration file's directory. The knowledge base for an unchanged set of files is
/// kept, so its revision (and every cache keyed on it) survives repeated analyses; an edited file gives a new one.
public final class EntityFileStore: Sendable {
    /// The knowledge a configuration's entity files give, with what went wrong reading them.
    public struct Loaded: Sendable {
        /// The built-in knowledge with the good lines of every readable entity file laid over it.
        public let knowledge: KnowledgeBase
        /// Every entity file read, with its records and its problems.
        public let files: [EntityFile]
        /// Entity files that could not be read at all.
        public let failures: [FileReader.Failure]

        /// Every problem of every file, in file then line order.
        public var problems: [EntityFileProblem] { files.flatMap(\.problems) }

        /// Whether a file could not be read or a line or field was dropped.
        public var hasErrors: Bool { !failures.isEmpty || files.contains(where: \.hasErrors) }

        static let builtIn = Loaded(knowledge: .builtIn, files: [], failures: [])
    }

    private struct Entry {
        var status: FileStatus
        var file: EntityFile
    }

    private struct State {
        var files: [String: Entry] = [:]
        var combined: [String: KnowledgeBase] = [:]
    }

    /// The largest entity file read, in bytes.
    public static let maximumFileSize = 16 << 20

    private let state = Mutex(State())

    public init() {}

    /// The knowledge for drafts governed by `configuration`: built-in only when it lists no entity files.
    public func knowledge(for configuration: ConfigurationFile?) -> Loaded {
        guard let configuration else { return .builtIn }
        return knowledge(forFilesAt: configuration.entityFiles.map(\.path))
    }

    /// The knowledge the entity files at `paths` give, in order (later files override earlier ones).
    public func knowledge(forFilesAt paths: [String]) -> Loaded {
        guard !paths.isEmpty else { return .builtIn }
        var files: [EntityFile] = []
        var failures: [FileReader.Failure] = []
        var signature = ""
        for path in paths {
            switch read(path) {
            case .success(let (file, stamp)):
                files.append(file)
                signature += "\(path)\u{0}\(stamp)\u{0}"
            case .failure(let failure):
                failures.append(failure)
            }
        }
        let knowledge = state.withLock { state in
            if let known = state.combined[signature] { return known }
            let made = KnowledgeBase.builtIn.overlaying(files.flatMap(\.records))
            if state.combined.count > 16 { state.combined.removeAll() }
            state.combined[signature] = made
            return made
        }
        return Loaded(knowledge: knowledge, files: files, failures: failures)
    }

    /// The parsed file at `path` with a stamp that changes when the file does; parsed again only when it changed.
    private func read(_ path: String) -> Result<(EntityFile, String), FileReader.Failure> {
        guard let status = FileStatus.of(path) else {
            state.withLock { $0.files[path] = nil }
            return .failure(FileReader.Failure(path: path, reason: "entity file not found"))
        }
        let stamp = "\(status.modified)/\(status.size)"
        if let entry = state.withLock({ $0.files[path] }), entry.status == status {
            return .success((entry.file, stamp))
        }
        switch FileReader.bytes(at: path, limit: Self.maximumFileSize) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let bytes):
            let file = EntityFileParser.parse(bytes, path: path)
            state.withLock { $0.files[path] = Entry(status: status, file: file) }
            return .success((file, stamp))
        }
    }
}
