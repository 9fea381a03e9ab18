import Glibc

/// Runs `body(0)`, `body(1)`, … `body(count - 1)` at the same time: the first on the calling
/// thread, each other on a thread of its own, and returns when all have.
///
/// Plain POSIX threads, not `DispatchQueue.concurrentPerform`: once a process has used
/// libdispatch's global worker pool, a monitor of that pool wakes it every second for the rest
/// of its life, and the daemon, which loads large configs this way at start and on every
/// reload, must not wake while nothing is due.
enum ParallelRuns {
    /// How many runs a large piece of work is split into: the cores online, at most `limit`,
    /// at least 1.
    static func count(limit: Int) -> Int {
        max(1, min(sysconf(Int32(_SC_NPROCESSORS_ONLN)), limit))
    }

    static func perform(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        var threads: [pthread_t] = []
        for index in 1..<max(count, 1) {
            let run = Unmanaged.passRetained(Run(index: index, body: body)).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { pointer in
                let run = Unmanaged<Run>.fromOpaque(pointer!).takeRetainedValue()
                run.body(run.index)
                return nil
            }, run) == 0 {
                threads.append(thread)
            } else {
                // No thread to be had: do this run here instead.
                let run = Unmanaged<Run>.fromOpaque(run).takeRetainedValue()
                run.body(run.index)
            }
        }
        if count > 0 { body(0) }
        for thread in threads { pthread_join(thread, nil) }
    }

    /// One run's index and work, handed to its thread.
    private final class Run: Sendable {
        let index: Int
        let body: @Sendable (Int) -> Void

        init(index: Int, body: @escaping @Sendable (Int) -> Void) {
            self.index = index
            self.body = body
        }
    }
}
