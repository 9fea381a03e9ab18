/// What has already been sent, rebuilt from the alert log on start.
///
/// The schedule consults it so that an alert is never sent twice: not after a restart,
/// not after a reload, not after the wall clock is set back.
public struct Ledger: Sendable {
    private var sentIDs: Set<String> = []
    /// The latest `fireAt` sent per commitment: "latest" catch-up never goes back before it.
    private var latestFireAt: [String: Instant] = [:]
    /// The last record sent per commitment, for `status`.
    public private(set) var lastRecord: [String: LedgerRecord] = [:]

    public init() {}

    public init(records: some Sequence<LedgerRecord>) {
        self.init()
        for record in records { add(record) }
    }

    public var count: Int { sentIDs.count }

    public func contains(_ alertID: String) -> Bool { sentIDs.contains(alertID) }

    public func latestFireAt(of commitmentID: String) -> Instant? { latestFireAt[commitmentID] }

    public mutating func add(_ record: LedgerRecord) {
        sentIDs.insert(record.alertID)
        if latestFireAt[record.commitmentID].map({ $0 < record.fireAt }) ?? true {
            latestFireAt[record.commitmentID] = record.fireAt
        }
        if lastRecord[record.commitmentID].map({ $0.sentAt <= record.sentAt }) ?? true {
            lastRecord[record.commitmentID] = record
        }
    }
}
