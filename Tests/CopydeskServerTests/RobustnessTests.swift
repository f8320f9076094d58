import CopydeskJSON
import Foundation
import Testing

/// The real server under hostile input: it must answer, keep serving and exit, never crash or hang. Waits are
/// generous and only bound a hang; nothing about speed is asserted.
struct RobustnessTests {
    static let timeout = 120.0

    static func initialize(_ server: ServerProcess, pull: Bool = true) {
        var capabilities: JSONValue = ["general": ["positionEncodings": ["utf-16"]]]
        if pull { capabilities = ["general": ["positionEncodings": ["utf-16"]], "textDocument": ["diagnostic": [:]]] }
        server.send([
            ["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": capabilities]],
            ["jsonrpc": "2.0", "method": "initialized", "params": [:]],
        ])
    }

    /// Waits for the answer to request `id`, skipping notifications.
    static func answer(to id: JSONValue, from server: ServerProcess) -> JSONValue? {
        while let output = server.next(timeout: timeout) {
            guard case .message(let message) = output else { return nil }
            if message["id"] == id, message["method"] == nil { return message }
        }
        return nil
    }

    static func workspace() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-robust-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func survivesGarbageFramesAndKeepsServing() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try ServerProcess(directory: root)
        Self.initialize(server)
        #expect(Self.answer(to: 0, from: server)?["result"]?["capabilities"] != nil)
        var random = SystemRandomNumberGenerator()
        let noise = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }.filter { $0 != 0x0A && $0 != 0x0D }
        server.write(noise + Array("\r\n\r\n".utf8))
        server.write(Array("Content-Length: 5\r\n\r\n\u{1}\u{2}\u{3}\u{4}\u{5}".utf8))
        server.write(Array("Content-Length: 4\r\n\r\n".utf8) + [0xFF, 0xFE, 0x22, 0x22])
        server.write(Array(repeating: UInt8(ascii: "{"), count: 100_000).withFrame())
        server.send([["jsonrpc": "2.0", "id": 1, "method": "shutdown"]])
        #expect(Self.answer(to: 1, from: server)?["result"] == .null)
        server.send([["jsonrpc": "2.0", "method": "exit"]])
        #expect(server.waitForExit(timeout: Self.timeout) == 0)
    }

    @Test func handlesATenMegabyteSingleLineDraft() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try ServerProcess(directory: root)
        Self.initialize(server)
        _ = Self.answer(to: 0, from: server)
        let sentence = "On Sept. 3, 2025, sales in 北京 rose 4 percent 😀 and “prices” held. "
        let line = String(repeating: sentence, count: (10 << 20) / sentence.utf8.count)
        let uri: JSONValue = .string("file://\(root)/huge.txt")
        // A sentence boundary halfway along the line, in UTF-16 units.
        let middle = sentence.utf16.count * (line.utf16.count / sentence.utf16.count / 2)
        server.send([
            ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": .string(line)]]],
            [
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": uri, "version": 2],
                    "contentChanges": [["range": ["start": ["line": 0, "character": .int(middle)], "end": ["line": 0, "character": .int(middle)]], "text": "Typed. "]],
                ],
            ],
            ["jsonrpc": "2.0", "id": 2, "method": "textDocument/diagnostic", "params": ["textDocument": ["uri": uri]]],
            ["jsonrpc": "2.0", "id": 3, "method": "textDocument/selectionRange", "params": ["textDocument": ["uri": uri], "positions": [["line": 0, "character": .int(middle + 2)]]]],
        ])
        #expect(Self.answer(to: 2, from: server)?["result"]?["kind"] == "full")
        let selection = Self.answer(to: 3, from: server)?["result"]?[0]?["range"]
        #expect(selection == ["start": ["line": 0, "character": .int(middle)], "end": ["line": 0, "character": .int(middle + 5)]])
        server.send([["jsonrpc": "2.0", "id": 4, "method": "shutdown"], ["jsonrpc": "2.0", "method": "exit"]])
        #expect(Self.answer(to: 4, from: server) != nil)
        #expect(server.waitForExit(timeout: Self.timeout) == 0)
    }

    @Test func keepsStandardOutputForFramesOnly() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try ServerProcess(directory: root)
        server.send([["jsonrpc": "2.0", "method": "exit"]])
        #expect(server.waitForExit(timeout: Self.timeout) == 1)
        #expect(server.drainReceived().isEmpty)
    }
}

extension Array where Element == UInt8 {
    /// The bytes as the body of one frame.
    func withFrame() -> [UInt8] {
        Array("Content-Length: \(count)\r\n\r\n".utf8) + self
    }
}
