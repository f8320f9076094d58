import CopydeskJSON
import Foundation

/// A recorded LSP session in `protocol-fixtures/`: what the client sends and what the server must answer.
///
/// One JSON object per line (see `protocol-fixtures/README.md`). Consecutive client lines form a burst written at
/// once; consecutive server lines form a group that must all arrive, in any order, before the next burst is sent.
/// `${ROOT}` in any string stands for the workspace folder the fixture runs in.
struct Fixture: CustomStringConvertible {
    /// One step of the session.
    enum Step {
        /// Bytes the client writes: framed messages, raw bodies or raw bytes.
        case send([UInt8])
        /// The client closes its output (the server sees the end of its input).
        case close
        /// Messages the server must send, each with the dotted paths whose values are not compared.
        case expect([(message: JSONValue, volatile: [String])])
        /// The server must exit with this status.
        case exit(Int32)
        /// Files to write in the workspace (relative path to content) before the next burst.
        case writeFiles([String: String])
    }

    let name: String
    let description: String
    /// Files to create in the workspace before the server starts, by path relative to it.
    let files: [String: String]
    let steps: [Step]

    /// Reads the fixture at `url`, with `${ROOT}` replaced by `root`.
    init(contentsOf url: URL, root: String) throws {
        name = url.deletingPathExtension().lastPathComponent
        let text = try String(contentsOf: url, encoding: .utf8)
        var description = ""
        var files: [String: String] = [:]
        var steps: [Step] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let json: JSONValue
            do {
                json = try JSONParser.parse(String(line))
            } catch {
                throw FixtureError("\(url.lastPathComponent):\(number + 1): not JSON: \(error)")
            }
            let entry = Self.replacingRoot(in: json, with: root)
            if let setup = entry["setup"] {
                description = setup["description"]?.stringValue ?? ""
                for (path, content) in setup["files"]?.objectValue ?? [:] { files[path] = content.stringValue ?? "" }
                continue
            }
            if entry["comment"] != nil { continue }
            if let written = entry["writeFiles"]?.objectValue {
                steps.append(.writeFiles(written.mapValues { $0.stringValue ?? "" }))
                continue
            }
            switch entry["direction"]?.stringValue {
            case "client":
                let bytes: [UInt8]
                if let message = entry["message"] {
                    bytes = ServerProcess.frame(message)
                } else if let raw = entry["raw"]?.stringValue {
                    bytes = Array("Content-Length: \(raw.utf8.count)\r\n\r\n".utf8) + Array(raw.utf8)
                } else if let raw = entry["rawBytes"]?.stringValue {
                    bytes = Array(raw.utf8)
                } else if entry["close"]?.boolValue == true {
                    steps.append(.close)
                    continue
                } else {
                    throw FixtureError("\(url.lastPathComponent):\(number + 1): a client line needs message, raw, rawBytes or close")
                }
                if case .send(let previous)? = steps.last {
                    steps[steps.count - 1] = .send(previous + bytes)
                } else {
                    steps.append(.send(bytes))
                }
            case "server":
                if let status = entry["exit"]?.intValue {
                    steps.append(.exit(Int32(status)))
                    continue
                }
                guard let message = entry["message"] else {
                    throw FixtureError("\(url.lastPathComponent):\(number + 1): a server line needs message or exit")
                }
                let volatile = entry["volatile"]?.arrayValue?.compactMap(\.stringValue) ?? []
                if case .expect(let previous)? = steps.last {
                    steps[steps.count - 1] = .expect(previous + [(message, volatile)])
                } else {
                    steps.append(.expect([(message, volatile)]))
                }
            default:
                throw FixtureError("\(url.lastPathComponent):\(number + 1): direction must be client or server")
            }
        }
        self.description = description
        self.files = files
        self.steps = steps
    }

    /// Every fixture in the package's `protocol-fixtures/` folder.
    static var all: [URL] {
        let folder = packageRoot.appendingPathComponent("protocol-fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func replacingRoot(in value: JSONValue, with root: String) -> JSONValue {
        switch value {
        case .string(let text): return .string(text.replacingOccurrences(of: "${ROOT}", with: root))
        case .array(let elements): return .array(elements.map { replacingRoot(in: $0, with: root) })
        case .object(let members): return .object(members.mapValues { replacingRoot(in: $0, with: root) })
        default: return value
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
