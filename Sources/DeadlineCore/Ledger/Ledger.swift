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
    private var latestFireAt: [String: Instant] = [:]
    /// The last record sent per commitment, for `status`.
    public private(set) var lastRecord: [String: LedgerRecord] = [:]
    /// Records per kind: the metrics' alert counters, which so survive restarts.
    public private(set) var recordsByKind: [AlertKind: Int] = [:]
    /// When the latest alert was sent; nil before the first.
    public private(set) var lastSentAt: Instant?

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

    public func latestFireAt(of commitmentID: String) -> Instant? { latestFireAt[commitmentID] }

    public mutating func add(_ record: LedgerRecord) {
        if let id = AlertID(hex: record.alertID) { sentIDs.insert(id) } else { otherIDs.insert(record.alertID) }
        if latestFireAt[record.commitmentID].map({ $0 < record.fireAt }) ?? true {
            latestFireAt[record.commitmentID] = record.fireAt
        }
        if lastRecord[record.commitmentID].map({ $0.sentAt <= record.sentAt }) ?? true {
            lastRecord[record.commitmentID] = record
        }
        recordsByKind[record.kind, default: 0] += 1
        if lastSentAt.map({ $0 < record.sentAt }) ?? true { lastSentAt = record.sentAt }
    }
}
