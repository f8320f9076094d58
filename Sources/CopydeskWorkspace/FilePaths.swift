#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Path arithmetic on plain strings, so callers need not care about URL semantics.
public enum FilePaths {
    /// The directory part of `path` ("." when it has none).
    public static func directory(of path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path
    }

    /// `relative` resolved against `directory`, or `relative` itself when it is absolute.
    public static func resolve(_ relative: String, against directory: String) -> String {
        if relative.hasPrefix("/") { return relative }
        return URL(fileURLWithPath: directory).appendingPathComponent(relative).standardizedFileURL.path
    }

    /// `name` appended to `directory` with one separator.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The last component of `path` (`draft.md` of `/a/draft.md`).
    public static func lastComponent(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    /// `path` made absolute against the current directory and standardised.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
