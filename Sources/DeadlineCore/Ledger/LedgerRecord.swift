import Glibc

/// One line of the alert log: an alert that was sent, with what it said.
///
/// The alert log is both the record people read and the ledger the daemon rebuilds its memory
/// from on start, so a line carries everything needed for both.
public struct LedgerRecord: Hashable, Sendable {
    public var alertID: String
    public var statementID: String
    public var commitmentID: String
    public var milestoneID: String?
    public var kind: AlertKind
    public var lead: String?
    public var occurrence: Int
    public var fireAt: Instant
    public var target: Instant
    public var sentAt: Instant
    public var message: String
    /// For `changed`: the deadline before the move.
    public var previous: Instant?
    /// The commitment this one replaces, on the first alert sent since it says so.
    public var supersedes: CommitmentRef?
    /// For `resolved`: the outcome as the config recorded it when the alert went out, the
    /// evidence whole (the message cuts a long quote), so that `history` keeps what was cited.
    public var outcome: Outcome?

    /// What a `resolved` record keeps of the commitment's `status`, `resolved` and `evidence`.
    public struct Outcome: Hashable, Sendable {
        public var status: CommitmentStatus
        public var resolvedAt: Instant?
        public var evidence: String?
        /// `resolved` compared with the deadline, as DEADLINE_ON_TIME says; nil without both.
        public var onTime: Bool?

        public init(status: CommitmentStatus, resolvedAt: Instant?, evidence: String?, onTime: Bool?) {
            self.status = status
            self.resolvedAt = resolvedAt
            self.evidence = evidence
            self.onTime = onTime
        }

        /// The outcome `commitment` records.
        public init(of commitment: Commitment) {
            self.init(
                status: commitment.status, resolvedAt: commitment.resolution?.at, evidence: commitment.resolution?.evidence,
                onTime: commitment.resolvedOnTime)
        }
    }

    public init(
        alertID: String, statementID: String, commitmentID: String, milestoneID: String?, kind: AlertKind,
        lead: String?, occurrence: Int, fireAt: Instant, target: Instant, sentAt: Instant, message: String,
        previous: Instant? = nil, supersedes: CommitmentRef? = nil, outcome: Outcome? = nil
    ) {
        self.alertID = alertID
        self.statementID = statementID
        self.commitmentID = commitmentID
        self.milestoneID = milestoneID
        self.kind = kind
        self.lead = lead
        self.occurrence = occurrence
        self.fireAt = fireAt
        self.target = target
        self.sentAt = sentAt
        self.message = message
        self.previous = previous
        self.supersedes = supersedes
        self.outcome = outcome
    }

    public init(alert: Alert, sentAt: Instant, message: String, outcome: Outcome? = nil) {
        self.init(
            alertID: alert.id.hex, statementID: alert.statementID, commitmentID: alert.commitmentID, milestoneID: alert.milestoneID,
            kind: alert.kind, lead: alert.lead?.text, occurrence: alert.occurrence, fireAt: alert.fireAt,
            target: alert.target, sentAt: sentAt, message: message, previous: alert.previous,
            supersedes: alert.supersedes, outcome: outcome)
    }

    /// The record of the alert `presentation` sent: its message, and for `resolved` the outcome.
    public init(presentation: AlertPresentation, sentAt: Instant) {
        let alert = presentation.alert
        self.init(
            alert: alert, sentAt: sentAt, message: presentation.message,
            outcome: alert.kind == .resolved ? Outcome(of: presentation.commitment) : nil)
    }

    public var commitment: CommitmentRef { CommitmentRef(statementID: statementID, commitmentID: commitmentID) }

    /// Seconds between falling due and being sent.
    public var lateness: Double { sentAt.interval(since: fireAt) }

    /// One JSON object on one line, keys in a fixed order, no trailing newline.
    public var jsonLine: String {
        var json = ByteWriter()
        // `key` is written as is: the comma, the quoted name and the colon.
        func field(_ key: StaticString, _ value: String) {
            json.write(key)
            json.write(quoted: value)
        }
        json.write("{\"id\":" as StaticString)
        json.write(quoted: alertID)
        field(",\"statement\":", statementID)
        field(",\"commitment\":", commitmentID)
        if let milestoneID { field(",\"milestone\":", milestoneID) }
        field(",\"kind\":", kind.rawValue)
        if let lead { field(",\"lead\":", lead) }
        if occurrence > 0 {
            json.write(",\"occurrence\":" as StaticString)
            json.write(decimal: Int64(occurrence))
        }
        json.write(",\"fire_at\":" as StaticString)
        json.write(decimal: fireAt.seconds)
        json.write(",\"target\":" as StaticString)
        json.write(decimal: target.seconds)
        if let previous {
            json.write(",\"previous\":" as StaticString)
            json.write(decimal: previous.seconds)
        }
        if let supersedes { field(",\"supersedes\":", supersedes.description) }
        if let outcome {
            field(",\"status\":", outcome.status.rawValue)
            if let resolvedAt = outcome.resolvedAt {
                json.write(",\"resolved_at\":" as StaticString)
                json.write(decimal: resolvedAt.seconds)
            }
            if let evidence = outcome.evidence { field(",\"evidence\":", evidence) }
            if let onTime = outcome.onTime { json.write(onTime ? ",\"on_time\":true" as StaticString : ",\"on_time\":false") }
        }
        json.write(",\"sent_at\":" as StaticString)
        json.write(Self.sixDecimals(Double(sentAt.seconds) + Double(sentAt.nanoseconds) / 1e9))
        field(",\"message\":", message)
        json.write("}" as StaticString)
        return json.text
    }

    /// `value` as printf's "%.6f" writes it, which is how `sent_at` has always been written:
    /// printf itself, in the C locale (the daemon never sets another, so the point is a point).
    static func sixDecimals(_ value: Double) -> String {
        // The longest: a sign, 309 integer digits, the point and six decimals.
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 320) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.6f", $0) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(count)), as: UTF8.self)
        }
    }

    /// Reads a line written by `jsonLine`; nil when it is not one (torn, or garbage).
    ///
    /// Keys may come in any order; unknown keys are ignored, and `milestone`, `lead`,
    /// `occurrence`, `previous`, `supersedes` and a resolution's `status`, `resolved_at`,
    /// `evidence` and `on_time` may be missing or null. A key given twice counts as its last value.
    public init?(jsonLine line: some StringProtocol) {
        guard let object = FlatJSONObject(line) else { return nil }
        var id, statement, commitment, kind, message: String?
        var milestone, lead, supersedes, status, evidence: String?
        var occurrence: Int?
        var fireAt, target, previous, resolvedAt: Int64?
        var onTime: Bool?
        var sentAt: Double?
        for (key, value) in object.members {
            // A known key with a value of the wrong type spoils the line; null stands for "absent"
            // only where the key is optional.
            switch key {
            case "id": guard let text = value.string else { return nil }; id = text
            case "statement": guard let text = value.string else { return nil }; statement = text
            case "commitment": guard let text = value.string else { return nil }; commitment = text
            case "kind": guard let text = value.string else { return nil }; kind = text
            case "message": guard let text = value.string else { return nil }; message = text
            case "milestone":
                guard value == .null || value.string != nil else { return nil }
                milestone = value.string
            case "lead":
                guard value == .null || value.string != nil else { return nil }
                lead = value.string
            case "occurrence":
                if value == .null { occurrence = nil; continue }
                guard let number = value.int64, let count = Int(exactly: number) else { return nil }
                occurrence = count
            case "supersedes":
                guard value == .null || value.string != nil else { return nil }
                supersedes = value.string
            case "fire_at": guard let number = value.int64 else { return nil }; fireAt = number
            case "target": guard let number = value.int64 else { return nil }; target = number
            case "previous":
                if value == .null { previous = nil; continue }
                guard let number = value.int64 else { return nil }
                previous = number
            case "sent_at": guard let number = value.double else { return nil }; sentAt = number
            case "status":
                guard value == .null || value.string != nil else { return nil }
                status = value.string
            case "evidence":
                guard value == .null || value.string != nil else { return nil }
                evidence = value.string
            case "resolved_at":
                if value == .null { resolvedAt = nil; continue }
                guard let number = value.int64 else { return nil }
                resolvedAt = number
            case "on_time":
                if value == .null { onTime = nil; continue }
                guard let flag = value.bool else { return nil }
                onTime = flag
            default: continue
            }
        }
        guard let id, let statement, let commitment, let message, let fireAt, let target, let sentAt,
              let kind = kind.flatMap(AlertKind.init(rawValue:)),
              // A damaged number (sent_at 1e19) is a damaged line, not a reason to trap.
              abs(sentAt) < Double(Self.instantLimit),
              (-Self.instantLimit...Self.instantLimit).contains(fireAt),
              (-Self.instantLimit...Self.instantLimit).contains(target),
              previous.map({ (-Self.instantLimit...Self.instantLimit).contains($0) }) ?? true,
              resolvedAt.map({ (-Self.instantLimit...Self.instantLimit).contains($0) }) ?? true
        else { return nil }
        var outcome: Outcome?
        if let status {
            guard let written = CommitmentStatus(rawValue: status) else { return nil }
            outcome = Outcome(status: written, resolvedAt: resolvedAt.map { Instant(seconds: $0) }, evidence: evidence, onTime: onTime)
        }
        var replaced: CommitmentRef?
        if let supersedes {
            guard let ref = CommitmentRef(written: supersedes) else { return nil }
            replaced = ref
        }
        let sentSeconds = sentAt.rounded(.down)
        self.init(
            alertID: id, statementID: statement, commitmentID: commitment, milestoneID: milestone,
            kind: kind, lead: lead, occurrence: occurrence ?? 0,
            fireAt: Instant(seconds: fireAt), target: Instant(seconds: target),
            sentAt: Instant(seconds: Int64(sentSeconds), nanoseconds: Int32(((sentAt - sentSeconds) * 1e9).rounded())),
            message: message, previous: previous.map { Instant(seconds: $0) }, supersedes: replaced, outcome: outcome)
    }

    /// Instants in the log lie within ±1e12 s of 1970 (about ±31,700 years); beyond that a
    /// line is damaged, and its seconds would overflow arithmetic on instants.
    static let instantLimit: Int64 = 1_000_000_000_000
}
