import TextWriting

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
    /// The commitment's deadline is not the one its alerts were last sent for: it moved.
    case changed
    /// The commitment's status became met, missed or withdrawn.
    case resolved
}

/// One alert of the plan: what fires, for which commitment, and when.
public struct Alert: Hashable, Sendable {
    /// Stable forever for the same (statement, commitment, milestone, kind, lead, target, repeat):
    /// the ledger and the journal recognise an alert by it across restarts and reloads.
    public var id: AlertID
    public var kind: AlertKind
    public var statementID: String
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
    /// For `changed`: the deadline before the move.
    public var previous: Instant?
    /// For the one `overdue` or `review` reminder sent when a snooze ends, standing for those it
    /// held: the end of the snooze (its `fireAt`).
    public var snoozedUntil: Instant?
    /// On the first alert a commitment sends after it came to replace another (`supersedes`):
    /// the commitment replaced. Not part of the id: the alert is the same one, told more fully.
    public var supersedes: CommitmentRef?

    public init(
        statementID: String, kind: AlertKind, commitmentID: String, milestoneID: String? = nil,
        lead: WrittenSpan? = nil, occurrence: Int = 0, fireAt: Instant, target: Instant
    ) {
        self.init(
            id: Alert.makeID(
                statementID: statementID, kind: kind, commitmentID: commitmentID, milestoneID: milestoneID, lead: lead,
                occurrence: occurrence, target: target),
            kind: kind, statementID: statementID, commitmentID: commitmentID, milestoneID: milestoneID, lead: lead,
            occurrence: occurrence, fireAt: fireAt, target: target)
    }

    init(
        id: AlertID, kind: AlertKind, statementID: String, commitmentID: String, milestoneID: String?, lead: WrittenSpan?, occurrence: Int,
        fireAt: Instant, target: Instant
    ) {
        self.id = id
        self.kind = kind
        self.statementID = statementID
        self.commitmentID = commitmentID
        self.milestoneID = milestoneID
        self.lead = lead
        self.occurrence = occurrence
        self.fireAt = fireAt
        self.target = target
    }

    /// The id of (statement, commitment, milestone, kind, lead, target, repeat).
    static func makeID(
        statementID: String, kind: AlertKind, commitmentID: String, milestoneID: String?, lead: WrittenSpan?,
        occurrence: Int, target: Instant
    ) -> AlertID {
        var hasher = AlertID.Hasher()
        hasher.part(statementID)
        hasher.part(commitmentID)
        hasher.part(milestoneID ?? "")
        hasher.part(kind.rawValue)
        hasher.part(lead?.text ?? "")
        hasher.part(decimal: target.seconds)
        hasher.part(decimal: Int64(occurrence))
        return hasher.id
    }

    /// A `changed` alert: the deadline of a commitment moved from `previous` to `target`, found at
    /// `now`. Its id comes from the commitment and both deadlines.
    static func changed(statementID: String, commitmentID: String, previous: Instant, target: Instant, now: Instant) -> Alert {
        var hasher = AlertID.Hasher()
        hasher.part(statementID)
        hasher.part(commitmentID)
        hasher.part(AlertKind.changed.rawValue)
        hasher.part(decimal: previous.seconds)
        hasher.part(decimal: target.seconds)
        var alert = Alert(
            id: hasher.id, kind: .changed, statementID: statementID, commitmentID: commitmentID, milestoneID: nil, lead: nil,
            occurrence: 0, fireAt: now, target: target)
        alert.previous = previous
        return alert
    }

    /// A `resolved` alert: the commitment's status became `status`, found at `now`. One per
    /// commitment and status, whatever the date or evidence given with it.
    static func resolved(statementID: String, commitmentID: String, status: CommitmentStatus, target: Instant, now: Instant) -> Alert {
        var hasher = AlertID.Hasher()
        hasher.part(statementID)
        hasher.part(commitmentID)
        hasher.part(AlertKind.resolved.rawValue)
        hasher.part(status.rawValue)
        return Alert(
            id: hasher.id, kind: .resolved, statementID: statementID, commitmentID: commitmentID, milestoneID: nil, lead: nil,
            occurrence: 0, fireAt: now, target: target)
    }

    /// The commitment it is about, among all statements.
    public var ref: CommitmentRef { CommitmentRef(statementID: statementID, commitmentID: commitmentID) }

    /// Seconds between when the alert fell due and `now` (negative when early).
    public func lateness(at now: Instant) -> Double { now.interval(since: fireAt) }

    /// The order of the plan: by `fireAt`, ties by id.
    @inline(__always)
    static func precedes(_ a: Alert, _ b: Alert) -> Bool {
        a.fireAt != b.fireAt ? a.fireAt < b.fireAt : a.id < b.id
    }
}

/// A 128-bit id from the parts that make an alert what it is; written as 32 lowercase hex
/// digits (journal, alert log, timeline, calendar), held as two integers everywhere else.
///
/// FNV-1a is used twice with different offset bases: it is stable across platforms and
/// releases (unlike `Hasher`, which is seeded per process), and collisions between the few
/// thousand alerts of a config are out of reach at 128 bits.
public struct AlertID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Reads the 32 lowercase hex digits `hex` writes; nil for anything else.
    public init?(hex text: some StringProtocol) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            if count < 16 { high = high << 4 | digit } else if count < 32 { low = low << 4 | digit } else { return nil }
            count += 1
        }
        guard count == 32 else { return nil }
        self.init(high: high, low: low)
    }

    public static func < (lhs: AlertID, rhs: AlertID) -> Bool {
        lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
    }

    /// 32 lowercase hex digits, high half first.
    public var hex: String {
        String { writeHex(to: &$0) }
    }

    /// The 32 hex digits of `hex`, into any sink.
    func writeHex<Sink: ByteSink>(to sink: inout Sink) {
        Digits.writeHex(high, width: 16, to: &sink)
        Digits.writeHex(low, width: 16, to: &sink)
    }

    public var description: String { hex }

    /// FNV-1a over the parts, a 0x1f between parts.
    struct Hasher: ByteSink {
        private var low: UInt64 = 0xcbf2_9ce4_8422_2325
        private var high: UInt64 = 0x6c62_272e_07bb_0142
        private var parts = 0
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        @inline(__always)
        private mutating func separate() {
            if parts > 0 {
                low = (low ^ 0x1f) &* Self.prime
                high = (high ^ 0x1f) &* Self.prime
            }
            parts += 1
        }

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            low = (low ^ UInt64(byte)) &* Self.prime
            high = (high ^ UInt64(byte)) &* Self.prime
            high = (high ^ (low >> 29)) &* Self.prime
        }

        mutating func part(_ text: String) {
            separate()
            var text = text
            text.withUTF8 { for value in $0 { append(value) } }
        }

        /// The bytes of `String(value)`, without making the string.
        mutating func part(decimal value: Int64) {
            separate()
            Digits.write(value, to: &self)
        }

        var id: AlertID { AlertID(high: high, low: low) }
    }
}
