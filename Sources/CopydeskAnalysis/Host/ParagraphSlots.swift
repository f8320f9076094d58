/// Slots for paragraph facts read on several threads: each slot is written by exactly one iteration of a parallel
/// loop and read only after the loop has returned, so the slots need no lock.
final class ParagraphSlots: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<ParagraphFacts?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<ParagraphFacts?>.allocate(capacity: max(1, count))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Stores the facts of slot `index`; each slot once.
    func store(_ facts: ParagraphFacts, at index: Int) {
        slots[index] = facts
    }

    /// Every slot's facts, in order, once the loop has returned; nil for a slot the loop skipped.
    func all() -> [ParagraphFacts?] {
        (0..<count).map { slots[$0] }
    }
}
