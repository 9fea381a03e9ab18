import CSystemd
import Glibc

/// Tells the service manager (systemd) about the daemon's state through `sd_notify`: READY=1,
/// RELOADING=1, STATUS=, WATCHDOG=1, STOPPING=1. (The user's `notify_command` is `NotifyCommand`.)
///
/// Every call passes 0 as `unset_environment`: with 1, libsystemd removes
/// `NOTIFY_SOCKET` from the environment after the first message, and every
/// later watchdog ping silently goes nowhere until systemd kills the service.
/// The socket is found only by libsystemd, from `NOTIFY_SOCKET`.
///
/// Debian 12's systemd 252 has no `Type=notify-reload`, so a reload is
/// announced by hand: ``reloading(monotonicUsec:)`` when it starts, then
/// ``ready(status:)`` when the new configuration is in force.
public struct ServiceManager: Sendable {
    public init() {}

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

    /// The watchdog timeout systemd set for this process (`WatchdogSec=`), or
    /// nil when there is none. Ping at least twice per interval.
    public func watchdogInterval() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0 else { return nil }
        return .microseconds(usec)
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
        let result = sd_notify(0, message)
        if result < 0 {
            return .failure(SystemError(returnValue: result, function: "sd_notify"))
        }
        return .success(result > 0 ? .delivered : .noSupervisor)
    }
}
