#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
private let systemPoll = Glibc.poll
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
private let systemPoll = Darwin.poll
#endif

/// Blocking reads and writes on a file descriptor, retrying interrupted calls and partial writes.
enum FileDescriptorStream {
    /// Reads up to `buffer.count` bytes into `buffer`; nil at end of input or on an error that will not go away.
    static func read(_ fd: Int32, into buffer: inout [UInt8]) -> Int? {
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemRead(fd, base, raw.count)
            }
            if count > 0 { return count }
            if count == 0 { return nil }
            switch errno {
            case EINTR: continue
            case EAGAIN: wait(fd, for: Int16(POLLIN))
            default: return nil
            }
        }
    }

    /// Writes every byte of `bytes`; false when the descriptor is closed or broken.
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemWrite(fd, base + offset, raw.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            guard written < 0 else { return false }
            switch errno {
            case EINTR: continue
            case EAGAIN: wait(fd, for: Int16(POLLOUT))
            default: return false
            }
        }
        return true
    }

    /// Creates (or truncates) the file at `path` for writing; nil when that is not possible.
    static func create(_ path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        return fd >= 0 ? fd : nil
    }

    /// Closes `fd`.
    static func close(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    /// Blocks until `fd` is ready, for descriptors someone made non-blocking.
    private static func wait(_ fd: Int32, for events: Int16) {
        var descriptor = pollfd(fd: fd, events: events, revents: 0)
        _ = systemPoll(&descriptor, 1, -1)
    }
}
