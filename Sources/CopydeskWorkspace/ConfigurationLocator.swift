import Foundation

/// Finds the `.copydesk.json` that applies to a draft by walking up from the draft's directory.
public enum ConfigurationLocator {
    /// The path of the nearest `.copydesk.json` at or above `directory`, stopping after `root` when given.
    public static func find(from directory: String, stopAt root: String? = nil) -> String? {
        var current = FilePaths.absolute(directory)
        let stop = root.map(FilePaths.absolute)
        let manager = FileManager.default
        while true {
            let candidate = (current as NSString).appendingPathComponent(ConfigurationFile.fileName)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            if current == stop || current == "/" || current.isEmpty { return nil }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current { return nil }
            current = parent
        }
    }
}
