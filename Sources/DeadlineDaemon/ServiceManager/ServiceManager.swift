import CSystemd
import Glibc

/// Tells the service manager (systemd) about the daemon's state: READY=1, RELOADING=1, STATUS=,
/// WATCHDOG=1, STOPPING=1. (The user's `notify_command` is `NotifyCommand`.)
///
/// Where the messages go and how often the watchdog wants a ping are read once, from the
/// environment systemd gave the process (``init()``), or passed in (``init(environment:processID:)``),
/// so tests give each instance a socket of its own. `NOTIFY_SOCKET` stays in the environment
/// for the daemon's whole life, as `sd_notify(0, ...)` leaves it; a notify command never sees it,
/// since it runs with an environment of its own (`NotifyCommand.environment`).
///
/// Debian 12's systemd 252 has no `Type=notify-reload`, so a reload is
/// announced by hand: ``reloading(monotonicUsec:)`` when it starts, then
/// ``ready(status:)`` when the new configuration is in force.
public struct ServiceManager: Sendable {
    /// Nil when there is no supervisor (in a terminal, or under a test).
    private let socket: NotifySocket?
    /// The watchdog timeout systemd set for this process (`WatchdogSec=`), or nil when there is
    /// none. Ping at least twice per interval.
    public let watchdogInterval: Duration?

    /// The supervisor this process has: its own `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID`.
    public init() {
        var environment: [String: String] = [:]
        for name in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        self.init(environment: environment, processID: getpid())
    }

    /// The supervisor that `environment` describes, for the process `processID`. As with
    /// libsystemd, an empty `NOTIFY_SOCKET` means none; a watchdog whose `WATCHDOG_PID` names
    /// another process (a parent that forgot to unset it) is not this process's.
    public init(environment: [String: String], processID: pid_t) {
        socket = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : NotifySocket(address: $0) }
        if let usec = environment["WATCHDOG_USEC"].flatMap(UInt64.init), usec > 0,
           environment["WATCHDOG_PID"].map({ pid_t($0) == processID }) ?? true {
            watchdogInterval = .microseconds(usec)
        } else {
            watchdogInterval = nil
        }
    }

    /// `READY=1`: start-up (or a reload) is complete. Send it only once the
    /// daemon can do its work, since systemd starts dependent units on it.
    @discardableResult
    public func ready(status: String? = nil) -> Result<ServiceManagerDelivery, SystemError> {
        var message = "READY=1"
        if let status {
            message += "\n" + Self.statusLine(status)
        }
        return notify(message)
    }

    /// `RELOADING=1` with the `CLOCK_MONOTONIC` time the reload began, as
    /// systemd expects it; follow it with ``ready(status:)``.
    @discardableResult
    public func reloading(
        monotonicUsec: UInt64 = ServiceManager.monotonicMicroseconds()
    ) -> Result<ServiceManagerDelivery, SystemError> {
        notify("RELOADING=1\nMONOTONIC_USEC=\(monotonicUsec)")
    }

    /// `STATUS=`: the one line `systemctl status` shows for the service.
    @discardableResult
    public func status(_ text: String) -> Result<ServiceManagerDelivery, SystemError> {
        notify(Self.statusLine(text))
    }

    /// `WATCHDOG=1`: the daemon's loop is alive. Ping from the loop itself, so
    /// a stuck loop stops the pings and systemd restarts the service.
    @discardableResult
    public func watchdog() -> Result<ServiceManagerDelivery, SystemError> {
        notify("WATCHDOG=1")
    }

    /// `STOPPING=1`: the daemon is shutting down on purpose.
    @discardableResult
    public func stopping() -> Result<ServiceManagerDelivery, SystemError> {
        notify("STOPPING=1")
    }

    /// Now on `CLOCK_MONOTONIC`, in microseconds, the clock systemd reads
    /// `MONOTONIC_USEC=` against.
    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    /// `STATUS=` with line breaks turned into spaces: the notify protocol is
    /// one assignment per line, so a newline would end the status early and
    /// turn the rest into a bogus assignment.
    private static func statusLine(_ text: String) -> String {
        "STATUS=" + String(text.map { $0.isNewline ? " " : $0 })
    }

    private func notify(_ message: String) -> Result<ServiceManagerDelivery, SystemError> {
        guard let socket else { return .success(.noSupervisor) }
        return socket.send(message).map { .delivered }
    }
}
