import CopydeskAnalysis
import CopydeskJSON

/// A `.copydesk.json` as read from disk: its settings layer, or what is wrong with it and where.
public struct ConfigurationFile: Sendable {
    /// The file name Copydesk looks for.
    public static let fileName = ".copydesk.json"

    /// The file's path.
    public let path: String
    /// The file's bytes as read.
    public let bytes: [UInt8]
    /// The settings layer, or nil when the file is not a JSON object (see `problems`).
    public let layer: SettingsLayer?
    /// Syntax errors and invalid settings, each with the UTF-8 byte range of the file it is about.
    public let problems: [ConfigurationProblem]

    /// Reads configuration from `bytes` read at `path`. Never fails; problems are reported instead.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        do throws(JSONParseError) {
            let value = try JSONParser.parse(bytes)
            guard case .object = value else {
                self.layer = nil
                self.problems = [ConfigurationProblem(range: 0..<min(bytes.count, 1), message: "expected a JSON object, found \(value.typeName)")]
                return
            }
            let layer = SettingsLayer(source: .configFile(path: path), values: value)
            self.layer = layer
            self.problems = AnalysisSettings(layers: [layer]).problems.map { problem in
                ConfigurationProblem(range: Self.locate(problem.keyPath, in: bytes), message: problem.message)
            }
        } catch {
            self.layer = nil
            let end = min(bytes.count, error.offset + 1)
            self.problems = [ConfigurationProblem(range: min(error.offset, end)..<end, message: "not valid JSON: \(error.reason)")]
        }
    }

    /// The directory the file is in; entity files are relative to it.
    public var directory: String { FilePaths.directory(of: path) }

    /// The byte range of the last key of `keyPath` as written in the file (`"unattributed-quote"`), found by
    /// searching for each key in turn; the whole first line when a key cannot be found.
    static func locate(_ keyPath: [String], in bytes: [UInt8]) -> Range<Int> {
        var from = 0
        var found: Range<Int>?
        for key in keyPath {
            let needle = Array(JSONSerializer.string(from: .string(key)).utf8)
            guard let range = firstRange(of: needle, in: bytes, from: from) else { break }
            found = range
            from = range.upperBound
        }
        if let found { return found }
        let lineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        return 0..<lineEnd
    }

    /// The first range at or after `start` where `bytes` holds `needle`.
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
        }
        return nil
    }
}

/// A problem in a configuration file, with the UTF-8 byte range of the file it is about.
public struct ConfigurationProblem: Sendable, Hashable {
    public var range: Range<Int>
    public var message: String

    public init(range: Range<Int>, message: String) {
        self.range = range
        self.message = message
    }
}
