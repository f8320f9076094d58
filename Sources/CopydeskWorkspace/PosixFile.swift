#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

/// Reads and writes whole files and standard streams with POSIX calls, so the shells need no Foundation file
/// handles (and do not load Foundation's internationalisation libraries at start-up).
public enum PosixFile {
    /// Why a read failed, as a sentence fragment.
    public struct Failure: Error, Sendable {
        public var reason: String
    }

    /// Every byte of `path`, failing when it is larger than `limit` bytes.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .failure(Failure(reason: errno == EACCES ? "cannot be read (permission denied)" : "cannot be opened"))
        }
        defer { close(fd) }
        return readAll(fd, limit: limit)
    }

    /// Every byte remaining on descriptor `fd` (standard input is 0), failing past `limit` bytes.
    public static func readAll(_ fd: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress, raw.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(reason: "read failed (\(String(cString: strerror(errno))))"))
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(Failure(reason: "larger than \(limit >> 20) MB; skipped")) }
        }
    }

    /// Writes every byte of `bytes` to descriptor `fd` (1 for standard output, 2 for standard error); false when
    /// the stream is closed.
    @discardableResult
    public static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in systemWrite(fd, raw.baseAddress! + offset, raw.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
