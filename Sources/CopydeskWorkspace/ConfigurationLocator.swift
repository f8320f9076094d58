#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the `.copydesk.json` that applies to a draft by walking up from the draft's directory.
public enum ConfigurationLocator {
    /// The path of the nearest `.copydesk.json` at or above `directory`, stopping after `root` when given.
    public static func find(from directory: String, stopAt root: String? = nil) -> String? {
        var current = FilePaths.absolute(directory)
        let stop = root.map(FilePaths.absolute)
        while true {
            let candidate = FilePaths.join(current, ConfigurationFile.fileName)
            if let status = FileStatus.of(candidate), !status.isDirectory {
                return candidate
            }
            if current == stop || current == "/" || current.isEmpty { return nil }
            let parent = FilePaths.directory(of: current)
            if parent == current { return nil }
            current = parent
        }
    }
}
