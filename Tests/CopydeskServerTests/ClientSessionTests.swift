import CopydeskJSON
import CopydeskProtocol
import CopydeskText
import Testing

@testable import CopydeskServer

struct ClientSessionTests {
    static let negotiation: [([String]?, PositionEncoding)] = [
        (nil, .utf16), ([], .utf16), (["utf-16"], .utf16), (["utf-16", "utf-8"], .utf8), (["utf-32", "utf-16"], .utf32),
        (["utf-32", "utf-8"], .utf8), (["latin-1"], .utf16),
    ]

    @Test(arguments: negotiation.indices)
    func negotiatesUTF8FirstThenUTF32ElseUTF16(index: Int) {
        let (offered, expected) = Self.negotiation[index]
        let general: JSONValue = offered.map { ["positionEncodings": .array($0.map(JSONValue.string))] } ?? [:]
        let session = ClientSession(capabilities: ClientCapabilities(["general": general]))
        #expect(session.encoding == expected)
        #expect(session.serverCapabilities.positionEncoding?.rawValue == expected.rawValue)
    }

    @Test func offersPullDiagnosticsOnlyToClientsThatPull() {
        let pulling = ClientSession(capabilities: ClientCapabilities(["textDocument": ["diagnostic": [:]]]))
        let pushed = ClientSession(capabilities: ClientCapabilities(["textDocument": ["diagnostic": true]]))
        #expect(pulling.pullsDiagnostics && pulling.serverCapabilities.diagnosticProvider != nil)
        #expect(!pushed.pullsDiagnostics && pushed.serverCapabilities.diagnosticProvider == nil)
    }

    @Test func readsCapabilitiesOfTheWrongShapeAsUnsupported() throws {
        let json: JSONValue = ["general": ["positionEncodings": "utf-8"], "textDocument": ["hover": ["contentFormat": [1, nil]]], "workspace": 7]
        let capabilities = try JSONValueDecoder().decode(ClientCapabilities.self, from: json)
        #expect(capabilities.positionEncodings == [.utf16])
        #expect(!capabilities.supportsMarkdownHover)
        #expect(!capabilities.supportsConfigurationPull)
    }
}
