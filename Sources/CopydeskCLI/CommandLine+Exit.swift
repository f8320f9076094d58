#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CommandLine {
    /// Flushes standard output and exits with `status`.
    public static func exitWithStatus(of status: Int32) -> Never {
        fflush(nil)
        exit(status)
    }
}
