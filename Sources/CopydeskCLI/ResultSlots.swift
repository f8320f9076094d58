import Synchronization

/// A fixed number of slots that concurrent workers fill by index, read once they are all done.
final class ResultSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    subscript(index: Int) -> Value? {
        get { storage.withLock { $0[index] } }
        set { storage.withLock { $0[index] = newValue } }
    }

    /// Every slot's value; all must have been filled.
    var values: [Value] {
        storage.withLock { $0.compactMap { $0 } }
    }
}
