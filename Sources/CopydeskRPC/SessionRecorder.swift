import CopydeskJSON
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Records a session as a protocol fixture: one JSON object per line, each with the direction it travelled.
///
/// Lines are `{"direction":"client","message":{…}}` for what the client sent and `{"direction":"server",…}` for
/// what the server sent, in the order the server saw them. A frame whose body is not JSON is kept as
/// `{"direction":"client","raw":"…"}`, a malformed header block as `{"direction":"client","rawBytes":"…"}`, and the
/// end of the client's stream as `{"direction":"client","close":true}`.
/// Once the workspace root is known, every occurrence of its path in a string becomes `${ROOT}`, so the fixture
/// replays in any folder; the version in the `initialize` answer is marked volatile. `protocol-fixtures/README.md`
/// describes the format.
public final class SessionRecorder: Sendable {
    /// Who sent a message.
    public enum Direction: String, Sendable {
        case client, server
    }

    /// A recording that could not be started.
    public struct CannotRecord: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "cannot create \(path)" }
    }

    private struct State {
        var handle: Int32?
        var rootPath: String?
        /// Lines held back until the root is known, since `initialize` (which names it) is recorded before it is read.
        var held: [JSONValue]? = []
    }

    /// The file being written.
    public let path: String
    private let state: Mutex<State>

    /// Starts a recording in a new file in `directory`, creating the directory if needed.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stamp = Int(Date().timeIntervalSince1970)
        let separator = directory.hasSuffix("/") ? "" : "/"
        let path = directory + separator + "session-\(stamp)-\(ProcessInfo.processInfo.processIdentifier).jsonl"
        guard let handle = FileDescriptorStream.create(path) else { throw CannotRecord(path: path) }
        self.path = path
        self.state = Mutex(State(handle: handle))
    }

    /// Replaces `path` (the workspace root) with `${ROOT}` in everything recorded, and writes the lines held
    /// back until now. Until this is called (with nil when there is no root), lines are held in memory.
    public func setRootPath(_ path: String?) {
        let trimmed = path.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        state.withLock { state in
            state.rootPath = trimmed.flatMap { $0.isEmpty || $0 == "/" ? String?.none : $0 }
            for line in state.held ?? [] { Self.write(Self.replacing(state.rootPath, in: line), to: state.handle) }
            state.held = nil
        }
    }

    /// Writes whatever is still held back; call when the session ends.
    public func finish() {
        state.withLock { state in
            for line in state.held ?? [] { Self.write(line, to: state.handle) }
            state.held = nil
            if let handle = state.handle { FileDescriptorStream.close(handle) }
            state.handle = nil
        }
    }

    /// Records a message.
    public func record(_ direction: Direction, _ message: JSONValue) {
        var line: [String: JSONValue] = ["direction": .string(direction.rawValue), "message": message]
        if direction == .server, message["result"]?["serverInfo"]?["version"] != nil {
            line["volatile"] = ["result.serverInfo.version"]
        }
        add(.object(line))
    }

    /// Records a frame body that is not JSON, as text.
    public func recordRawBody(_ body: [UInt8]) {
        add(["direction": "client", "raw": .string(String(decoding: body, as: UTF8.self))])
    }

    /// Records bytes written as they are, without framing (a malformed header block).
    public func recordRawBytes(_ bytes: [UInt8]) {
        add(["direction": "client", "rawBytes": .string(String(decoding: bytes, as: UTF8.self))])
    }

    /// Records that the client closed the stream.
    public func recordEndOfInput() {
        add(["direction": "client", "close": true])
    }

    private func add(_ line: JSONValue) {
        state.withLock { state in
            if state.held != nil {
                state.held?.append(line)
            } else {
                Self.write(Self.replacing(state.rootPath, in: line), to: state.handle)
            }
        }
    }

    private static func write(_ line: JSONValue, to handle: Int32?) {
        guard let handle else { return }
        _ = FileDescriptorStream.write(handle, JSONSerializer.bytes(from: line) + [0x0A])
    }

    /// `value` with every occurrence of `root` in its strings replaced by `${ROOT}`.
    static func replacing(_ root: String?, in value: JSONValue) -> JSONValue {
        guard let root else { return value }
        switch value {
        case .string(let text) where text.contains(root):
            // Only whole path components: a root of /tmp/a must not turn /tmp/ab into ${ROOT}b.
            var replaced = text.replacing(root + "/", with: "${ROOT}/")
            if replaced.hasSuffix(root) { replaced = String(replaced.dropLast(root.count)) + "${ROOT}" }
            return .string(replaced)
        case .array(let elements):
            return .array(elements.map { replacing(root, in: $0) })
        case .object(let members):
            return .object(members.mapValues { replacing(root, in: $0) })
        default:
            return value
        }
    }
}
