import Glibc
import Testing

@testable import DeadlineDaemon

/// A stand-in for systemd's notify socket: a datagram socket bound to a temporary path (or,
/// with `abstract`, to a name in the abstract namespace), and a ``ServiceManager`` that sends to it.
final class TestNotifySocket {
    /// The address as `NOTIFY_SOCKET` would hold it.
    let address: String
    private let descriptor: Int32
    private let directory: String?

    init(abstract: Bool = false) throws {
        if abstract {
            directory = nil
            address = "@deadlined-notify-test-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        } else {
            var template = Array("/tmp/notify-test-XXXXXX".utf8CString)
            guard let created = mkdtemp(&template) else { throw SystemError(errno: errno, function: "mkdtemp") }
            directory = String(cString: created)
            address = String(cString: created) + "/notify"
        }
        // An abstract name is bound with a NUL byte in place of the '@', and without a final NUL.
        let name = abstract ? [0] + Array(address.utf8.dropFirst()) : Array(address.utf8)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw SystemError(errno: errno, function: "socket") }
        self.descriptor = descriptor

        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { sunPath in
            sunPath.copyBytes(from: name)
        }
        let length = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + name.count + (abstract ? 0 : 1)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(length))
            }
        }
        guard bound == 0 else { throw SystemError(errno: errno, function: "bind") }
    }

    deinit {
        close(descriptor)
        if let directory {
            unlink(address)
            rmdir(directory)
        }
    }

    /// A service manager whose `NOTIFY_SOCKET` is this socket.
    var serviceManager: ServiceManager {
        ServiceManager(environment: ["NOTIFY_SOCKET": address], processID: getpid())
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

/// Each test has a socket of its own, passed in: none touches the process environment.
@Suite struct ServiceManagerTests {
    @Test func readySendsReadyAndStatus() throws {
        let socket = try TestNotifySocket()
        let result = socket.serviceManager.ready(status: "watching 4 commitments")
        #expect(try result.get() == .delivered)
        #expect(socket.receive() == "READY=1\nSTATUS=watching 4 commitments")
    }

    @Test func readyWithoutStatusSendsOnlyReady() throws {
        let socket = try TestNotifySocket()
        socket.serviceManager.ready()
        #expect(socket.receive() == "READY=1")
    }

    @Test func everyMessageReachesTheSocket() throws {
        let socket = try TestNotifySocket()
        let serviceManager = socket.serviceManager
        serviceManager.ready()
        serviceManager.watchdog()
        serviceManager.watchdog()
        #expect(socket.receive() == "READY=1")
        #expect(socket.receive() == "WATCHDOG=1")
        #expect(socket.receive() == "WATCHDOG=1")
    }

    @Test func abstractSocketNamesAreReached() throws {
        let socket = try TestNotifySocket(abstract: true)
        #expect(socket.address.hasPrefix("@"))
        #expect(try socket.serviceManager.ready().get() == .delivered)
        #expect(socket.receive() == "READY=1")
    }

    @Test func reloadingSendsItsMonotonicTime() throws {
        let socket = try TestNotifySocket()
        socket.serviceManager.reloading(monotonicUsec: 123_456_789)
        #expect(socket.receive() == "RELOADING=1\nMONOTONIC_USEC=123456789")
    }

    @Test func reloadingDefaultsToNowOnTheMonotonicClock() throws {
        let socket = try TestNotifySocket()
        let before = ServiceManager.monotonicMicroseconds()
        socket.serviceManager.reloading()
        let after = ServiceManager.monotonicMicroseconds()

        let message = try #require(socket.receive())
        let lines = message.split(separator: "\n")
        #expect(lines.first == "RELOADING=1")
        let sent = try #require(lines.last.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) })
        #expect((before...after).contains(sent))
    }

    @Test func statusReplacesLineBreaksWithSpaces() throws {
        let socket = try TestNotifySocket()
        socket.serviceManager.status("next alert:\nreport\r\ndue")
        #expect(socket.receive() == "STATUS=next alert: report due")
    }

    @Test func stoppingSendsStopping() throws {
        let socket = try TestNotifySocket()
        socket.serviceManager.stopping()
        #expect(socket.receive() == "STOPPING=1")
    }

    @Test(arguments: [[:], ["NOTIFY_SOCKET": ""]])
    func withoutSupervisorNothingIsSent(environment: [String: String]) throws {
        #expect(try ServiceManager(environment: environment, processID: getpid()).ready().get() == .noSupervisor)
    }

    @Test func missingNotifySocketIsAnError() throws {
        let socket = try TestNotifySocket()
        let gone = ServiceManager(environment: ["NOTIFY_SOCKET": socket.address + "-gone"], processID: getpid())
        #expect(throws: SystemError(errno: ENOENT, function: "sendto \(socket.address)-gone")) { try gone.ready().get() }
    }

    @Test func relativeNotifySocketIsAnError() throws {
        let relative = ServiceManager(environment: ["NOTIFY_SOCKET": "notify"], processID: getpid())
        #expect(throws: SystemError(errno: EAFNOSUPPORT, function: "NOTIFY_SOCKET notify")) { try relative.ready().get() }
    }

    @Test func watchdogIntervalComesFromWatchdogUsec() {
        let serviceManager = ServiceManager(environment: ["WATCHDOG_USEC": "1500000", "WATCHDOG_PID": "42"], processID: 42)
        #expect(serviceManager.watchdogInterval == .milliseconds(1500))
        let unnamed = ServiceManager(environment: ["WATCHDOG_USEC": "1500000"], processID: 42)
        #expect(unnamed.watchdogInterval == .milliseconds(1500), "without WATCHDOG_PID the watchdog is this process's")
    }

    @Test func watchdogMeantForAnotherProcessIsIgnored() {
        let serviceManager = ServiceManager(environment: ["WATCHDOG_USEC": "1500000", "WATCHDOG_PID": "43"], processID: 42)
        #expect(serviceManager.watchdogInterval == nil)
    }

    @Test(arguments: [[:], ["WATCHDOG_USEC": "0"], ["WATCHDOG_USEC": "soon"]])
    func noWatchdogWithoutAUsableWatchdogUsec(environment: [String: String]) {
        #expect(ServiceManager(environment: environment, processID: 42).watchdogInterval == nil)
    }
}
