import CopydeskJSON
import Testing

struct JSONParserTests {
    static let valid: [(String, JSONValue)] = [
        (#"{"a": [1, 2.5, true, null, "x"]}"#, ["a": [1, 2.5, true, nil, "x"]]),
        (#""\u00e9\ud83d\ude00\n""#, "é😀\n"),
        (#""\ud83d""#, "\u{FFFD}"),
        ("  -0.5e2 ", -50.0),
        (#"{"id": 9007199254740993}"#, ["id": 9_007_199_254_740_993]),
    ]

    @Test(arguments: valid.indices)
    func parsesValidJSON(index: Int) throws {
        let (text, expected) = Self.valid[index]
        #expect(try JSONParser.parse(text) == expected)
    }

    static let invalid: [(String, String)] = [
        ("", "unexpected end of input"),
        ("{", "expected a string key in an object"),
        (#"{"a" 1}"#, "expected ':' after an object key"),
        ("[1,]", "unexpected character ']'"),
        ("01", "unexpected text after the JSON value"),
        (#""a"#, "unterminated string"),
        ("tru", "unexpected end of input"),
        (#""\x""#, "invalid escape '\\x'"),
    ]

    @Test(arguments: invalid.indices)
    func reportsWhyInvalidJSONIsInvalid(index: Int) {
        let (text, reason) = Self.invalid[index]
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func roundTripsThroughTheSerializer() throws {
        let value: JSONValue = ["z": "“quoted” \"text\"\t\u{01}", "a": [1, -2.25, false, nil], "m": ["k": "v"]]
        #expect(try JSONParser.parse(JSONSerializer.string(from: value)) == value)
        #expect(try JSONParser.parse(JSONSerializer.prettyString(from: value)) == value)
        #expect(JSONSerializer.string(from: ["b": 1, "a": 2]) == #"{"a":2,"b":1}"#)
    }
}
