import CopydeskJSON
import Foundation

/// Replays a `Fixture` against the real server and reports every way the server's answers differ.
///
/// Each client burst is written at once; then every message of the following server group must arrive (in any
/// order, compared as JSON with the group's volatile paths left out) before the next burst. A message that
/// matches nothing expected fails the replay, so an extra or stale message is caught as surely as a missing one.
/// Waits are long (a hung server fails, it does not block), and never part of what is checked.
struct FixtureReplayer {
    /// How long to wait for any one message or for the exit, in seconds.
    static let timeout = 60.0

    let fixture: Fixture
    let root: String

    /// Runs the fixture; returns the problems found (empty when the server behaved).
    func run() throws -> [String] {
        try write(fixture.files)
        let server = try ServerProcess(directory: root)
        var problems: [String] = []
        var exited = false
        // Once something went wrong, stop waiting long for the rest: the failure is already certain.
        var patience = Self.timeout
        steps: for (index, step) in fixture.steps.enumerated() {
            switch step {
            case .send(let bytes):
                server.write(bytes)
            case .close:
                server.closeInput()
            case .writeFiles(let files):
                try write(files)
            case .expect(let expected):
                var waiting = expected
                while !waiting.isEmpty {
                    guard let output = server.next(timeout: patience) else {
                        let list = waiting.map { Self.excerpt($0.message) }.joined(separator: "\n  ")
                        problems.append("step \(index + 1): timed out waiting for:\n  \(list)")
                        break steps
                    }
                    guard case .message(let message) = output else {
                        problems.append("step \(index + 1): the server wrote a frame that is not JSON: \(output)")
                        continue
                    }
                    if let match = waiting.firstIndex(where: { Self.matches(message, $0.message, ignoring: $0.volatile) }) {
                        waiting.remove(at: match)
                    } else {
                        let list = waiting.map { Self.label($0.message) }.joined(separator: ", ")
                        problems.append("step \(index + 1): unexpected message (while waiting for \(list)):\n  \(Self.excerpt(message))")
                        patience = min(patience, 5)
                    }
                }
            case .exit(let status):
                server.closeInput()
                let actual = server.waitForExit(timeout: Self.timeout)
                exited = true
                if actual != status {
                    problems.append("step \(index + 1): expected exit status \(status), got \(actual.map(String.init) ?? "no exit (killed)")")
                }
            }
        }
        if !exited {
            server.closeInput()
            _ = server.waitForExit(timeout: Self.timeout)
        }
        for output in server.drainReceived() {
            switch output {
            case .message(let message): problems.append("unexpected message after the last step: \(Self.excerpt(message))")
            case .garbage(let text): problems.append("the server wrote a frame that is not JSON: \(text)")
            }
        }
        if !problems.isEmpty { problems.append("server log:\n\(server.log)") }
        return problems
    }

    private func write(_ files: [String: String]) throws {
        for (path, content) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// A short name for a message: its method, or the id it answers.
    static func label(_ message: JSONValue) -> String {
        if let method = message["method"]?.stringValue { return method }
        return "the answer to \(message["id"].map(JSONSerializer.string(from:)) ?? "?")"
    }

    /// A message as JSON, cut to a readable length.
    static func excerpt(_ message: JSONValue, limit: Int = 1_500) -> String {
        let text = JSONSerializer.string(from: message)
        return text.count > limit ? String(text.prefix(limit)) + " …" : text
    }

    /// Whether `actual` equals `expected` once the `volatile` paths are removed from both.
    static func matches(_ actual: JSONValue, _ expected: JSONValue, ignoring volatile: [String]) -> Bool {
        var actual = actual
        var expected = expected
        for path in volatile {
            let keys = path.split(separator: ".").map(String.init)
            actual = removing(keys[...], from: actual)
            expected = removing(keys[...], from: expected)
        }
        return actual == expected
    }

    /// `value` without the member at `path`; `*` matches every element of an array.
    static func removing(_ path: ArraySlice<String>, from value: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        let rest = path.dropFirst()
        switch value {
        case .object(var members):
            if rest.isEmpty {
                members[key] = nil
            } else if let member = members[key] {
                members[key] = removing(rest, from: member)
            }
            return .object(members)
        case .array(let elements) where key == "*":
            return .array(elements.map { removing(rest, from: $0) })
        default:
            return value
        }
    }
}
