import Glibc

/// A value one thread hands to another, which waits for it: the first `put` is kept, later ones
/// are ignored, so a run can hand over what it found and, when it ends, "nothing" in case it
/// found nothing.
///
/// A POSIX mutex and condition, as `ParallelRuns` uses plain POSIX threads.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Read and written under `mutex` only.
    private var value: Value?

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func put(_ value: Value) {
        pthread_mutex_lock(mutex)
        if self.value == nil {
            self.value = value
            pthread_cond_broadcast(condition)
        }
        pthread_mutex_unlock(mutex)
    }

    /// The value put, once it is.
    func take() -> Value {
        pthread_mutex_lock(mutex)
        while value == nil { pthread_cond_wait(condition, mutex) }
        let taken = value!
        pthread_mutex_unlock(mutex)
        return taken
    }
}
