import CopydeskText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads files for the shells, turning every failure into a message that names the file and the problem.
public enum FileReader {
    /// Why a file could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// The largest draft Copydesk reads, in bytes; larger files are skipped with a message.
    public static let maximumDraftSize = 64 << 20

    /// The bytes of the file at `path`.
    public static func bytes(at path: String, limit: Int = maximumDraftSize) -> Result<[UInt8], Failure> {
        guard let status = FileStatus.of(path) else { return .failure(Failure(path: path, reason: "no such file")) }
        if status.isDirectory { return .failure(Failure(path: path, reason: "is a directory")) }
        if status.size > limit { return .failure(Failure(path: path, reason: "larger than \(limit >> 20) MB; skipped")) }
        return PosixFile.read(path, limit: limit).mapError { Failure(path: path, reason: $0.reason) }
    }

    /// The bytes of a draft at `path`, which must be valid UTF-8: a draft Copydesk cannot decode is reported,
    /// never analysed with replaced characters.
    public static func draft(at path: String) -> Result<[UInt8], Failure> {
        bytes(at: path).flatMap { bytes in
            if let offset = UTF8Bytes.firstInvalidOffset(in: bytes) {
                return .failure(Failure(path: path, reason: "not valid UTF-8 (byte \(offset)); convert the file to UTF-8"))
            }
            return .success(bytes)
        }
    }

    /// Every draft file (`.md`, `.markdown`, `.txt`) under `path`, recursively and sorted; `path` itself when it is a
    /// file. Hidden files and folders (`.git`) are skipped.
    public static func draftFiles(under path: String) -> Result<[String], Failure> {
        guard let status = FileStatus.of(path) else {
            return .failure(Failure(path: path, reason: "no such file or directory"))
        }
        guard status.isDirectory else { return .success([path]) }
        var files: [String] = []
        var pending = [path]
        var visited: Set<String> = []
        while let directory = pending.popLast() {
            // A symbolic link back up the tree must not make the walk endless.
            guard visited.insert(FilePaths.absolute(directory)).inserted else { continue }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                if directory == path { return .failure(Failure(path: path, reason: "cannot list directory")) }
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let full = FilePaths.join(directory, name)
                guard let entry = FileStatus.of(full) else { continue }
                if entry.isDirectory {
                    pending.append(full)
                } else if isDraftName(name) {
                    files.append(full)
                }
            }
        }
        return .success(files.sorted())
    }

    /// Whether `name` is a draft Copydesk checks when it walks a folder.
    static func isDraftName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt")
    }
}
