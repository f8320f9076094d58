import CopydeskJSON
import CopydeskRPC
import Foundation
import Testing

struct SessionRecorderTests {
    @Test func writesLinesWithTheRootReplacedOnceItIsKnown() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-recorder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = try SessionRecorder(directory: directory)
        recorder.record(.client, ["method": "initialize", "params": ["rootUri": "file:///work/drafts"]])
        recorder.setRootPath("/work/drafts")
        recorder.record(.server, ["result": ["serverInfo": ["version": "1.0"]], "uri": "file:///work/drafts2/x.md"])
        recorder.recordRawBody(Array("{oops".utf8))
        recorder.recordEndOfInput()
        recorder.finish()
        let lines = try String(contentsOfFile: recorder.path, encoding: .utf8).split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(lines.count == 4)
        #expect(lines[0] == ["direction": "client", "message": ["method": "initialize", "params": ["rootUri": "file://${ROOT}"]]])
        #expect(lines[1]["volatile"] == ["result.serverInfo.version"])
        #expect(lines[1]["message"]?["uri"] == "file:///work/drafts2/x.md")
        #expect(lines[2] == ["direction": "client", "raw": "{oops"])
        #expect(lines[3] == ["direction": "client", "close": true])
    }
}
