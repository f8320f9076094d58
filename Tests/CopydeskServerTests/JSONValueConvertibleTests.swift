import CopydeskJSON
import CopydeskProtocol
import Testing

/// The hand-written JSON of hot protocol types must be exactly what their Codable conformance writes.
struct JSONValueConvertibleTests {
    /// Encodes a value through its own `encode(to:)`, bypassing its `jsonValue` at the top level.
    struct ThroughCodable<Value: Encodable>: Encodable {
        let value: Value
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    static func agrees<Value: Encodable & JSONValueConvertible>(_ value: Value) throws -> Bool {
        try JSONValueEncoder().encode(ThroughCodable(value: value)) == value.jsonValue
            && JSONValueEncoder().encode(value) == value.jsonValue
    }

    static let range = LSPRange(start: Position(line: 1, character: 2), end: Position(line: 3, character: 4))

    @Test func positionsRangesAndLocationsWriteWhatCodableWrites() throws {
        #expect(try Self.agrees(Position(line: 7, character: 0)))
        #expect(try Self.agrees(Self.range))
        #expect(try Self.agrees(Location(uri: DocumentURI("file:///a%20b.md"), range: Self.range)))
    }

    @Test func diagnosticsWriteWhatCodableWrites() throws {
        let full = Diagnostic(
            range: Self.range, severity: .hint, code: "unattributed-quote", codeDescription: CodeDescription(href: "https://x/y#z"),
            source: "copydesk", message: "“Quoted” 😀", tags: [.unnecessary],
            relatedInformation: [DiagnosticRelatedInformation(location: Location(uri: DocumentURI("file:///d.md"), range: Self.range), message: "here")],
            data: ["version": 2, "fixes": []]
        )
        #expect(try Self.agrees(full))
        #expect(try Self.agrees(Diagnostic(range: Self.range, message: "bare")))
        #expect(try JSONValueDecoder().decode(Diagnostic.self, from: full.jsonValue) == full)
    }
}
