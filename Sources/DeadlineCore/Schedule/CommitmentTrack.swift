/// Every alert one commitment will ever produce, in time order: this is "what fires when".
///
/// - A deadline gets one `approaching` alert per lead time (the same wall-clock time that many
///   calendar days earlier), one `due` alert when it passes, then `overdue` reminders every
///   `overdue_every` while the commitment stays open.
/// - Each milestone gets `approaching` alerts for its lead times and a `due` alert.
/// - An ongoing commitment (no deadline) gets `review` reminders every `review_every`,
///   counted from the start of the statement's issue day.
/// - A commitment that is met, missed, withdrawn or superseded gets nothing of that plan.
/// - A snooze (`snooze_until`) holds the overdue and review reminders until it ends, then sends
///   the last one held (`RepeatingSeries`); lead-time and `due` alerts are never held.
///
/// Besides the plan, two alerts come from comparing the config with the ledger, at the start
/// or reload that first sees the difference (`lifecycle`):
/// - `changed`, once per move, when an open commitment's deadline is not the one its last
///   deadline alert (or `changed` alert) was sent for; later warnings follow the new deadline.
/// - `resolved`, once per status, when a commitment is met, missed or withdrawn (a superseded
///   one gets none: the commitment replacing it tells, `Schedule.due`).
/// Lead times that would fire before the statement was issued are kept: a config written late
/// still says "30 days left" if that is what the catch-up policy finds latest.
public struct CommitmentTrack: Hashable, Sendable {
    /// One alert that happens once, held compactly: its lead time and target are read back
    /// from the commitment (`milestone` -1 for the deadline, `lead` -1 for the `due` alert),
    /// and so is its id, worked out when asked for (`id(at:)`): start-up needs the id of few of
    /// a large config's alerts, only those of commitments the ledger has records of.
    struct Entry: Hashable, Sendable {
        var fireSeconds: Int64
        var fireNanoseconds: Int32
        var milestone: Int32
        var lead: Int32

        var fireAt: Instant { Instant(seconds: fireSeconds, nanoseconds: fireNanoseconds) }
        var kind: AlertKind { lead < 0 ? .due : .approaching }
    }

    /// What an entry's alert is about besides its commitment, as its commitment says: the parts
    /// of its id (with the statement and commitment ids, and its kind) and of its `Alert`.
    struct EntryParts: Equatable {
        var milestoneID: String?
        var lead: WrittenSpan?
        var target: Instant

        /// Read through `commitment` rather than from a copy of it (see `plan`).
        init(_ entry: Entry, of commitment: UnsafePointer<Commitment>) {
            if entry.milestone < 0 {
                milestoneID = nil
                lead = entry.lead < 0 ? nil : commitment.pointee.leadTimes[Int(entry.lead)]
                target = commitment.pointee.deadline!.instant
            } else {
                let milestone = Int(entry.milestone)
                milestoneID = commitment.pointee.milestones[milestone].id
                lead = entry.lead < 0 ? nil : commitment.pointee.milestones[milestone].leadTimes[Int(entry.lead)]
                target = commitment.pointee.milestones[milestone].at
            }
        }

        /// The id of the entry's alert: equal parts (and kind, statement and commitment) make equal ids.
        func id(kind: AlertKind, statementID: String, commitmentID: String) -> AlertID {
            Alert.makeID(
                statementID: statementID, kind: kind, commitmentID: commitmentID, milestoneID: milestoneID, lead: lead,
                occurrence: 0, target: target)
        }

        /// True when both make the same id: a lead time counts by its text, as in the id.
        static func == (a: EntryParts, b: EntryParts) -> Bool {
            a.milestoneID == b.milestoneID && a.lead?.text == b.lead?.text && a.target == b.target
        }
    }

    /// The config's commitments (shared with the config, not copied) and this one's place in them.
    private let commitments: [Commitment]
    private let index: Int
    /// The alerts that happen once, sorted by `fireAt` (then id).
    let entries: [Entry]
    /// The endless tail: overdue or review reminders.
    let series: RepeatingSeries?
    public let statementID: String

    public var commitment: Commitment { commitments[index] }
    var sharedCommitments: [Commitment] { commitments }
    var commitmentIndex: Int { index }

    init(commitments: [Commitment], index: Int, statement: UnsafePointer<Statement>) {
        self.commitments = commitments
        self.index = index
        self.statementID = statement.pointee.id
        (entries, series) = commitments.withUnsafeBufferPointer {
            Self.plan(of: $0.baseAddress! + index, statement: statement)
        }
    }

    /// The track of `commitments[index]` with the plan (`entries`, `series`) of the track of the
    /// same commitment, unchanged (`plansAlike`), of the same statement in the config before a
    /// reload: the plans of the commitments a reload did not change are taken, not worked out
    /// again.
    init(commitments: [Commitment], index: Int, statementID: String, entries: [Entry], series: RepeatingSeries?) {
        self.commitments = commitments
        self.index = index
        self.statementID = statementID
        self.entries = entries
        self.series = series
    }

    /// True when `a` and `b`, of the same statement, get the same plan: the plan is a function of
    /// the commitment and its statement alone, not of where they are in the config. Read in
    /// place: a reload asks this of every commitment.
    static func plansAlike(_ a: UnsafePointer<Commitment>, _ b: UnsafePointer<Commitment>) -> Bool {
        if a.pointee.statementIndex == b.pointee.statementIndex { return a.pointee == b.pointee }
        var moved = a.pointee
        moved.statementIndex = b.pointee.statementIndex
        return moved == b.pointee
    }

    /// The commitment and its statement are read in place, field by field: a value read from
    /// memory the compiler cannot see into is copied whole (every string and array retained)
    /// before it is passed, and a large config plans a great many commitments at start-up.
    private static func plan(of commitment: UnsafePointer<Commitment>, statement: UnsafePointer<Statement>) -> ([Entry], RepeatingSeries?) {
        let zone = statement.pointee.zone
        guard commitment.pointee.status.isActive else { return ([], nil) }
        var entries: [Entry] = []
        entries.reserveCapacity(
            (commitment.pointee.deadline == nil ? 0 : commitment.pointee.leadTimes.count + 1)
                + commitment.pointee.milestones.reduce(0) { $0 + $1.leadTimes.count + 1 })
        func add(milestone: Int, lead: Int, fireAt: Instant) {
            entries.append(Entry(
                fireSeconds: fireAt.seconds, fireNanoseconds: fireAt.nanoseconds, milestone: Int32(milestone), lead: Int32(lead)))
        }
        if let deadline = commitment.pointee.deadline {
            for (lead, written) in commitment.pointee.leadTimes.enumerated() {
                add(milestone: -1, lead: lead, fireAt: written.span.moving(deadline.instant, in: zone, forward: false))
            }
            add(milestone: -1, lead: -1, fireAt: deadline.instant)
        }
        for (position, milestone) in commitment.pointee.milestones.enumerated() {
            for (lead, written) in milestone.leadTimes.enumerated() {
                add(milestone: position, lead: lead, fireAt: written.span.moving(milestone.at, in: zone, forward: false))
            }
            add(milestone: position, lead: -1, fireAt: milestone.at)
        }
        entries.sort { ($0.fireSeconds, $0.fireNanoseconds) < ($1.fireSeconds, $1.fireNanoseconds) }
        // Alerts at the same instant go by id (`Alert.precedes`): only theirs are worked out.
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].fireAt == entries[start].fireAt { end += 1 }
            if end - start > 1 {
                var tied: [(id: AlertID, entry: Entry)] = []
                for entry in entries[start..<end] {
                    tied.append((EntryParts(entry, of: commitment).id(kind: entry.kind, statementID: statement.pointee.id, commitmentID: commitment.pointee.id), entry))
                }
                tied.sort { $0.id < $1.id }
                for (offset, pair) in tied.enumerated() { entries[start + offset] = pair.entry }
            }
            start = end
        }
        let series: RepeatingSeries?
        let snoozedUntil = commitment.pointee.snooze?.until
        if let deadline = commitment.pointee.deadline {
            series = commitment.pointee.overdueEvery.map {
                RepeatingSeries(
                    kind: .overdue, anchor: deadline.instant, step: $0, zone: zone, target: deadline.instant, snoozedUntil: snoozedUntil)
            }
        } else if let issued = statement.pointee.issued, let every = commitment.pointee.reviewEvery {
            series = RepeatingSeries(
                kind: .review, anchor: zone.startOfDay(issued), step: every, zone: zone, target: nil, snoozedUntil: snoozedUntil)
        } else {
            series = nil
        }
        return (entries, series)
    }

    public var commitmentID: String { commitments[index].id }

    /// The commitment among all statements.
    public var ref: CommitmentRef { CommitmentRef(statementID: statementID, commitmentID: commitments[index].id) }

    /// The alerts that happen once, sorted by `fireAt` (then id).
    var finite: [Alert] { entries.indices.map(alert(at:)) }

    /// The alert of `entries[position]`.
    func alert(at position: Int) -> Alert {
        let entry = entries[position]
        // Read through the buffer rather than a copy of the whole commitment.
        return commitments.withUnsafeBufferPointer { commitments in
            let parts = EntryParts(entry, of: commitments.baseAddress! + index)
            return Alert(
                id: parts.id(kind: entry.kind, statementID: statementID, commitmentID: commitments[index].id),
                kind: entry.kind, statementID: statementID, commitmentID: commitments[index].id, milestoneID: parts.milestoneID,
                lead: parts.lead, occurrence: 0, fireAt: entry.fireAt, target: parts.target)
        }
    }

    /// The id of the alert of `entries[position]`, without the rest of the alert.
    func id(at position: Int) -> AlertID {
        let entry = entries[position]
        return commitments.withUnsafeBufferPointer { commitments in
            EntryParts(entry, of: commitments.baseAddress! + index).id(kind: entry.kind, statementID: statementID, commitmentID: commitments[index].id)
        }
    }

    /// The parts of the id of `entries[position]` besides the statement, commitment and kind.
    private func parts(at position: Int) -> EntryParts {
        commitments.withUnsafeBufferPointer { EntryParts(entries[position], of: $0.baseAddress! + index) }
    }

    public static func == (lhs: CommitmentTrack, rhs: CommitmentTrack) -> Bool {
        lhs.commitment == rhs.commitment && lhs.statementID == rhs.statementID && lhs.entries == rhs.entries
            && lhs.series == rhs.series
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(commitment)
        hasher.combine(statementID)
        hasher.combine(entries)
        hasher.combine(series)
    }

    /// The index of the first finite alert with `fireAt` after `instant` (`entries` is sorted).
    @inline(__always)
    func firstIndex(after instant: Instant) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].fireAt <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The snooze holding this commitment's reminders at `now`: set, not over, and with
    /// reminders to hold (an open commitment with overdue or review repeats).
    public func snooze(at now: Instant) -> Snooze? {
        // The snooze first: most commitments have none, and this is asked of each at start.
        guard let snooze = commitments[index].snooze, series != nil, snooze.holds(at: now) else { return nil }
        return snooze
    }

    /// Where the snooze holds reminders: from the first instant a reminder could fall due (the
    /// deadline, or the issue day of an ongoing commitment) to its end; nil when it holds none.
    public var snoozedSpan: Range<Instant>? {
        guard let series, let until = series.snoozedUntil, series.anchor < until else { return nil }
        return series.anchor..<until
    }

    /// True when both tracks fire the same alerts, with the same ids, at the same instants: a
    /// reload that changes only a title or a quote leaves the commitment's timer alone. An
    /// alert's id is made of what the alert is (statement, commitment, kind, lead time, target):
    /// those are compared, not the ids, which entries do not hold.
    public func hasSamePlan(as other: CommitmentTrack) -> Bool {
        guard entries == other.entries, series == other.series, statementID == other.statementID,
              commitmentID == other.commitmentID
        else { return false }
        return entries.indices.allSatisfy { parts(at: $0) == other.parts(at: $0) }
    }

    /// The `changed` and `resolved` alerts due at `now` (see the type's documentation): they
    /// depend on what the ledger says was sent, not on the time.
    public func lifecycle(ledger: Ledger, now: Instant) -> [Alert] {
        // Each field read through `commitments[index]`, not a copy of the whole commitment: this
        // runs for every commitment at start-up.
        let status = commitments[index].status
        // A superseded commitment goes quiet: its replacement's first alert tells of it.
        if status == .superseded { return [] }
        if !status.isActive {
            let alert = Alert.resolved(
                statementID: statementID, commitmentID: commitments[index].id, status: status,
                target: commitments[index].deadline?.instant ?? commitments[index].resolution?.at ?? now, now: now)
            return ledger.contains(alert.id) ? [] : [alert]
        }
        // A move back to an earlier deadline is a move too: the ledger's last deadline decides,
        // not whether this id was ever sent.
        guard let deadline = commitments[index].deadline?.instant, let previous = ledger.lastSentDeadline(of: ref),
              previous != deadline
        else { return [] }
        return [Alert.changed(statementID: statementID, commitmentID: commitments[index].id, previous: previous, target: deadline, now: now)]
    }

    /// The alerts that fall due exactly at the latest instant at or before `now` (usually one).
    public func latest(atOrBefore now: Instant) -> [Alert] {
        var candidates: [Alert] = []
        let end = firstIndex(after: now)
        if end > 0 {
            let at = entries[end - 1].fireAt
            var first = end - 1
            while first > 0, entries[first - 1].fireAt == at { first -= 1 }
            candidates = (first..<end).map(alert(at:))
        }
        if let series, let occurrence = series.latestOccurrence(atOrBefore: now) {
            let repeatAlert = series.alert(occurrence, statementID: statementID, commitmentID: commitmentID)
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
        var alerts = (0..<firstIndex(after: now)).map(alert(at:))
        if let series, let occurrence = series.latestOccurrence(atOrBefore: now) {
            alerts.append(series.alert(occurrence, statementID: statementID, commitmentID: commitmentID))
        }
        return alerts
    }

    /// The first alert strictly after `after` that `isSent` does not claim, if any.
    public func next(after: Instant, isSent: (AlertID) -> Bool) -> Alert? {
        next(after: after, anySent: true, isSent: isSent)
    }

    /// The first alert strictly after `after` that `isSent` does not claim; `anySent` false
    /// says that nothing of this commitment was sent, and then no id is worked out.
    func next(after: Instant, anySent: Bool, isSent: (AlertID) -> Bool) -> Alert? {
        switch nextPlace(after: after, anySent: anySent, isSent: isSent) {
        case .entry(let position): alert(at: position)
        case .occurrence(let occurrence): series!.alert(occurrence, statementID: statementID, commitmentID: commitmentID)
        case nil: nil
        }
    }

    /// When the alert `next(after:anySent:isSent:)` returns falls due, without making the alert.
    func nextFireAt(after: Instant, anySent: Bool, isSent: (AlertID) -> Bool) -> Instant? {
        switch nextPlace(after: after, anySent: anySent, isSent: isSent) {
        case .entry(let position): entries[position].fireAt
        case .occurrence(let occurrence): series!.sentAt(occurrence)
        case nil: nil
        }
    }

    /// Where an alert of the plan is: an entry, or an occurrence of the repeats.
    private enum Place {
        case entry(Int)
        case occurrence(Int)
    }

    private func nextPlace(after: Instant, anySent: Bool, isSent: (AlertID) -> Bool) -> Place? {
        var best: (place: Place, fireAt: Instant)?
        var position = firstIndex(after: after)
        while position < entries.count {
            if !anySent || !isSent(id(at: position)) {
                best = (.entry(position), entries[position].fireAt)
                break
            }
            position += 1
        }
        if let series {
            var occurrence = series.firstOccurrence(after: after)
            while true {
                let fireAt = series.sentAt(occurrence)
                if let found = best, found.fireAt <= fireAt { break }
                if !anySent || !isSent(series.id(occurrence, statementID: statementID, commitmentID: commitmentID)) {
                    best = (.occurrence(occurrence), fireAt)
                    break
                }
                occurrence += 1
            }
        }
        return best?.place
    }

    /// Alerts with `fireAt` in `range` (repeats included one by one), for the timeline.
    public func alerts(in range: ClosedRange<Instant>, maximumRepeats: Int = 1000) -> [Alert] {
        var alerts = entries.indices.filter { range.contains(entries[$0].fireAt) }.map(alert(at:))
        if let series {
            var occurrence = series.firstOccurrence(after: range.lowerBound.adding(seconds: -1))
            var count = 0
            while count < maximumRepeats {
                let alert = series.alert(occurrence, statementID: statementID, commitmentID: commitmentID)
                guard alert.fireAt <= range.upperBound else { break }
                alerts.append(alert)
                occurrence += 1
                count += 1
            }
        }
        return alerts.sorted(by: Alert.precedes)
    }
}
