#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says about a path: whether it is a directory, its size and when it last changed.
///
/// The stores compare statuses to notice edited configuration and entity files without re-reading them.
public struct FileStatus: Sendable, Hashable {
    public var isDirectory: Bool
    /// The size in bytes.
    public var size: Int
    /// The modification time, in nanoseconds since 1970.
    public var modified: Int

    /// The status of `path`, or nil when it does not exist or cannot be examined.
    public static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStatus(
            isDirectory: (info.st_mode & S_IFMT) == S_IFDIR,
            size: Int(info.st_size),
            modified: Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
        )
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        of(path) != nil
    }
}
