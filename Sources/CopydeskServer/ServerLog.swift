#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the server's own log lines to standard error, which editors show in their server log.
///
/// Standard output belongs to the protocol, so nothing here ever touches it. Each line is one `write`, so lines
/// from different threads do not mix.
enum ServerLog {
    /// Writes one line, prefixed so it can be told apart from other servers' lines in a shared log.
    static func write(_ message: String) {
        let line = Array("copydesk: \(message)\n".utf8)
        _ = line.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return 0 }
            #if canImport(Glibc)
            return Glibc.write(STDERR_FILENO, base, raw.count)
            #else
            return Darwin.write(STDERR_FILENO, base, raw.count)
            #endif
        }
    }
}
