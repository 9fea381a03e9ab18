/// What an alert says about its commitment.
public enum AlertKind: String, CaseIterable, Hashable, Sendable {
    /// A lead time before the deadline (or a milestone) has been reached.
    case approaching
    /// The deadline (or a milestone) has passed.
    case due
    /// The deadline passed a while ago and the commitment is still open: a repeated reminder.
    case overdue
    /// An ongoing commitment (no deadline) is due for a periodic look.
    case review
}

/// One alert of the plan: what fires, for which commitment, and when.
public struct Alert: Hashable, Sendable {
    /// Stable forever for the same (statement, commitment, milestone, kind, lead, target, repeat):
    /// the ledger and the journal recognise an alert by it across restarts and reloads.
    public var id: String
    public var kind: AlertKind
    public var commitmentID: String
    public var milestoneID: String?
    /// For `approaching`: how long before the target it fires.
    public var lead: WrittenSpan?
    /// For `overdue` and `review`: 1 for the first repeat, 2 for the second, ...
    public var occurrence: Int
    /// When the alert falls due.
    public var fireAt: Instant
    /// The instant it is about: the deadline or milestone (for a review, the review time itself).
    public var target: Instant

    public init(
        statementID: String, kind: AlertKind, commitmentID: String, milestoneID: String? = nil,
        lead: WrittenSpan? = nil, occurrence: Int = 0, fireAt: Instant, target: Instant
    ) {
        self.kind = kind
        self.commitmentID = commitmentID
        self.milestoneID = milestoneID
        self.lead = lead
        self.occurrence = occurrence
        self.fireAt = fireAt
        self.target = target
        self.id = AlertID.make([
            statementID, commitmentID, milestoneID ?? "", kind.rawValue, lead?.text ?? "",
            String(target.seconds), String(occurrence),
        ])
    }

    /// Seconds between when the alert fell due and `now` (negative when early).
    public func lateness(at now: Instant) -> Double { now.interval(since: fireAt) }
}

/// A 128-bit id, as 32 hex digits, from the parts that make an alert what it is.
///
/// FNV-1a is used twice with different offset bases: it is stable across platforms and
/// releases (unlike `Hasher`, which is seeded per process), and collisions between the few
/// thousand alerts of a config are out of reach at 128 bits.
enum AlertID {
    static func make(_ parts: [String]) -> String {
        var low: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for (index, part) in parts.enumerated() {
            if index > 0 {
                low = (low ^ 0x1f) &* prime
                high = (high ^ 0x1f) &* prime
            }
            for byte in part.utf8 {
                low = (low ^ UInt64(byte)) &* prime
                high = (high ^ UInt64(byte)) &* prime
                high = (high ^ (low >> 29)) &* prime
            }
        }
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
