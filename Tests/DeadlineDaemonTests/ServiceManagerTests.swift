import Glibc
import Testing

@testable import DeadlineDaemon

/// A stand-in for systemd's notify socket: a datagram socket bound to a
/// temporary path, published as `NOTIFY_SOCKET` for this process.
final class TestNotifySocket {
    let path: String
    private let descriptor: Int32
    private let directory: String
    private let previous: String?

    init() throws {
        var template = Array("/tmp/notify-test-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw SystemError(errno: errno, function: "mkdtemp") }
        directory = String(cString: created)
        let path = directory + "/notify"
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw SystemError(errno: errno, function: "socket") }
        self.path = path
        self.descriptor = descriptor

        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { sunPath in
            sunPath.copyBytes(from: path.utf8)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw SystemError(errno: errno, function: "bind") }

        previous = getenv("NOTIFY_SOCKET").map { String(cString: $0) }
        setenv("NOTIFY_SOCKET", path, 1)
    }

    deinit {
        if let previous {
            setenv("NOTIFY_SOCKET", previous, 1)
        } else {
            unsetenv("NOTIFY_SOCKET")
        }
        close(descriptor)
        unlink(path)
        rmdir(directory)
    }

    /// The next datagram, or nil when none arrives within a second.
    func receive() -> String? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 1000) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }
}

/// These tests change the process environment, so they run one at a time.
@Suite(.serialized) struct ServiceManagerTests {
    @Test func readySendsReadyAndStatus() throws {
        let socket = try TestNotifySocket()
        let result = ServiceManager().ready(status: "watching 4 commitments")
        #expect(try result.get() == .delivered)
        #expect(socket.receive() == "READY=1\nSTATUS=watching 4 commitments")
    }

    @Test func readyWithoutStatusSendsOnlyReady() throws {
        let socket = try TestNotifySocket()
        ServiceManager().ready()
        #expect(socket.receive() == "READY=1")
    }

    @Test func notifySocketSurvivesEveryMessage() throws {
        let socket = try TestNotifySocket()
        let serviceManager = ServiceManager()
        serviceManager.ready()
        #expect(getenv("NOTIFY_SOCKET").map { String(cString: $0) } == socket.path)
        serviceManager.watchdog()
        serviceManager.watchdog()
        #expect(socket.receive() == "READY=1")
        #expect(socket.receive() == "WATCHDOG=1")
        #expect(socket.receive() == "WATCHDOG=1")
        #expect(getenv("NOTIFY_SOCKET").map { String(cString: $0) } == socket.path)
    }

    @Test func reloadingSendsItsMonotonicTime() throws {
        let socket = try TestNotifySocket()
        ServiceManager().reloading(monotonicUsec: 123_456_789)
        #expect(socket.receive() == "RELOADING=1\nMONOTONIC_USEC=123456789")
    }

    @Test func reloadingDefaultsToNowOnTheMonotonicClock() throws {
        let socket = try TestNotifySocket()
        let before = ServiceManager.monotonicMicroseconds()
        ServiceManager().reloading()
        let after = ServiceManager.monotonicMicroseconds()

        let message = try #require(socket.receive())
        let lines = message.split(separator: "\n")
        #expect(lines.first == "RELOADING=1")
        let sent = try #require(lines.last.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) })
        #expect((before...after).contains(sent))
    }

    @Test func statusReplacesLineBreaksWithSpaces() throws {
        let socket = try TestNotifySocket()
        ServiceManager().status("next alert:\nreport\r\ndue")
        #expect(socket.receive() == "STATUS=next alert: report due")
    }

    @Test func stoppingSendsStopping() throws {
        let socket = try TestNotifySocket()
        ServiceManager().stopping()
        #expect(socket.receive() == "STOPPING=1")
    }

    @Test func withoutSupervisorNothingIsSent() throws {
        let previous = getenv("NOTIFY_SOCKET").map { String(cString: $0) }
        unsetenv("NOTIFY_SOCKET")
        defer { if let previous { setenv("NOTIFY_SOCKET", previous, 1) } }
        #expect(try ServiceManager().ready().get() == .noSupervisor)
    }

    @Test func missingNotifySocketIsAnError() throws {
        let socket = try TestNotifySocket()
        setenv("NOTIFY_SOCKET", socket.path + "-gone", 1)
        #expect(throws: SystemError(errno: ENOENT, function: "sd_notify")) { try ServiceManager().ready().get() }
    }

    @Test func watchdogIntervalComesFromWatchdogUsec() {
        setenv("WATCHDOG_USEC", "1500000", 1)
        setenv("WATCHDOG_PID", String(getpid()), 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        #expect(ServiceManager().watchdogInterval() == .milliseconds(1500))
        #expect(getenv("WATCHDOG_USEC") != nil, "the watchdog settings stay for later calls")
    }

    @Test func watchdogMeantForAnotherProcessIsIgnored() {
        setenv("WATCHDOG_USEC", "1500000", 1)
        setenv("WATCHDOG_PID", String(getpid() + 1), 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        #expect(ServiceManager().watchdogInterval() == nil)
    }

    @Test func noWatchdogWithoutWatchdogUsec() {
        unsetenv("WATCHDOG_USEC")
        #expect(ServiceManager().watchdogInterval() == nil)
    }
}
