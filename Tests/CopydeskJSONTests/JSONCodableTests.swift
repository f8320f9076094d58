import CopydeskJSON
import Testing

struct JSONCodableTests {
    struct Position: Codable, Equatable {
        var line: Int
        var character: Int
    }

    enum Kind: String, Codable {
        case full, unchanged
    }

    struct Sample: Codable, Equatable {
        var name: String
        var kind: Kind
        var positions: [Position]
        var note: String?
        var ratio: Double
        var flags: [String: Bool]
        var extra: JSONValue?
        var small: UInt8
    }

    @Test func roundTripsAValueAndLeavesOutNilOptionals() throws {
        let sample = Sample(
            name: "“Curly” 🎉", kind: .full, positions: [Position(line: 1, character: 2)], note: nil, ratio: 0.5,
            flags: ["a": true], extra: ["any": [1, "two", nil]], small: 7
        )
        let json = try JSONValueEncoder().encode(sample)
        #expect(json["note"] == nil)
        #expect(json["kind"] == "full")
        #expect(json["positions"] == [["line": 1, "character": 2]])
        #expect(json["extra"] == ["any": [1, "two", nil]])
        #expect(try JSONValueDecoder().decode(Sample.self, from: json) == sample)
    }

    @Test func decodesIntegersWrittenAsWholeDoublesAndNullAsNil() throws {
        let json: JSONValue = [
            "name": "x", "kind": "unchanged", "positions": [["line": 1.0, "character": 0]], "note": nil, "ratio": 1,
            "flags": [:], "small": 255, "ignored": ["whatever": true],
        ]
        let sample = try JSONValueDecoder().decode(Sample.self, from: json)
        #expect(sample.positions == [Position(line: 1, character: 0)])
        #expect(sample.note == nil)
        #expect(sample.ratio == 1)
    }

    static let failures: [(JSONValue, String)] = [
        (["line": "1", "character": 0], "line: expected an integer, found a string"),
        (["line": 1], "character: required but missing"),
        (["line": 1.5, "character": 0], "line: expected an integer, found a number"),
        ([1, 2], "expected an object, found an array"),
        (nil, "expected an object, found null"),
    ]

    @Test(arguments: failures.indices)
    func describesWhereDecodingFailed(index: Int) {
        let (json, message) = Self.failures[index]
        do {
            _ = try JSONValueDecoder().decode(Position.self, from: json)
            Issue.record("decoded \(json)")
        } catch {
            #expect(JSONValueDecoder.describe(error) == message)
        }
    }

    @Test func describesNestedPathsWithIndexes() {
        let json: JSONValue = [
            "name": "x", "kind": "full", "positions": [["line": 1, "character": 1], ["line": 2, "character": -1.5]],
            "ratio": 1, "flags": [:], "small": 1,
        ]
        do {
            _ = try JSONValueDecoder().decode(Sample.self, from: json)
            Issue.record("decoded")
        } catch {
            #expect(JSONValueDecoder.describe(error) == "positions[1].character: expected an integer, found a number")
        }
    }

    @Test func rejectsOutOfRangeIntegersAndUnknownEnumCases() {
        #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode(UInt8.self, from: 256)
        }
        #expect(throws: DecodingError.self) {
            try JSONValueDecoder().decode(Kind.self, from: "partial")
        }
    }

    @Test func jsonValueRoundTripsThroughItsOwnCodableConformance() throws {
        let value: JSONValue = ["a": [true, 1, 2.5, "s", nil, ["b": [:]]]]
        struct Wrapper: Codable { var value: JSONValue }
        let encoded = try JSONValueEncoder().encode(Wrapper(value: value))
        #expect(encoded == ["value": value])
        #expect(try JSONValueDecoder().decode(Wrapper.self, from: encoded).value == value)
    }
}
