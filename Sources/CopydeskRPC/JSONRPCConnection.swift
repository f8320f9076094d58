import CopydeskJSON
import CopydeskProtocol
import Synchronization

/// Receives what a `JSONRPCConnection` reads, on the reading thread and in the order it was read.
public protocol MessageHandler: AnyObject, Sendable {
    /// A request; it must be answered exactly once through `JSONRPCConnection.reply(to:with:)`.
    func handleRequest(id: RequestID, method: String, params: JSONValue?)
    /// A notification; it is never answered.
    func handleNotification(method: String, params: JSONValue?)
    /// Every complete message read so far has been delivered (or a long run of them has): the moment to start
    /// work queued since the last flush, knowing that no edit already sent by the client is still unread.
    func flush()
}

/// A JSON-RPC 2.0 connection over two file descriptors with Content-Length framing.
///
/// One thread reads (`run`), delivering messages to a `MessageHandler` in order; any thread may send. Frames that
/// are not JSON, JSON that is not a message, and oversized frames are answered with the JSON-RPC error for them
/// and reading goes on. Answers to the requests this side sends are routed to the closure given with each.
public final class JSONRPCConnection: Sendable {
    /// A closure that receives the answer to a request this side sent.
    public typealias ReplyHandler = @Sendable (Result<JSONValue, ResponseError>) -> Void

    private struct State {
        var nextRequestID = 1
        var pendingReplies: [RequestID: ReplyHandler] = [:]
        var isStopped = false
    }

    private let input: Int32
    private let output: Int32
    private let maximumMessageSize: Int
    private let recorder: SessionRecorder?
    private let log: @Sendable (String) -> Void
    private let state = Mutex(State())
    /// Serialises writes so frames never interleave; true once the output is broken.
    private let writer = Mutex(false)

    /// How many messages are delivered before `flush` is called even though more are waiting, so a client
    /// that never pauses cannot starve the work queued behind its messages.
    static let messagesPerFlush = 64

    /// - Parameters:
    ///   - input: The descriptor messages are read from.
    ///   - output: The descriptor frames are written to.
    ///   - maximumMessageSize: The largest frame body accepted, in bytes.
    ///   - recorder: Where to record every message, if anywhere.
    ///   - log: Where to report transport problems (standard error, in the server).
    public init(
        input: Int32, output: Int32, maximumMessageSize: Int = 128 << 20, recorder: SessionRecorder? = nil,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.input = input
        self.output = output
        self.maximumMessageSize = maximumMessageSize
        self.recorder = recorder
        self.log = log
    }

    /// Reads and delivers messages until the input ends or `stop()` is called from a handler.
    public func run(_ handler: any MessageHandler) {
        var parser = FrameParser(maximumBodySize: maximumMessageSize)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var deliveredSinceFlush = 0
        while !isStopped {
            while let event = parser.next() {
                deliver(event, to: handler)
                if isStopped { return }
                deliveredSinceFlush += 1
                if deliveredSinceFlush >= Self.messagesPerFlush {
                    handler.flush()
                    deliveredSinceFlush = 0
                }
            }
            handler.flush()
            deliveredSinceFlush = 0
            guard let count = FileDescriptorStream.read(input, into: &chunk) else {
                recorder?.recordEndOfInput()
                if !parser.isIdle { log("input ended in the middle of a message (\(parser.bufferedByteCount) bytes unread)") }
                return
            }
            parser.append(chunk[0..<count])
        }
    }

    /// Makes `run` return after the message being delivered.
    public func stop() {
        state.withLock { $0.isStopped = true }
    }

    private var isStopped: Bool { state.withLock { $0.isStopped } }

    private func deliver(_ event: FrameParser.Event, to handler: any MessageHandler) {
        switch event {
        case .malformed(let header, let reason):
            recorder?.recordRawBytes(header + [0x0D, 0x0A])
            log("skipped a malformed frame: \(reason)")
            send(.errorResponse(id: nil, error: .parseError("malformed frame: \(reason)")))
        case .oversized(let header, let length):
            recorder?.recordRawBytes(header + [0x0D, 0x0A])
            log("skipped a message of \(length) bytes, over the limit of \(maximumMessageSize)")
            send(.errorResponse(id: nil, error: .invalidRequest("message of \(length) bytes is over the limit of \(maximumMessageSize) bytes; skipped")))
        case .frame(let body):
            let json: JSONValue
            do throws(JSONParseError) {
                json = try JSONParser.parse(body)
            } catch {
                recorder?.recordRawBody(body)
                log("a frame's body is not JSON (\(error)); answered with a parse error")
                send(.errorResponse(id: nil, error: .parseError("the message is not JSON: \(error)")))
                return
            }
            recorder?.record(.client, json)
            switch JSONRPCMessage.parse(json) {
            case .failure(let invalid):
                log("invalid message: \(invalid.error.message)")
                if invalid.expectsReply { send(.errorResponse(id: invalid.id, error: invalid.error)) }
            case .success(.request(let id, let method, let params)):
                handler.handleRequest(id: id, method: method, params: params)
            case .success(.notification(let method, let params)):
                handler.handleNotification(method: method, params: params)
            case .success(.response(let id, let result)):
                routeReply(to: id, .success(result))
            case .success(.errorResponse(let id, let error)):
                guard let id else {
                    log("the client reported an error: \(error)")
                    return
                }
                routeReply(to: id, .failure(error))
            }
        }
    }

    private func routeReply(to id: RequestID, _ result: Result<JSONValue, ResponseError>) {
        guard let handler = state.withLock({ $0.pendingReplies.removeValue(forKey: id) }) else {
            log("an answer to request \(id), which this server did not send or has had answered")
            return
        }
        handler(result)
    }

    // MARK: Sending

    /// Writes one message as a frame. Thread-safe; frames never interleave.
    public func send(_ message: JSONRPCMessage) {
        let json = message.json
        let body = JSONSerializer.bytes(from: json)
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        writer.withLock { isBroken in
            guard !isBroken else { return }
            recorder?.record(.server, json)
            if !FileDescriptorStream.write(output, frame) {
                isBroken = true
                log("the output closed; dropping every later message")
            }
        }
    }

    /// Answers request `id`.
    public func reply(to id: RequestID, with result: Result<JSONValue, ResponseError>) {
        switch result {
        case .success(let value): send(.response(id: id, result: value))
        case .failure(let error): send(.errorResponse(id: id, error: error))
        }
    }

    /// Sends a notification.
    public func notify(_ method: String, _ params: JSONValue?) {
        send(.notification(method: method, params: params))
    }

    /// Sends a request; `reply` receives its answer on the reading thread.
    public func sendRequest(_ method: String, _ params: JSONValue?, reply: @escaping ReplyHandler) {
        let id = state.withLock { state -> RequestID in
            let id = RequestID.number(state.nextRequestID)
            state.nextRequestID += 1
            state.pendingReplies[id] = reply
            return id
        }
        send(.request(id: id, method: method, params: params))
    }
}

extension JSONRPCConnection {
    /// Sends a typed notification.
    public func send<Notification: NotificationType>(_ notification: Notification) {
        do {
            notify(Notification.method, try JSONValueEncoder().encode(notification))
        } catch {
            log("could not encode \(Notification.method): \(error)")
        }
    }

    /// Sends a typed request; `reply` receives the decoded answer on the reading thread.
    public func send<Request: RequestType>(
        _ request: Request, reply: @escaping @Sendable (Result<Request.Response, ResponseError>) -> Void
    ) {
        let params: JSONValue
        do {
            params = try JSONValueEncoder().encode(request)
        } catch {
            log("could not encode \(Request.method): \(error)")
            return
        }
        sendRequest(Request.method, params) { result in
            reply(result.flatMap { value in
                do {
                    return .success(try JSONValueDecoder().decode(Request.Response.self, from: value))
                } catch {
                    return .failure(.invalidParams("\(Request.method) answered with \(JSONValueDecoder.describe(error))"))
                }
            })
        }
    }
}
