import Dispatch
import Glibc

/// SIGHUP, SIGTERM and SIGINT as events on the scheduler's queue.
///
/// Each signal is set to SIG_IGN before its DispatchSource is made: the other order loses the
/// signal on Linux. Because the handlers run on the scheduler's serial queue, a SIGTERM waits
/// for the alert in flight to be sent and recorded.
final class DaemonSignals {
    static let handled = [SIGHUP, SIGTERM, SIGINT]
    private var sources: [any DispatchSourceSignal] = []

    /// Blocks the handled signals in the calling thread, so that every thread started after it
    /// inherits the mask. Call first thing, on the main thread. A process-directed signal that
    /// some thread (the main one included) does not block is delivered there and, under SIG_IGN,
    /// discarded; blocked everywhere, it stays pending until the dispatch source reads it.
    static func blockInAllFutureThreads() {
        var set = sigset_t()
        sigemptyset(&set)
        for number in handled { sigaddset(&set, number) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Parks the main thread for good with the handled signals still blocked.
    ///
    /// `dispatchMain()` cannot be used: on Linux it leaves the main thread in `sigsuspend` with an
    /// empty mask, where an ignored SIGHUP or SIGTERM is discarded before the dispatch source
    /// sees it. Nothing here uses the main queue.
    ///
    /// `objects` (the signal sources, the timers) live as long as the loop: it uses them after
    /// each wake-up. `withExtendedLifetime` around a call that never returns does not guarantee
    /// that: the optimizer drops the use after the call as unreachable and may release them
    /// at once, and a released `WatchdogPinger` cancels its timer.
    static func parkMainThread(keeping objects: Any) -> Never {
        while true {
            pause()
            withExtendedLifetime(objects) {}
        }
    }

    init(queue: DispatchQueue, onReload: @escaping @Sendable () -> Void, onStop: @escaping @Sendable (Int32) -> Void) {
        for number in Self.handled {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if number == SIGHUP { onReload() } else { onStop(number) }
            }
            source.activate()
            sources.append(source)
        }
    }
}

/// Pings the systemd watchdog from the scheduler's queue at half of `WatchdogSec=`: if the
/// queue is stuck, the pings stop and systemd restarts the service.
final class WatchdogPinger {
    private let timer: any DispatchSourceTimer

    init?(queue: DispatchQueue, serviceManager: ServiceManager) {
        guard let interval = serviceManager.watchdogInterval else { return nil }
        let (seconds, attoseconds) = interval.components
        let halfMicros = max(1, (Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000)) / 2)
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now(), repeating: .microseconds(halfMicros), leeway: .microseconds(halfMicros / 10))
        timer.setEventHandler { serviceManager.watchdog() }
        timer.activate()
    }

    deinit { timer.cancel() }
}
