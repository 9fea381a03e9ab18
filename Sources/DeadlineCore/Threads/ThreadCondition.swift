import Glibc

/// A POSIX mutex and one condition on it: how the threads of `ParallelRuns` (plain POSIX
/// threads) wait for each other. Every wait and signal happens with the mutex held.
final class ThreadCondition: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

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

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the mutex until another thread calls `broadcast`, then holds it again.
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes every thread in `wait`.
    func broadcast() { pthread_cond_broadcast(condition) }
}
