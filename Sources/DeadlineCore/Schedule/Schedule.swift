/// The plan: a pure function of config, ledger and `now`.
///
/// The daemon asks it two questions (what is due now, and when is the next thing due) per
/// commitment, so that each commitment can have its own timer; the CLI asks the same
/// questions with a `now` of the user's choosing.
public struct Schedule: Sendable {
    public let config: Config
    public let tracks: [CommitmentTrack]
    private let indexByRef: [CommitmentRef: Int]
    /// For each track made reusing an earlier schedule, the position in it of the track whose
    /// plan it took, or -1 where it worked its plan out: a reload asks, of every commitment,
    /// whether its plan changed, and these are known not to have.
    private let planSources: [Int32]

    /// The schedule of `config`. A reload passes the schedule it replaces as `earlier`: the
    /// commitments it holds unchanged, in unchanged statements, keep their plans from there.
    public init(config: Config, reusing earlier: Schedule? = nil) {
        self.config = config
        let commitments = config.commitments
        let statements = config.statements
        // For each statement, its index in `earlier`'s config when it is there unchanged.
        let earlierStatements: [Int?] = earlier.map { earlier in
            var indexByID: [String: Int] = [:]
            for (index, statement) in earlier.config.statements.enumerated() { indexByID[statement.id] = index }
            return statements.map { statement in
                indexByID[statement.id].flatMap { earlier.config.statements[$0] == statement ? $0 : nil }
            }
        } ?? []
        // The index by ref needs the config alone: for a large one, it is made on the other
        // core while the plans are worked out.
        let runs = commitments.count >= Self.indexedAlongside ? ParallelRuns.count(limit: 2) : 1
        let parts = Parts()
        ParallelRuns.perform(runs) { run in
            if run == 0 {
                (parts.tracks, parts.planSources) = Self.tracks(
                    commitments: commitments, statements: statements, earlier: earlier, earlierStatements: earlierStatements)
            }
            if run == runs - 1 { parts.indexByRef = Self.indexByRef(commitments: commitments, statements: statements) }
        }
        self.tracks = parts.tracks
        self.planSources = parts.planSources
        self.indexByRef = parts.indexByRef
    }

    /// From how many commitments the index by ref is made on a thread of its own: below, the
    /// thread costs more than it saves.
    static let indexedAlongside = 4096

    /// What the two runs of `init` make, each its own fields.
    private final class Parts: @unchecked Sendable {
        var tracks: [CommitmentTrack] = []
        var planSources: [Int32] = []
        var indexByRef: [CommitmentRef: Int] = [:]
    }

    /// Each commitment's track, and where its plan came from (`planSources`). Each commitment's
    /// dates are in its statement's zone. Commitments and statements are read in place: a copy
    /// of each is a measurable part of a large config's start-up.
    private static func tracks(
        commitments: [Commitment], statements: [Statement], earlier: Schedule?, earlierStatements: [Int?]
    ) -> ([CommitmentTrack], planSources: [Int32]) {
        var planSources: [Int32] = []
        let tracks = commitments.withUnsafeBufferPointer { buffer in
            statements.withUnsafeBufferPointer { statements in
                guard let earlier else {
                    return buffer.indices.map { position in
                        CommitmentTrack(commitments: commitments, index: position, statement: statements.baseAddress! + buffer[position].statementIndex)
                    }
                }
                planSources.reserveCapacity(buffer.count)
                return earlier.config.commitments.withUnsafeBufferPointer { earlierCommitments in
                    buffer.indices.map { position in
                        let statementIndex = buffer[position].statementIndex
                        if let earlierStatement = earlierStatements[statementIndex],
                           let old = earlier.index(of: buffer, at: position, statement: earlierStatement, in: earlierCommitments) {
                            planSources.append(Int32(old))
                            return CommitmentTrack(
                                commitments: commitments, index: position, statementID: statements[statementIndex].id,
                                entries: earlier.tracks[old].entries, series: earlier.tracks[old].series)
                        }
                        planSources.append(-1)
                        return CommitmentTrack(commitments: commitments, index: position, statement: statements.baseAddress! + statementIndex)
                    }
                }
            }
        }
        return (tracks, planSources)
    }

    /// Where each commitment is, by its ref: its place in the config is its track's.
    private static func indexByRef(commitments: [Commitment], statements: [Statement]) -> [CommitmentRef: Int] {
        // Each statement id copied afresh: the tracks, made at the same time on the other
        // thread, hold the statement's own, and two threads counting references to one string
        // wait on each other.
        let statementIDs = statements.map { String(decoding: Array($0.id.utf8), as: UTF8.self) }
        var index: [CommitmentRef: Int] = [:]
        index.reserveCapacity(commitments.count)
        commitments.withUnsafeBufferPointer { commitments in
            for position in commitments.indices {
                index[CommitmentRef(statementID: statementIDs[commitments[position].statementIndex], commitmentID: commitments[position].id)] = position
            }
        }
        return index
    }

    public func track(_ ref: CommitmentRef) -> CommitmentTrack? {
        position(of: ref).map { tracks[$0] }
    }

    /// Where the track of `ref` is in `tracks`.
    public func position(of ref: CommitmentRef) -> Int? {
        indexByRef[ref]
    }

    /// Where commitment `commitmentID` of statement `statementID` is in `tracks`, looked for at
    /// `position` first: a reloaded config mostly holds its commitments where they were.
    public func index(statementID: String, commitmentID: String, near position: Int) -> Int? {
        if position < tracks.count, tracks[position].statementID == statementID, tracks[position].commitmentID == commitmentID {
            return position
        }
        return indexByRef[CommitmentRef(statementID: statementID, commitmentID: commitmentID)]
    }

    /// Where a commitment equal (`plansAlike`) to `commitments[position]`, of the statement at
    /// `statement` in this schedule's config (`own`, its commitments), is in `tracks`, looked for
    /// at `position` first; nil when there is none. Both are read in place, not copied.
    private func index(
        of commitments: UnsafeBufferPointer<Commitment>, at position: Int, statement: Int, in own: UnsafeBufferPointer<Commitment>
    ) -> Int? {
        let found: Int?
        if position < own.count, own[position].statementIndex == statement, own[position].id == commitments[position].id {
            found = position
        } else {
            found = indexByRef[CommitmentRef(statementID: config.statements[statement].id, commitmentID: commitments[position].id)]
        }
        guard let found, own[found].statementIndex == statement,
              CommitmentTrack.plansAlike(own.baseAddress! + found, commitments.baseAddress! + position)
        else { return nil }
        return found
    }

    /// Where the commitment at `position` is in `earlier` when it has the plan it had there (a
    /// reload leaves its timer alone); nil when it is new or its plan changed. `earlier` is the
    /// schedule this one was made reusing, if it was made reusing one.
    public func earlierPosition(withSamePlanAs position: Int, in earlier: Schedule) -> Int? {
        if position < planSources.count, planSources[position] >= 0 { return Int(planSources[position]) }
        guard let old = earlier.index(statementID: tracks[position].statementID, commitmentID: tracks[position].commitmentID, near: position),
              tracks[position].hasSamePlan(as: earlier.tracks[old])
        else { return nil }
        return old
    }

    /// Alerts of one commitment that are due at `now` and not yet sent, following `catch_up`.
    ///
    /// With "latest", only the alerts at the most recent due instant count, and only if nothing
    /// at or after that instant has been sent for the commitment (so setting the clock back
    /// does not resurrect alerts that were superseded).
    ///
    /// A `changed` or `resolved` alert (`CommitmentTrack.lifecycle`) comes first. The first
    /// alert a commitment that `supersedes` another sends since it says so carries the
    /// commitment replaced (`Alert.supersedes`), once: the ledger remembers it was told.
    public func due(_ track: CommitmentTrack, ledger: Ledger, now: Instant) -> [Alert] {
        var alerts = track.lifecycle(ledger: ledger, now: now)
        switch config.daemon.catchUp {
        case .latest:
            let latest = track.latest(atOrBefore: now)
            if let at = latest.first?.fireAt, ledger.latestFireAt(of: track.ref).map({ $0 <= at }) ?? true {
                alerts += latest.filter { !ledger.contains($0.id) }
            }
        case .all:
            alerts += track.all(atOrBefore: now).filter { !ledger.contains($0.id) }
        }
        alerts.sort(by: Self.sendingOrder)
        if !alerts.isEmpty, let replaced = track.commitment.supersedes?.ref,
           !ledger.hasTold(replaced, replacedBy: track.ref) {
            alerts[0].supersedes = replaced
        }
        return alerts
    }

    /// Every alert due at `now`, across commitments, in `sendingOrder`.
    public func due(ledger: Ledger, now: Instant) -> [Alert] {
        var alerts: [Alert] = []
        for position in tracks.indices { alerts += due(tracks[position], ledger: ledger, now: now) }
        alerts.sort(by: Self.sendingOrder)
        return alerts
    }

    /// `changed` and `resolved` alerts first (so a move is told before the warnings of the new
    /// deadline), then in time order.
    static func sendingOrder(_ a: Alert, _ b: Alert) -> Bool {
        let aFirst = a.kind == .changed || a.kind == .resolved, bFirst = b.kind == .changed || b.kind == .resolved
        return aFirst != bFirst ? aFirst : Alert.precedes(a, b)
    }

    /// The next alert of one commitment after `now` that has not been sent.
    public func next(_ track: CommitmentTrack, ledger: Ledger, now: Instant) -> Alert? {
        track.next(after: now, anySent: ledger.hasRecords(of: track.ref), isSent: { ledger.contains($0) })
    }

    /// When the next alert of one commitment after `now` that has not been sent falls due: what
    /// a timer needs, without the alert.
    public func nextFireAt(_ track: CommitmentTrack, ledger: Ledger, now: Instant) -> Instant? {
        // The ledger is asked about ids only for a commitment it has records of; a closure that
        // holds it is made only then (it would copy the ledger for every commitment at start).
        guard ledger.hasRecords(of: track.ref) else { return track.nextFireAt(after: now, anySent: false, isSent: { _ in false }) }
        return track.nextFireAt(after: now, anySent: true, isSent: { ledger.contains($0) })
    }

    /// `nextFireAt` of every commitment, by position in `tracks`: what the timers need at start.
    public func nextFireAts(ledger: Ledger, now: Instant) -> [Instant?] {
        tracks.indices.map { nextFireAt(tracks[$0], ledger: ledger, now: now) }
    }

    /// The next alert of any commitment after `now`.
    public func next(ledger: Ledger, now: Instant) -> Alert? {
        var best: Alert?
        tracks.withUnsafeBufferPointer { tracks in
            for position in tracks.indices {
                if let alert = next(tracks[position], ledger: ledger, now: now), best.map({ Alert.precedes(alert, $0) }) ?? true {
                    best = alert
                }
            }
        }
        return best
    }
}
