import CopydeskRPC
import Testing

struct FrameParserTests {
    /// Feeds `input` to a parser in chunks of `chunk` bytes and collects every event.
    static func events(_ input: String, chunk: Int = 1 << 20, limit: Int = 1 << 20) -> [FrameParser.Event] {
        var parser = FrameParser(maximumBodySize: limit)
        let bytes = Array(input.utf8)
        var events: [FrameParser.Event] = []
        var offset = 0
        while offset < bytes.count {
            parser.append(bytes[offset..<min(offset + chunk, bytes.count)])
            offset += chunk
            while let event = parser.next() { events.append(event) }
        }
        return events
    }

    static func frame(_ body: String) -> FrameParser.Event { .frame(Array(body.utf8)) }

    @Test(arguments: [1, 2, 3, 7, 1000])
    func readsFramesSplitAnywhere(chunk: Int) {
        let input = "Content-Length: 2\r\n\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 8\r\n\r\n\"北京\""
        #expect(Self.events(input, chunk: chunk) == [Self.frame("{}"), Self.frame("\"北京\"")])
    }

    @Test func acceptsBareLineFeedsLowercaseNamesAndBlankLinesBetweenFrames() {
        let input = "content-length:2\n\n[]\r\n\r\nCONTENT-LENGTH: 1\r\n\r\n1"
        #expect(Self.events(input) == [Self.frame("[]"), Self.frame("1")])
    }

    static let malformed: [(String, String)] = [
        ("Content-Type: text/plain\r\n\r\n", "a header block without Content-Length"),
        ("Content-Length: -4\r\n\r\n", "Content-Length '-4' is not a number of bytes"),
        ("Content-Length: 99999999999999999999999\r\n\r\n", "Content-Length '99999999999999999999999' is not a number of bytes"),
        ("Content-Length: 2\r\nContent-Length: 3\r\n\r\n", "two different Content-Length headers"),
        ("{\"jsonrpc\": \"2.0\"}\r\n\r\n", "a header block without Content-Length"),
    ]

    @Test(arguments: malformed.indices)
    func reportsMalformedHeadersAndRecovers(index: Int) {
        let (header, reason) = Self.malformed[index]
        let events = Self.events(header + "Content-Length: 2\r\n\r\nok")
        #expect(events.count == 2)
        if case .malformed(_, let found)? = events.first { #expect(found == reason) } else { Issue.record("no malformed event: \(events)") }
        #expect(events.last == Self.frame("ok"))
    }

    @Test func givesUpOnAHeaderThatNeverEnds() {
        let garbage = String(repeating: "x", count: FrameParser.maximumHeaderSize + 10)
        let events = Self.events(garbage + "\r\n\r\nContent-Length: 2\r\n\r\nok", chunk: 4096)
        let malformed = events.filter { if case .malformed = $0 { return true } else { return false } }
        #expect(!malformed.isEmpty && malformed.count <= 3)
        #expect(events.last == Self.frame("ok"), "the frame after the garbage is still read")
    }

    @Test func skipsAnOversizedBodyWithoutBufferingIt() {
        var parser = FrameParser(maximumBodySize: 10)
        parser.append(Array("Content-Length: 100\r\n\r\n".utf8) + Array(repeating: UInt8(ascii: "a"), count: 40))
        #expect(parser.next() == .oversized(header: Array("Content-Length: 100\r\n".utf8), length: 100))
        #expect(parser.bufferedByteCount == 0)
        parser.append(Array(repeating: UInt8(ascii: "a"), count: 60) + Array("Content-Length: 2\r\n\r\nok".utf8))
        #expect(parser.next() == Self.frame("ok"))
        #expect(parser.next() == nil)
        #expect(parser.isIdle)
    }

    @Test func waitsForTheRestOfABody() {
        var parser = FrameParser(maximumBodySize: 100)
        parser.append(Array("Content-Length: 5\r\n\r\nab".utf8))
        #expect(parser.next() == nil)
        #expect(!parser.isIdle)
        parser.append(Array("cde".utf8))
        #expect(parser.next() == Self.frame("abcde"))
    }
}
