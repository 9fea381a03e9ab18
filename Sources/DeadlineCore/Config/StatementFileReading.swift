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

    // Read and written with `changed` locked only.
    private var nextToRead = 0
    private var nextToAdd = 0
    private var ready: [Int: Outcome] = [:]
    private var adding = false
    private let changed = ThreadCondition()

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
    }

    /// One thread's share: add what is ready in order, else read the next file, else wait for
    /// the other threads.
    private func work() {
        changed.lock()
        while nextToAdd < count {
            if !adding, let outcome = ready.removeValue(forKey: nextToAdd) {
                adding = true
                let index = nextToAdd
                changed.unlock()
                add(index, outcome)
                changed.lock()
                adding = false
                nextToAdd += 1
                changed.broadcast()
            } else if nextToRead < count, nextToRead < nextToAdd + window {
                let index = nextToRead
                nextToRead += 1
                changed.unlock()
                let outcome = read(index)
                changed.lock()
                ready[index] = outcome
                changed.broadcast()
            } else {
                changed.wait()
            }
        }
        changed.unlock()
    }
}
