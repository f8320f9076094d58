import CopydeskJSON
import CopydeskProtocol
import CopydeskRPC
import Testing

struct JSONRPCMessageTests {
    static let valid: [(JSONValue, JSONRPCMessage)] = [
        (["jsonrpc": "2.0", "id": 1, "method": "shutdown"], .request(id: .number(1), method: "shutdown", params: .none)),
        (["jsonrpc": "2.0", "id": "a", "method": "m", "params": [1]], .request(id: .string("a"), method: "m", params: [1])),
        (["jsonrpc": "2.0", "method": "exit", "params": nil], .notification(method: "exit", params: .none)),
        (["jsonrpc": "2.0", "id": 3, "result": nil], .response(id: .number(3), result: nil)),
        (
            ["jsonrpc": "2.0", "id": 4, "error": ["code": -32601, "message": "no"]],
            .errorResponse(id: .number(4), error: ResponseError(code: .methodNotFound, message: "no"))
        ),
    ]

    @Test(arguments: valid.indices)
    func readsMessages(index: Int) throws {
        let (json, expected) = Self.valid[index]
        let parsed = try JSONRPCMessage.parse(json).get()
        #expect(parsed == expected, "\(parsed) from \(json)")
    }

    static let invalid: [(JSONValue, RequestID?, Bool)] = [
        ([["jsonrpc": "2.0", "id": 1, "method": "m"]], nil, true),
        ("text", nil, true),
        (["id": 1, "method": "m"], .number(1), true),
        (["jsonrpc": "1.0", "method": "m"], nil, false),
        (["jsonrpc": "2.0", "id": 1.5, "method": "m"], nil, true),
        (["jsonrpc": "2.0", "id": 1, "method": 5], .number(1), true),
        (["jsonrpc": "2.0", "result": 1], nil, true),
        (["jsonrpc": "2.0", "id": 2], .number(2), true),
    ]

    @Test(arguments: invalid.indices)
    func rejectsWhatIsNotAMessageWithTheIdToAnswer(index: Int) {
        let (json, id, expectsReply) = Self.invalid[index]
        switch JSONRPCMessage.parse(json) {
        case .success(let message):
            Issue.record("accepted \(message)")
        case .failure(let invalid):
            #expect(invalid.id == id)
            #expect(invalid.expectsReply == expectsReply)
            #expect(invalid.error.code == .invalidRequest)
        }
    }

    @Test func writesAResponseWithAnExplicitNullResultAndAnErrorWithANullId() {
        #expect(JSONRPCMessage.response(id: .number(1), result: nil).json == ["jsonrpc": "2.0", "id": 1, "result": nil])
        let error = JSONRPCMessage.errorResponse(id: nil, error: .parseError("bad")).json
        #expect(error == ["jsonrpc": "2.0", "id": nil, "error": ["code": -32700, "message": "bad"]])
    }
}
