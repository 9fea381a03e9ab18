import CSystemd
import Glibc

/// Runs a program with an argv and an environment (no shell), bounded in time and output.
enum ChildProcess {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// Killed because `stop` turned true while it ran.
        case stopped
        case failedToStart(SystemError)
    }

    struct Result {
        var ending: Ending
        /// The first `outputCap` bytes of stdout and stderr together.
        var output: String
    }

    /// Spawns `argv[0]` with stdin from /dev/null and stdout+stderr into a pipe, waits at most
    /// `timeout` seconds, or until `stop()` is true, then SIGKILL; and keeps at most `outputCap`
    /// bytes of what it printed.
    static func run(
        argv: [String], environment: [String], timeout: Double, outputCap: Int, stop: () -> Bool = { false }
    ) -> Result {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            return Result(ending: .failedToStart(SystemError(errno: errno, function: "pipe")), output: "")
        }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        defer { close(readEnd) }
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)

        var pid: pid_t = 0
        let spawnResult = withCStrings(argv) { argvPointers in
            withCStrings(environment) { environmentPointers in
                posix_spawn(&pid, argv[0], &actions, nil, argvPointers, environmentPointers)
            }
        }
        close(writeEnd)
        guard spawnResult == 0 else {
            return Result(ending: .failedToStart(SystemError(errno: spawnResult, function: "posix_spawn")), output: "")
        }

        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let start = monotonicSeconds()
        var status: Int32 = 0
        var ending: Ending?
        while ending == nil {
            drain(readEnd, into: &output, buffer: &buffer, cap: outputCap)
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                ending = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
            } else if monotonicSeconds() - start > timeout || stop() {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                ending = stop() ? .stopped : .timedOut
            } else {
                usleep(10_000)
            }
        }
        drain(readEnd, into: &output, buffer: &buffer, cap: outputCap)
        return Result(ending: ending!, output: String(decoding: output, as: UTF8.self))
    }

    /// Reads what is available, keeping at most `cap` bytes and discarding the rest.
    private static func drain(_ fd: Int32, into output: inout [UInt8], buffer: inout [UInt8], cap: Int) {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            let room = max(0, cap - output.count)
            output.append(contentsOf: buffer[0..<min(count, room)])
        }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Calls `body` with a NULL-terminated array of C strings that live for the call.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
