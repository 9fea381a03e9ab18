import CSystemd
import Dispatch
import Glibc

/// Notices the wall clock being set (NTP step, `date -s`, a VM restored from a snapshot).
///
/// A `CLOCK_REALTIME` timerfd armed far in the future with `TFD_TIMER_CANCEL_ON_SET` becomes
/// readable with `ECANCELED` whenever the clock is set discontinuously; the monitor then calls
/// `onChange` on `queue` and arms itself again. It costs no wake-ups otherwise.
final class ClockChangeMonitor {
    private let source: any DispatchSourceRead

    /// Nil when the kernel offers no timerfd (the daemon then relies on its timers alone).
    init?(queue: DispatchQueue, onChange: @escaping @Sendable () -> Void) {
        let fd = timerfd_create(CLOCK_REALTIME, Int32(TFD_NONBLOCK | TFD_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard Self.arm(fd) else {
            close(fd)
            return nil
        }
        source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler {
            var expirations: UInt64 = 0
            let count = read(fd, &expirations, MemoryLayout<UInt64>.size)
            if count < 0, errno == ECANCELED {
                _ = Self.arm(fd)
                onChange()
            }
        }
        source.setCancelHandler { close(fd) }
        source.activate()
    }

    deinit { source.cancel() }

    /// Arms the timer at the latest time it can hold, as an absolute time, cancelled on set.
    private static func arm(_ fd: Int32) -> Bool {
        var spec = itimerspec()
        spec.it_value.tv_sec = Int(Int32.max)
        let flags = Int32(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)
        return timerfd_settime(fd, flags, &spec, nil) == 0
    }
}
