import CopydeskText
import Foundation

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
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(path: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(Failure(path: path, reason: "is a directory")) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Failure(path: path, reason: "cannot be read (permission denied?)"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                return .failure(Failure(path: path, reason: "larger than \(limit >> 20) MB; skipped"))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(Failure(path: path, reason: "read failed: \(error.localizedDescription)"))
        }
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

    /// Every draft file (`.md`, `.markdown`, `.txt`) under `path`, recursively and sorted; `path` itself when it is a file.
    public static func draftFiles(under path: String) -> Result<[String], Failure> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(path: path, reason: "no such file or directory"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        guard let enumerator = manager.enumerator(atPath: path) else {
            return .failure(Failure(path: path, reason: "cannot list directory"))
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            let lower = name.lowercased()
            guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt") else { continue }
            let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
            var isDir: ObjCBool = false
            if manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { files.append(full) }
        }
        return .success(files.sorted())
    }
}
