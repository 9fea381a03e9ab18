import CivilCalendar
import TextWriting

/// An alert about to be sent, with what it is about: how loud it is (syslog priority), its
/// journal fields, and the facts its message is worded from (the words are the
/// `AlertVocabulary`'s).
///
/// Priority rises as the deadline nears:
///
/// | alert                         | PRIORITY    |
/// |-------------------------------|-------------|
/// | review of ongoing commitment  | 6 info      |
/// | approaching, lead > 30 days   | 5 notice    |
/// | approaching, lead 2-30 days   | 4 warning   |
/// | approaching, lead ≤ 1 day     | 3 err       |
/// | milestone reached             | 4 warning   |
/// | deadline passed (due)         | 2 crit      |
/// | overdue reminder              | 3 err       |
/// | deadline moved later          | 5 notice    |
/// | deadline moved earlier        | 4 warning   |
/// | met on time (or no date given), withdrawn | 5 notice |
/// | met late                      | 4 warning   |
/// | missed                        | 3 err       |
public struct AlertPresentation: Sendable {
    public let alert: Alert
    public let commitment: Commitment
    public let statement: Statement
    public let zone: Zone
    /// When the alert is being sent (or would be, for the CLI).
    public let now: Instant
    /// The language (and digits) of `message`; the journal fields stay the same in every language.
    public let wording: Wording

    /// An alert sent more than this after it fell due is marked late (DEADLINE_LATE_SECONDS).
    public static let lateThreshold: Double = 1

    public init(alert: Alert, commitment: Commitment, statement: Statement, zone: Zone, now: Instant, wording: Wording = .english) {
        self.alert = alert
        self.commitment = commitment
        self.statement = statement
        self.zone = zone
        self.now = now
        self.wording = wording
    }

    /// One fixed 128-bit id per alert kind, so `journalctl MESSAGE_ID=...` finds every alert of a
    /// kind and `journalctl -x` shows the catalog entry that explains it.
    public static func messageID(_ kind: AlertKind) -> String {
        switch kind {
        case .approaching: "328f3ac4f8d94fbebc6be3a03d2e7c37"
        case .due: "1bfc8403e5c1466a9bdb5584cf4be300"
        case .overdue: "b8bb81ab4dcf4ad4bcdddb2c21d13703"
        case .review: "cbb3fcfbc89242c4966c9d863b15f30e"
        case .changed: "900693cfa872421fbc49afe5c5fbaec1"
        case .resolved: "ce1884c80f46488fbf71147926ceafb2"
        }
    }

    public var priority: Int {
        switch alert.kind {
        case .review: return 6
        case .due: return alert.milestoneID == nil ? 2 : 4
        case .overdue: return 3
        case .approaching:
            let lead = alert.target.interval(since: alert.fireAt)
            if lead > 30 * 86_400 + 3600 { return 5 }
            if lead > 86_400 + 3600 { return 4 }
            return 3
        case .changed:
            return alert.previous.map { alert.target < $0 } == true ? 4 : 5
        case .resolved:
            switch commitment.status {
            case .missed: return 3
            case .met: return commitment.resolvedOnTime == false ? 4 : 5
            default: return 5
            }
        }
    }

    /// The priority as a desktop notification's urgency (freedesktop.org notifications, as
    /// `notify-send --urgency` takes it): crit and err are "critical", warning and notice
    /// "normal", info "low".
    public var urgency: String {
        switch priority {
        case ...3: "critical"
        case 4...5: "normal"
        default: "low"
        }
    }

    public var lateSeconds: Double? {
        let late = alert.lateness(at: now)
        return late > AlertPresentation.lateThreshold ? late : nil
    }

    /// The deadline's or milestone's label ("2025-09-27", in the wording's calendar), else its instant as
    /// `Wording.showExact` gives it.
    public var targetLabel: String {
        if let milestoneID = alert.milestoneID {
            return commitment.milestones.first { $0.id == milestoneID }?.label ?? wording.showExact(alert.target, in: zone)
        }
        return commitment.deadlineLabel ?? wording.showExact(alert.target, in: zone)
    }

    /// The target is already behind `now` (a warning sent so late that it is moot).
    public var hasPassed: Bool { alert.target <= now }

    /// Time left until the target: on time, the lead itself; sent late, what is really left.
    public var secondsLeft: Double {
        alert.target.interval(since: lateSeconds == nil ? alert.fireAt : now)
    }

    /// Time since the target.
    public var secondsOverdue: Double { now.interval(since: alert.target) }

    /// For `changed`: the deadline before the move, as a deadline reads: the day it ends when it
    /// falls at midnight (a deadline written as a date), else the exact local time; in the
    /// wording's calendar.
    public var previousLabel: String? {
        guard let previous = alert.previous else { return nil }
        let local = zone.civil(at: previous)
        guard local.hour == 0, local.minute == 0, local.second == 0 else { return wording.showExact(previous, in: zone) }
        return wording.show(zone.civil(at: previous.adding(seconds: -1)).date)
    }

    /// For `resolved`: the evidence, a long quote cut for the one-line message
    /// (DEADLINE_EVIDENCE has it whole).
    public var shortEvidence: String? {
        guard let text = commitment.resolution?.evidence else { return nil }
        return text.count <= 200 ? text : String(text.prefix(199)) + "…"
    }

    /// One readable line in the wording's language (`AlertVocabulary.message`).
    public var message: String { wording.alertVocabulary.message(self) }

    /// The journal entry of the alert, field by field (names already valid journal field names).
    public var journalFields: [(name: String, value: String)] {
        var fields: [(String, String)] = [
            ("MESSAGE", message),
            ("PRIORITY", String(priority)),
            ("MESSAGE_ID", AlertPresentation.messageID(alert.kind)),
            ("DEADLINE_COMMITMENT", commitment.id),
            ("DEADLINE_KIND", alert.kind.rawValue),
            ("DEADLINE_AT", zone.isoString(alert.target)),
            ("DEADLINE_FIRE_AT", zone.isoString(alert.fireAt)),
            ("DEADLINE_REMAINING_SECONDS", String(alert.target.seconds - now.seconds)),
            ("DEADLINE_STATEMENT", statement.id),
            ("DEADLINE_ALERT_ID", alert.id.hex),
            ("DEADLINE_STATUS", commitment.status.rawValue),
        ]
        if let lead = alert.lead { fields.append(("DEADLINE_LEAD", lead.text)) }
        if let milestoneID = alert.milestoneID { fields.append(("DEADLINE_MILESTONE", milestoneID)) }
        if alert.occurrence > 0 { fields.append(("DEADLINE_OCCURRENCE", String(alert.occurrence))) }
        if let binding = commitment.deadline?.binding { fields.append(("DEADLINE_BOUND", binding.kind.key)) }
        if let quote = commitment.quote { fields.append(("DEADLINE_QUOTE", quote)) }
        if let late = lateSeconds { fields.append(("DEADLINE_LATE_SECONDS", Self.milliseconds(late))) }
        if let previous = alert.previous { fields.append(("DEADLINE_PREVIOUS_AT", zone.isoString(previous))) }
        if let until = alert.snoozedUntil { fields.append(("DEADLINE_SNOOZED_UNTIL", zone.isoString(until))) }
        if let replaced = alert.supersedes { fields.append(("DEADLINE_SUPERSEDES", replaced.description)) }
        if alert.kind == .resolved, let resolution = commitment.resolution {
            if let at = resolution.at { fields.append(("DEADLINE_RESOLVED_AT", zone.isoString(at))) }
            if let evidence = resolution.evidence { fields.append(("DEADLINE_EVIDENCE", evidence)) }
            if let onTime = commitment.resolvedOnTime { fields.append(("DEADLINE_ON_TIME", onTime ? "yes" : "no")) }
        }
        return fields
    }

    /// Seconds to three decimals (`2.500`); only ever positive here.
    private static func milliseconds(_ seconds: Double) -> String {
        let millis = Int64((seconds * 1000).rounded())
        return String {
            Digits.write(millis / 1000, to: &$0)
            $0.append(UInt8(ascii: "."))
            Digits.write(millis % 1000, width: 3, to: &$0)
        }
    }
}
