/// The plan laid out in time order for people: every milestone of every commitment,
/// where `now` falls among them, and what would fire at `now`.
public struct Timeline: Sendable {
    public struct Event: Sendable {
        public var alert: Alert
        public var commitment: Commitment
        /// True when `fireAt` is at or before `now`.
        public var isPast: Bool
        /// Nil when no ledger was given; else whether the ledger says it was sent.
        public var sent: Bool?
        /// True when the schedule would send it at `now` (due and not yet sent).
        public var firesNow: Bool
    }

    public let config: Config
    public let now: Instant
    public let events: [Event]
    public let hasLedger: Bool

    /// `ledger` is nil when there is no alert log to consult (then nothing counts as sent).
    public init(schedule: Schedule, ledger: Ledger?, now: Instant) {
        config = schedule.config
        self.now = now
        hasLedger = ledger != nil
        let effectiveLedger = ledger ?? Ledger()
        let dueNow = Set(schedule.due(ledger: effectiveLedger, now: now).map(\.id))
        var events: [Event] = []
        for track in schedule.tracks {
            var alerts = track.finite
            // Repeats are endless: show the latest that fell due and the next one.
            if let series = track.series {
                if let latest = series.latestOccurrence(atOrBefore: now) {
                    alerts.append(series.alert(latest, statementID: track.statementID, commitmentID: track.commitmentID))
                }
                let next = (series.latestOccurrence(atOrBefore: now) ?? 0) + 1
                alerts.append(series.alert(next, statementID: track.statementID, commitmentID: track.commitmentID))
            }
            for alert in alerts {
                events.append(Event(
                    alert: alert, commitment: track.commitment, isPast: alert.fireAt <= now,
                    sent: ledger.map { $0.contains(alert.id) }, firesNow: dueNow.contains(alert.id)))
            }
        }
        self.events = events.sorted { ($0.alert.fireAt, $0.commitment.id, $0.alert.id) < ($1.alert.fireAt, $1.commitment.id, $1.alert.id) }
    }

    /// "approaching: 30d before deadline", "deadline (within 12 months of 2024-09-27)", ...
    public static func describe(_ alert: Alert, of commitment: Commitment) -> String {
        let milestone = alert.milestoneID.map { "milestone \($0)" }
        switch alert.kind {
        case .approaching:
            return "\(alert.lead?.text ?? "") before \(milestone ?? "deadline")"
        case .due:
            if let milestone { return milestone }
            return "deadline (\(commitment.deadline?.binding.explanation ?? ""))"
        case .overdue:
            return "overdue reminder #\(alert.occurrence)"
        case .review:
            return "review #\(alert.occurrence) (every \(commitment.reviewEvery?.text ?? ""))"
        }
    }
}
