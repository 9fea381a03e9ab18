import DeadlineCore
import Glibc

/// The wall clock: the only place the program reads the time of day.
///
/// Everything else takes `now` as a parameter (the daemon's runtime takes this function), so
/// that the schedule and its tests can be run at any moment of the user's choosing.
enum SystemClock {
    @Sendable static func now() -> Instant {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Instant(seconds: Int64(time.tv_sec), nanoseconds: Int32(time.tv_nsec))
    }
}
