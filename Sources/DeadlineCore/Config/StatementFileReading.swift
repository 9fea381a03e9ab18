import Glibc
import TOML

/// Reads and parses the files of statements.d on several threads (`ParallelRuns`) and hands
/// each file's outcome to `add` in name order, so that the config, its errors and their order
/// are those of reading the files one after the other.
///
/// The threads take the files by index; whichever thread finds the next outcome in name order
/// ready adds it (one thread at a time), and no thread starts on a file more than `window` files
/// past the next to add. So a parsed file waits to be added only while an earlier one is still
/// being parsed, and the documents held at once are a few, not the folder's.
final class StatementFileReading<Outcome>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let read: (Int) -> Outcome
    private let add: (Int, Outcome) -> Void

    // Guarded by `lock`.
    private var nextToRead = 0
    private var nextToAdd = 0
    private var ready: [Int: Outcome] = [:]
    private var adding = false
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// Calls `read(index)` for each index below `count`, on `runs` threads, and `add(index,
    /// outcome)` for each in order, never two at a time. Returns when every outcome is added.
    static func run(
        count: Int, runs: Int, read: @escaping (Int) -> Outcome, add: @escaping (Int, Outcome) -> Void
    ) {
        let reading = StatementFileReading(count: count, window: 2 * max(runs, 1), read: read, add: add)
        ParallelRuns.perform(max(1, min(runs, count))) { _ in reading.work() }
    }

    private init(count: Int, window: Int, read: @escaping (Int) -> Outcome, add: @escaping (Int, Outcome) -> Void) {
        self.count = count
        self.window = window
        self.read = read
        self.add = add
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        changed.deallocate()
        lock.deallocate()
    }

    /// One thread's share: add what is ready in order, else read the next file, else wait for
    /// the other threads.
    private func work() {
        pthread_mutex_lock(lock)
        while nextToAdd < count {
            if !adding, let outcome = ready.removeValue(forKey: nextToAdd) {
                adding = true
                let index = nextToAdd
                pthread_mutex_unlock(lock)
                add(index, outcome)
                pthread_mutex_lock(lock)
                adding = false
                nextToAdd += 1
                pthread_cond_broadcast(changed)
            } else if nextToRead < count, nextToRead < nextToAdd + window {
                let index = nextToRead
                nextToRead += 1
                pthread_mutex_unlock(lock)
                let outcome = read(index)
                pthread_mutex_lock(lock)
                ready[index] = outcome
                pthread_cond_broadcast(changed)
            } else {
                pthread_cond_wait(changed, lock)
            }
        }
        pthread_mutex_unlock(lock)
    }
}
