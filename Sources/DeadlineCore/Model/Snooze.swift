/// `snooze_until = DATE` on a commitment or a `[statement]`: the commitment's `overdue` and
/// `review` reminders are held until then; `approaching` and `due` alerts never are.
///
/// The date reads as `until` does: through the day, month or year written (the end of it in
/// the statement's zone), or to the exact time written. A reminder that fell due while held is
/// sent once at `until` (`RepeatingSeries`), then reminders go on at their usual times.
public struct Snooze: Hashable, Sendable {
    /// When the reminders come back.
    public var until: Instant
    /// How the date reads in messages: "2026-03-01", or the exact local time.
    public var label: String

    public init(until: Instant, label: String) {
        self.until = until
        self.label = label
    }

    /// Whether it still holds reminders at `now`.
    public func holds(at now: Instant) -> Bool { now < until }
}
