import CopydeskAnalysis
import CopydeskJSON
import CopydeskKnowledge
import CopydeskProtocol
import CopydeskRPC
import CopydeskWorkspace
import Synchronization

/// The Copydesk language server: the one place where LSP meets the analysis.
///
/// Messages arrive on the connection's reading thread, in order. Lifecycle messages, edits and cancellations are
/// handled there at once; everything that needs an analysis is queued on the document's own serial queue and
/// started only when the connection has delivered every message it holds (see `WorkQueue`), so a request always
/// sees the edits sent before it and a burst of edits is analysed once, at its newest version. Each request is
/// answered exactly once (`RequestTicket`).
public final class LanguageServer: MessageHandler, Sendable {
    enum Phase: Sendable {
        case waitingForInitialize, running, shutDown
    }

    private struct State {
        var phase = Phase.waitingForInitialize
        var session: ClientSession?
        var trace = TraceValue.off
        var exitStatus: Int32?
    }

    let connection: JSONRPCConnection
    let recorder: SessionRecorder?
    let documents = DocumentStore()
    let work = WorkQueue()
    let configuration = ServerConfiguration()
    let configurationReporter = ProblemReporter<ConfigurationProblem>()
    let entityFileReporter = ProblemReporter<EntityFileProblem>()
    let entityFileListings = EntityFileListings()
    let host = AnalysisHost(parallelLoop: ParallelReading.loop)
    private let state = Mutex(State())

    public init(connection: JSONRPCConnection, recorder: SessionRecorder? = nil) {
        self.connection = connection
        self.recorder = recorder
    }

    /// The status the process should exit with: 0 after `shutdown` then `exit` (or end of input), 1 otherwise.
    public var exitStatus: Int32 {
        state.withLock { $0.exitStatus ?? ($0.phase == .shutDown ? 0 : 1) }
    }

    var phase: Phase {
        get { state.withLock { $0.phase } }
        set { state.withLock { $0.phase = newValue } }
    }

    /// What was agreed at `initialize`; nil before it.
    var session: ClientSession? {
        get { state.withLock { $0.session } }
        set { state.withLock { $0.session = newValue } }
    }

    var trace: TraceValue {
        get { state.withLock { $0.trace } }
        set { state.withLock { $0.trace = newValue } }
    }

    // MARK: MessageHandler

    public func handleRequest(id: RequestID, method: String, params: JSONValue?) {
        traceReceived("request '\(method) - (\(id))'", params)
        let ticket = RequestTicket(id: id, method: method, connection: connection) { [work] id in work.unregister(id) }
        work.register(ticket)
        switch phase {
        case .waitingForInitialize where method != InitializeRequest.method:
            ticket.answer(.failure(.serverNotInitialized))
            return
        case .shutDown:
            ticket.answer(.failure(.invalidRequest("the server has shut down; only exit is accepted")))
            return
        case .running where method == InitializeRequest.method:
            ticket.answer(.failure(.invalidRequest("initialize was already received")))
            return
        default:
            break
        }
        guard let type = MessageRegistry.requestType(for: method) else {
            ticket.answer(.failure(.methodNotFound(method)))
            return
        }
        decodeAndHandle(type, params, ticket)
    }

    public func handleNotification(method: String, params: JSONValue?) {
        traceReceived("notification '\(method)'", params)
        if method == ExitNotification.method {
            exit()
            return
        }
        // Before `initialize` and after `shutdown`, notifications other than `exit` are dropped, as LSP says.
        guard phase == .running else { return }
        guard let type = MessageRegistry.notificationType(for: method) else { return }
        decodeAndHandle(type, params)
    }

    public func flush() {
        scheduleDiagnostics()
        work.release()
    }

    // MARK: Decoding and dispatch

    private func decodeAndHandle<Request: RequestType>(_ type: Request.Type, _ params: JSONValue?, _ ticket: RequestTicket) {
        let request: Request
        do {
            request = try JSONValueDecoder().decode(Request.self, from: Self.normalized(params))
        } catch {
            ticket.answer(.failure(.invalidParams("invalid params for \(Request.method): \(JSONValueDecoder.describe(error))")))
            return
        }
        handle(request, ticket)
    }

    private func decodeAndHandle<Notification: NotificationType>(_ type: Notification.Type, _ params: JSONValue?) {
        let notification: Notification
        do {
            notification = try JSONValueDecoder().decode(Notification.self, from: Self.normalized(params))
        } catch {
            logToClient(.warning, "ignored \(Notification.method) with invalid params: \(JSONValueDecoder.describe(error))")
            return
        }
        handle(notification)
    }

    /// Absent and null params decode as an empty object, so parameterless messages need nothing special.
    private static func normalized(_ params: JSONValue?) -> JSONValue {
        guard let params, !params.isNull else { return .object([:]) }
        return params
    }

    private func handle(_ request: any RequestType, _ ticket: RequestTicket) {
        switch request {
        case let request as InitializeRequest: initialize(request, ticket)
        case is ShutdownRequest: shutdown(ticket)
        case let request as DocumentDiagnosticRequest: pullDiagnostics(request, ticket)
        case let request as CodeActionRequest: codeActions(request, ticket)
        case let request as HoverRequest: hover(request, ticket)
        case let request as InlayHintRequest: inlayHints(request, ticket)
        case let request as DocumentSymbolRequest: documentSymbols(request, ticket)
        case let request as DefinitionRequest: definition(request, ticket)
        case let request as ReferencesRequest: references(request, ticket)
        case let request as PrepareRenameRequest: prepareRename(request, ticket)
        case let request as RenameRequest: rename(request, ticket)
        case let request as SelectionRangeRequest: selectionRanges(request, ticket)
        default: ticket.answer(.failure(.methodNotFound(ticket.method)))
        }
    }

    private func handle(_ notification: any NotificationType) {
        switch notification {
        case is InitializedNotification: initialized()
        case let notification as CancelRequestNotification: work.cancel(notification.id)
        case let notification as SetTraceNotification: trace = notification.value
        case let notification as DidOpenTextDocumentNotification: didOpen(notification)
        case let notification as DidChangeTextDocumentNotification: didChange(notification)
        case let notification as DidCloseTextDocumentNotification: didClose(notification)
        case let notification as DidSaveTextDocumentNotification: didSave(notification)
        case let notification as DidChangeConfigurationNotification: didChangeConfiguration(notification)
        case let notification as DidChangeWatchedFilesNotification: didChangeWatchedFiles(notification)
        case let notification as DidChangeWorkspaceFoldersNotification: didChangeWorkspaceFolders(notification)
        default: break
        }
    }

    // MARK: Exit

    private func exit() {
        state.withLock { $0.exitStatus = $0.phase == .shutDown ? 0 : 1 }
        connection.stop()
    }

    // MARK: Logging

    /// Logs to standard error and to the editor's log of this server (`window/logMessage`).
    func logToClient(_ type: WindowMessageType, _ message: String) {
        ServerLog.write(message)
        connection.send(LogMessageNotification(type: type, message: message))
    }

    /// Shows the user a message (`window/showMessage`) and logs it.
    func showMessage(_ type: WindowMessageType, _ message: String) {
        ServerLog.write(message)
        connection.send(ShowMessageNotification(type: type, message: message))
    }

    /// Reports a received message through `$/logTrace` when the client asked for tracing.
    private func traceReceived(_ what: @autoclosure () -> String, _ params: JSONValue?) {
        let level = trace
        guard level != .off else { return }
        let verbose = level == .verbose ? "Params: \(params.map(JSONSerializer.string(from:)) ?? "none")" : nil
        connection.send(LogTraceNotification(message: "Received \(what()).", verbose: verbose))
    }
}
