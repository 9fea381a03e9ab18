/// What has already been sent, rebuilt from the alert log on start.
///
/// The schedule consults it so that an alert is never sent twice: not after a restart,
/// not after a reload, not after the wall clock is set back.
public struct Ledger: Sendable {
    private var sentIDs: Set<AlertID> = []
    /// Ids in the log that are not 32 lowercase hex digits (no alert of ours has one): kept
    /// apart so that `count` and `contains` answer as they always did.
    private var otherIDs: Set<String> = []
    /// The latest `fireAt` sent per commitment: "latest" catch-up never goes back before it.
    private var latestFireAt: [CommitmentRef: Instant] = [:]
    /// The deadline the latest deadline alert (or `changed` alert) of each commitment was sent for.
    private var sentDeadline: [CommitmentRef: (deadline: Instant, sentAt: Instant)] = [:]
    /// The last record sent per commitment, for `status`.
    public private(set) var lastRecord: [CommitmentRef: LedgerRecord] = [:]
    /// Per commitment, the commitments its alerts have said it replaces (`supersedes`).
    private var toldReplaced: [CommitmentRef: Set<CommitmentRef>] = [:]
    /// Per statement, records per kind and when the latest was sent: the metrics' alert
    /// counters, which so survive restarts.
    private var tallies: [String: (byKind: [AlertKind: Int], lastSentAt: Instant)] = [:]

    public init() {}

    public init(records: some Sequence<LedgerRecord>) {
        self.init()
        for record in records { add(record) }
    }

    public var count: Int { sentIDs.count + otherIDs.count }

    public func contains(_ alertID: AlertID) -> Bool { sentIDs.contains(alertID) }

    public func contains(_ alertID: String) -> Bool {
        if let id = AlertID(hex: alertID) { return sentIDs.contains(id) }
        return otherIDs.contains(alertID)
    }

    /// How many alerts of `kind` were recorded for `statement`.
    public func recordCount(statement: String, kind: AlertKind) -> Int { tallies[statement]?.byKind[kind] ?? 0 }

    /// When the latest alert of `statement` was sent; nil before the first.
    public func lastSentAt(statement: String) -> Instant? { tallies[statement]?.lastSentAt }

    public func latestFireAt(of commitment: CommitmentRef) -> Instant? { latestFireAt[commitment] }

    /// Whether any alert of `commitment` was sent: when none was, the ids of its alerts need not
    /// be worked out to know that they were not (each record is kept under its commitment).
    public func hasRecords(of commitment: CommitmentRef) -> Bool { !lastRecord.isEmpty && lastRecord[commitment] != nil }

    /// The deadline a commitment's alerts were last sent for, if any were: a `changed` alert
    /// is due when the config's deadline is another.
    public func lastSentDeadline(of commitment: CommitmentRef) -> Instant? { sentDeadline[commitment]?.deadline }

    /// Whether an alert of `commitment` has already said that it replaces `replaced`.
    public func hasTold(_ replaced: CommitmentRef, replacedBy commitment: CommitmentRef) -> Bool {
        toldReplaced[commitment]?.contains(replaced) ?? false
    }

    public mutating func add(_ record: LedgerRecord) {
        if let id = AlertID(hex: record.alertID) { sentIDs.insert(id) } else { otherIDs.insert(record.alertID) }
        let ref = record.commitment
        switch record.kind {
        case .approaching, .due, .overdue, .review:
            // What the plan sent: "latest" catch-up never goes back before it.
            if latestFireAt[ref].map({ $0 < record.fireAt }) ?? true {
                latestFireAt[ref] = record.fireAt
            }
            if record.kind != .review, record.milestoneID == nil,
               sentDeadline[ref].map({ $0.sentAt <= record.sentAt }) ?? true {
                sentDeadline[ref] = (record.target, record.sentAt)
            }
        case .changed:
            if sentDeadline[ref].map({ $0.sentAt <= record.sentAt }) ?? true {
                sentDeadline[ref] = (record.target, record.sentAt)
            }
        case .resolved:
            break
        }
        if let replaced = record.supersedes { toldReplaced[ref, default: []].insert(replaced) }
        if lastRecord[ref].map({ $0.sentAt <= record.sentAt }) ?? true {
            lastRecord[ref] = record
        }
        var tally = tallies[record.statementID] ?? ([:], record.sentAt)
        tally.byKind[record.kind, default: 0] += 1
        if tally.lastSentAt < record.sentAt { tally.lastSentAt = record.sentAt }
        tallies[record.statementID] = tally
    }
}
