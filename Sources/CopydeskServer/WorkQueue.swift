import CopydeskProtocol
import Dispatch
import Synchronization

/// Requests and background work waiting to start, released together at each flush of the connection.
///
/// The reader thread enqueues work as it reads messages; nothing starts until the connection has delivered every
/// complete message it holds. So a burst of edits is applied before any analysis of it starts, a
/// `$/cancelRequest` that arrives with the request it cancels finds it still waiting, and the newest version of
/// a document wins. Each piece of work runs on the queue it names (a document's own serial queue), so work on one
/// document runs in the order it was read.
final class WorkQueue: Sendable {
    private struct Work {
        let ticket: RequestTicket?
        let queue: DispatchQueue
        let body: @Sendable () -> Void
    }

    private let waiting = Mutex<[Work]>([])
    private let open = Mutex<[RequestID: RequestTicket]>([:])
    /// Every piece of work enqueued and not yet finished, so `shutdown` can wait for them.
    private let inFlight = DispatchGroup()

    /// Registers a ticket so `cancel` can find it until it is answered.
    func register(_ ticket: RequestTicket) {
        open.withLock { $0[ticket.id] = ticket }
    }

    /// Forgets a ticket once its request has been answered.
    func unregister(_ id: RequestID) {
        _ = open.withLock { $0.removeValue(forKey: id) }
    }

    /// Queues `body` to run on `queue` at the next flush; skipped if `ticket`'s request is answered before then.
    func enqueue(on queue: DispatchQueue, for ticket: RequestTicket? = nil, _ body: @escaping @Sendable () -> Void) {
        inFlight.enter()
        waiting.withLock { $0.append(Work(ticket: ticket, queue: queue, body: body)) }
    }

    /// Starts everything queued, in the order it was queued.
    func release() {
        let work = waiting.withLock { waiting -> [Work] in
            defer { waiting.removeAll(keepingCapacity: true) }
            return waiting
        }
        for item in work {
            item.queue.async { [inFlight] in
                defer { inFlight.leave() }
                if item.ticket?.isAnswered == true { return }
                item.body()
            }
        }
    }

    /// Answers request `id` as cancelled if it has not been answered yet; returns whether it was still open.
    @discardableResult
    func cancel(_ id: RequestID) -> Bool {
        guard let ticket = open.withLock({ $0[id] }) else { return false }
        return ticket.answer(.failure(.cancelled))
    }

    /// Starts everything queued and waits until all work has finished, or `timeout` seconds have passed;
    /// returns whether it all finished.
    @discardableResult
    func drain(timeout seconds: Double) -> Bool {
        release()
        return inFlight.wait(timeout: .now() + seconds) == .success
    }
}
