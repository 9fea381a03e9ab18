import Foundation

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

    public init(
        alertID: String, statementID: String, commitmentID: String, milestoneID: String?, kind: AlertKind,
        lead: String?, occurrence: Int, fireAt: Instant, target: Instant, sentAt: Instant, message: String
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
    }

    public init(alert: Alert, statementID: String, sentAt: Instant, message: String) {
        self.init(
            alertID: alert.id.hex, statementID: statementID, commitmentID: alert.commitmentID, milestoneID: alert.milestoneID,
            kind: alert.kind, lead: alert.lead?.text, occurrence: alert.occurrence, fireAt: alert.fireAt,
            target: alert.target, sentAt: sentAt, message: message)
    }

    /// Seconds between falling due and being sent.
    public var lateness: Double { sentAt.interval(since: fireAt) }

    /// One JSON object on one line, keys in a fixed order, no trailing newline.
    public var jsonLine: String {
        var json = JSONObjectWriter()
        json.add("id", alertID)
        json.add("statement", statementID)
        json.add("commitment", commitmentID)
        if let milestoneID { json.add("milestone", milestoneID) }
        json.add("kind", kind.rawValue)
        if let lead { json.add("lead", lead) }
        if occurrence > 0 { json.add("occurrence", occurrence) }
        json.add("fire_at", fireAt.seconds)
        json.add("target", target.seconds)
        json.add("sent_at", Double(sentAt.seconds) + Double(sentAt.nanoseconds) / 1e9)
        json.add("message", message)
        return json.text
    }

    /// Reads a line written by `jsonLine`; nil when it is not one (torn, or garbage).
    public init?(jsonLine line: some StringProtocol) {
        guard let line = try? JSONDecoder().decode(Line.self, from: Data(line.utf8)),
              let kind = AlertKind(rawValue: line.kind),
              // A damaged number (sent_at 1e19) is a damaged line, not a reason to trap.
              abs(line.sent_at) < Double(Self.instantLimit),
              (-Self.instantLimit...Self.instantLimit).contains(line.fire_at),
              (-Self.instantLimit...Self.instantLimit).contains(line.target)
        else { return nil }
        let sentSeconds = line.sent_at.rounded(.down)
        self.init(
            alertID: line.id, statementID: line.statement, commitmentID: line.commitment, milestoneID: line.milestone,
            kind: kind, lead: line.lead, occurrence: line.occurrence ?? 0,
            fireAt: Instant(seconds: line.fire_at), target: Instant(seconds: line.target),
            sentAt: Instant(seconds: Int64(sentSeconds), nanoseconds: Int32(((line.sent_at - sentSeconds) * 1e9).rounded())),
            message: line.message)
    }

    /// Instants in the log lie within ±1e12 s of 1970 (about ±31,700 years); beyond that a
    /// line is damaged, and its seconds would overflow arithmetic on instants.
    static let instantLimit: Int64 = 1_000_000_000_000

    /// The line's shape, as `jsonLine` writes it.
    private struct Line: Decodable {
        var id: String
        var statement: String
        var commitment: String
        var milestone: String?
        var kind: String
        var lead: String?
        var occurrence: Int?
        var fire_at: Int64
        var target: Int64
        var sent_at: Double
        var message: String
    }
}

/// Builds a flat JSON object with keys in the order they are added.
struct JSONObjectWriter {
    private var body = "{"

    /// The object, closed.
    var text: String { body + "}" }

    mutating func add(_ key: String, _ value: String) { field(key, JSONObjectWriter.quote(value)) }
    mutating func add(_ key: String, _ value: Int) { field(key, String(value)) }
    mutating func add(_ key: String, _ value: Int64) { field(key, String(value)) }
    mutating func add(_ key: String, _ value: Double) { field(key, String(format: "%.6f", value)) }
    mutating func add(_ key: String, _ value: Bool) { field(key, value ? "true" : "false") }
    mutating func addRaw(_ key: String, _ json: String) { field(key, json) }

    private mutating func field(_ key: String, _ json: String) {
        if body.utf8.count > 1 { body += "," }
        body += JSONObjectWriter.quote(key) + ":" + json
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || c.value == 0x7f:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
