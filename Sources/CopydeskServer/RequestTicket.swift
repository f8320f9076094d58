import CopydeskJSON
import CopydeskProtocol
import CopydeskRPC
import Synchronization

/// A request waiting for its answer, which it sends exactly once.
///
/// Whoever answers first wins: the work that computed a result, a `$/cancelRequest` (answered -32800 at once),
/// or a newer edit that made the result stale. Every later answer is dropped, so a request never gets two.
final class RequestTicket: Sendable {
    let id: RequestID
    let method: String
    private let connection: JSONRPCConnection
    private let answered = Mutex(false)
    private let onAnswer: @Sendable (RequestID) -> Void

    init(id: RequestID, method: String, connection: JSONRPCConnection, onAnswer: @escaping @Sendable (RequestID) -> Void) {
        self.id = id
        self.method = method
        self.connection = connection
        self.onAnswer = onAnswer
    }

    /// Whether the request has been answered (or cancelled), so work for it can be skipped.
    var isAnswered: Bool { answered.withLock { $0 } }

    /// Sends `result` unless the request was already answered; returns whether it was sent.
    @discardableResult
    func answer(_ result: Result<JSONValue, ResponseError>) -> Bool {
        let first = answered.withLock { answered -> Bool in
            defer { answered = true }
            return !answered
        }
        guard first else { return false }
        connection.reply(to: id, with: result)
        onAnswer(id)
        return true
    }

    /// Encodes and sends a typed result, or the error that computing it threw.
    func answer<Response: ResponseType>(_ compute: () throws(ResponseError) -> Response) {
        guard !isAnswered else { return }
        do {
            let value = try compute()
            answer(Result { try JSONValueEncoder().encode(value) }.mapError { .init(code: .internalError, message: "could not encode the result: \($0)") })
        } catch {
            answer(.failure(error))
        }
    }
}
