/// An endless run of alerts at fixed calendar steps after an anchor: overdue reminders after
/// a deadline, review reminders of an ongoing commitment after the statement's issue date.
///
/// Occurrence k fires at anchor + k × step on the zone's calendar (computed from the anchor each
/// time, so that month ends and DST changes do not make the series drift).
struct RepeatingSeries: Hashable, Sendable {
    var kind: AlertKind
    var anchor: Instant
    var step: WrittenSpan
    var zone: Zone
    var target: Instant?

    func fireAt(_ occurrence: Int) -> Instant {
        step.span.times(occurrence).moving(anchor, in: zone)
    }

    /// The last occurrence (1-based) at or before `now`, or nil when none has fallen due.
    func latestOccurrence(atOrBefore now: Instant) -> Int? {
        let elapsed = now.seconds - anchor.seconds
        let stepSeconds = max(step.span.approximateSeconds, 1)
        guard elapsed > 0 else { return nil }
        var occurrence = max(1, Int(elapsed / stepSeconds))
        while occurrence > 1, fireAt(occurrence) > now { occurrence -= 1 }
        while fireAt(occurrence + 1) <= now { occurrence += 1 }
        return fireAt(occurrence) <= now ? occurrence : nil
    }

    func alert(_ occurrence: Int, statementID: String, commitmentID: String) -> Alert {
        let at = fireAt(occurrence)
        return Alert(
            statementID: statementID, kind: kind, commitmentID: commitmentID, occurrence: occurrence,
            fireAt: at, target: target ?? at)
    }
}
