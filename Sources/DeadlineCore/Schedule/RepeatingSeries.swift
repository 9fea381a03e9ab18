/// An endless run of alerts at fixed calendar steps after an anchor: overdue reminders after
/// a deadline, review reminders of an ongoing commitment after the statement's issue date.
///
/// Occurrence k falls due at anchor + k × step on the zone's calendar (computed from the anchor
/// each time, so that month ends and DST changes do not make the series drift).
///
/// A snooze holds every occurrence that falls due before `snoozedUntil`: of those, only the
/// last is sent, at `snoozedUntil` (the catch-up; it keeps that occurrence's id, so a restart
/// does not send it again, nor does a snooze added after that occurrence went out). When an
/// occurrence falls due exactly at `snoozedUntil`, it is the one sent then, and there is no
/// catch-up. Later occurrences keep their usual times.
struct RepeatingSeries: Hashable, Sendable {
    var kind: AlertKind
    var anchor: Instant
    var step: WrittenSpan
    var zone: Zone
    var target: Instant?
    var snoozedUntil: Instant?

    /// When occurrence k falls due on the series' grid, snoozed or not.
    func scheduledAt(_ occurrence: Int) -> Instant {
        step.span.times(occurrence).moving(anchor, in: zone)
    }

    /// When occurrence k is sent: its scheduled time, or the end of the snooze for the
    /// catch-up; nil for an occurrence the snooze holds and the catch-up stands for.
    func fireAt(_ occurrence: Int) -> Instant? {
        let scheduled = scheduledAt(occurrence)
        guard let until = snoozedUntil, scheduled < until else { return scheduled }
        return occurrence == catchUpOccurrence ? until : nil
    }

    /// The occurrence sent at the end of the snooze: the last one held, unless one falls due
    /// exactly then.
    var catchUpOccurrence: Int? {
        guard let until = snoozedUntil, let last = scheduledOccurrence(atOrBefore: until), scheduledAt(last) < until
        else { return nil }
        return last
    }

    /// The last occurrence (1-based) sent at or before `now`, or nil when none has been.
    func latestOccurrence(atOrBefore now: Instant) -> Int? {
        guard let occurrence = scheduledOccurrence(atOrBefore: now) else { return nil }
        guard let until = snoozedUntil, scheduledAt(occurrence) < until else { return occurrence }
        // Held: once the snooze is over, this last held one is the catch-up, sent at its end.
        return now >= until ? occurrence : nil
    }

    /// The first occurrence sent after `instant`; those after it follow one by one.
    func firstOccurrence(after instant: Instant) -> Int {
        guard let until = snoozedUntil, instant < until else {
            return (scheduledOccurrence(atOrBefore: instant) ?? 0) + 1
        }
        if let catchUp = catchUpOccurrence { return catchUp }
        // Nothing is held: the first sent is the first at or after the end of the snooze.
        let last = scheduledOccurrence(atOrBefore: until)
        if let last, scheduledAt(last) == until { return last }
        return (last ?? 0) + 1
    }

    /// The last occurrence on the grid at or before `now`, snoozed or not.
    private func scheduledOccurrence(atOrBefore now: Instant) -> Int? {
        let elapsed = now.seconds - anchor.seconds
        let stepSeconds = max(step.span.approximateSeconds, 1)
        guard elapsed > 0 else { return nil }
        var occurrence = max(1, Int(elapsed / stepSeconds))
        while occurrence > 1, scheduledAt(occurrence) > now { occurrence -= 1 }
        while scheduledAt(occurrence + 1) <= now { occurrence += 1 }
        return scheduledAt(occurrence) <= now ? occurrence : nil
    }

    /// When the alert of an occurrence that is sent (`fireAt` not nil) falls due.
    func sentAt(_ occurrence: Int) -> Instant {
        fireAt(occurrence) ?? scheduledAt(occurrence)
    }

    /// The alert of an occurrence that is sent (`fireAt` not nil). Its id is the occurrence's
    /// whenever it is sent; the catch-up says until when it was held.
    func alert(_ occurrence: Int, statementID: String, commitmentID: String) -> Alert {
        let scheduled = scheduledAt(occurrence)
        let at = fireAt(occurrence) ?? scheduled
        var alert = Alert(
            statementID: statementID, kind: kind, commitmentID: commitmentID, occurrence: occurrence,
            fireAt: at, target: target ?? scheduled)
        if at != scheduled { alert.snoozedUntil = snoozedUntil }
        return alert
    }

    /// The id of `alert(occurrence, statementID:commitmentID:)`, without the rest of the alert.
    func id(_ occurrence: Int, statementID: String, commitmentID: String) -> AlertID {
        Alert.makeID(
            statementID: statementID, kind: kind, commitmentID: commitmentID, milestoneID: nil, lead: nil,
            occurrence: occurrence, target: target ?? scheduledAt(occurrence))
    }
}
