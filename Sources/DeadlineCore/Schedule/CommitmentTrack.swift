/// Every alert one commitment will ever produce, in time order: this is "what fires when".
///
/// - A deadline gets one `approaching` alert per lead time (the same wall-clock time that many
///   calendar days earlier), one `due` alert when it passes, then `overdue` reminders every
///   `overdue_every` while the commitment stays open.
/// - Each milestone gets `approaching` alerts for its lead times and a `due` alert.
/// - An ongoing commitment (no deadline) gets `review` reminders every `review_every`,
///   counted from the start of the statement's issue day.
/// - A commitment that is met, missed or withdrawn gets nothing.
/// Lead times that would fire before the statement was issued are kept: a config written late
/// still says "30 days left" if that is what the catch-up policy finds latest.
public struct CommitmentTrack: Hashable, Sendable {
    public let commitment: Commitment
    /// The alerts that happen once, sorted by `fireAt`.
    let finite: [Alert]
    /// The endless tail: overdue or review reminders.
    let series: RepeatingSeries?
    let statementID: String

    public init(commitment: Commitment, statement: Statement, zone: Zone) {
        self.commitment = commitment
        self.statementID = statement.id
        guard commitment.status.isActive else {
            finite = []
            series = nil
            return
        }
        var alerts: [Alert] = []
        if let deadline = commitment.deadline {
            for lead in commitment.leadTimes {
                alerts.append(Alert(
                    statementID: statement.id, kind: .approaching, commitmentID: commitment.id, lead: lead,
                    fireAt: lead.span.moving(deadline.instant, in: zone, forward: false), target: deadline.instant))
            }
            alerts.append(Alert(
                statementID: statement.id, kind: .due, commitmentID: commitment.id,
                fireAt: deadline.instant, target: deadline.instant))
        }
        for milestone in commitment.milestones {
            for lead in milestone.leadTimes {
                alerts.append(Alert(
                    statementID: statement.id, kind: .approaching, commitmentID: commitment.id,
                    milestoneID: milestone.id, lead: lead,
                    fireAt: lead.span.moving(milestone.at, in: zone, forward: false), target: milestone.at))
            }
            alerts.append(Alert(
                statementID: statement.id, kind: .due, commitmentID: commitment.id, milestoneID: milestone.id,
                fireAt: milestone.at, target: milestone.at))
        }
        finite = alerts.sorted { ($0.fireAt, $0.id) < ($1.fireAt, $1.id) }

        if let deadline = commitment.deadline {
            series = commitment.overdueEvery.map {
                RepeatingSeries(kind: .overdue, anchor: deadline.instant, step: $0, zone: zone, target: deadline.instant)
            }
        } else if let issued = statement.issued, let every = commitment.reviewEvery {
            series = RepeatingSeries(kind: .review, anchor: zone.startOfDay(issued), step: every, zone: zone, target: nil)
        } else {
            series = nil
        }
    }

    public var commitmentID: String { commitment.id }

    /// True when both tracks fire the same alerts at the same instants: a reload that changes
    /// only a title or a quote leaves the commitment's timer alone.
    public func hasSamePlan(as other: CommitmentTrack) -> Bool {
        finite == other.finite && series == other.series
    }

    /// The alerts that fall due exactly at the latest instant at or before `now` (usually one).
    public func latest(atOrBefore now: Instant) -> [Alert] {
        var candidates: [Alert] = []
        if let lastIndex = finite.lastIndex(where: { $0.fireAt <= now }) {
            let at = finite[lastIndex].fireAt
            candidates = finite[...lastIndex].reversed().prefix { $0.fireAt == at }.reversed()
        }
        if let series, let occurrence = series.latestOccurrence(atOrBefore: now) {
            let repeatAlert = series.alert(occurrence, statementID: statementID, commitmentID: commitment.id)
            if candidates.isEmpty || repeatAlert.fireAt > candidates[0].fireAt {
                candidates = [repeatAlert]
            } else if repeatAlert.fireAt == candidates[0].fireAt {
                candidates.append(repeatAlert)
            }
        }
        return candidates
    }

    /// Every alert at or before `now`, the repeating tail counted once (its latest).
    public func all(atOrBefore now: Instant) -> [Alert] {
        var alerts = Array(finite.prefix { $0.fireAt <= now })
        if let series, let occurrence = series.latestOccurrence(atOrBefore: now) {
            alerts.append(series.alert(occurrence, statementID: statementID, commitmentID: commitment.id))
        }
        return alerts
    }

    /// The first alert strictly after `after` that `isSent` does not claim, if any.
    public func next(after: Instant, isSent: (String) -> Bool) -> Alert? {
        var best = finite.first { $0.fireAt > after && !isSent($0.id) }
        if let series {
            var occurrence = (series.latestOccurrence(atOrBefore: after) ?? 0) + 1
            while true {
                let alert = series.alert(occurrence, statementID: statementID, commitmentID: commitment.id)
                if let found = best, found.fireAt <= alert.fireAt { break }
                if !isSent(alert.id) {
                    best = alert
                    break
                }
                occurrence += 1
            }
        }
        return best
    }

    /// Alerts with `fireAt` in `range` (repeats included one by one), for the timeline.
    public func alerts(in range: ClosedRange<Instant>, maximumRepeats: Int = 1000) -> [Alert] {
        var alerts = finite.filter { range.contains($0.fireAt) }
        if let series {
            var occurrence = (series.latestOccurrence(atOrBefore: range.lowerBound.adding(seconds: -1)) ?? 0) + 1
            var count = 0
            while count < maximumRepeats {
                let alert = series.alert(occurrence, statementID: statementID, commitmentID: commitment.id)
                guard alert.fireAt <= range.upperBound else { break }
                alerts.append(alert)
                occurrence += 1
                count += 1
            }
        }
        return alerts.sorted { ($0.fireAt, $0.id) < ($1.fireAt, $1.id) }
    }
}
