/// A value one thread hands to another, which waits for it: the first `put` is kept, later ones
/// are ignored, so a run can hand over what it found and, when it ends, "nothing" in case it
/// found nothing.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let condition = ThreadCondition()
    /// Read and written with `condition` locked only.
    private var value: Value?

    func put(_ value: Value) {
        condition.lock()
        if self.value == nil {
            self.value = value
            condition.broadcast()
        }
        condition.unlock()
    }

    /// The value put, once it is.
    func take() -> Value {
        condition.lock()
        while value == nil { condition.wait() }
        let taken = value!
        condition.unlock()
        return taken
    }
}
