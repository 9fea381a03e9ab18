/// `deadlined status`: one row per commitment, from config and ledger at `now`.
public enum StatusReport {
    public static func text(config: Config, ledger: Ledger?, alertLogPath: String, now: Instant) -> String {
        let zone = config.daemon.zone
        let words = config.wording.language.alertVocabulary
        let schedule = Schedule(config: config)
        let effectiveLedger = ledger ?? Ledger()
        var rows: [[String]] = [["COMMITMENT", "STATUS", "DEADLINE", "STATE", "LAST ALERT SENT", "NEXT ALERT"]]
        for track in schedule.tracks {
            let commitment = track.commitment
            let state: String
            if let deadline = commitment.deadline {
                let seconds = deadline.instant.interval(since: now)
                state = seconds > 0 ? "\(HumanDuration.compact(seconds: seconds)) left" : "passed \(HumanDuration.compact(seconds: seconds)) ago"
            } else {
                state = "ongoing"
            }
            let last = ledger?.lastRecord[commitment.id].map { record in
                "\(TimelineText.shortLocal(record.sentAt, zone)) \(words.sent(kind: record.kind, lead: record.lead))"
            } ?? "-"
            let next = schedule.next(track, ledger: effectiveLedger, now: now).map { alert in
                "\(TimelineText.shortLocal(alert.fireAt, zone)) \(words.event(alert, of: commitment))"
            } ?? (commitment.status.isActive ? "-" : "none (\(commitment.status.rawValue))")
            rows.append([commitment.id, commitment.status.rawValue, commitment.deadlineLabel ?? "no date", state, last, next])
        }
        var out = "Statement \(config.statement.id), now \(TimelineText.shortLocal(now, zone)) \(zone.identifier)\n"
        out += ledger == nil
            ? "Alert log: \(alertLogPath) (not found: no alert sent yet, or another --state-dir)\n\n"
            : "Alert log: \(alertLogPath) (\(effectiveLedger.count) alerts)\n\n"
        return out + TimelineText.columns(rows)
    }
}
