/// `deadlined status`: one row per commitment, from config and ledger at `now`.
public enum StatusReport {
    public static func text(config: Config, ledger: Ledger?, alertLogPath: String, now: Instant) -> String {
        let zone = config.daemon.zone
        let words = ViewWords.of(config.wording)
        let alertWords = config.wording.alertVocabulary
        let schedule = Schedule(config: config)
        let effectiveLedger = ledger ?? Ledger()
        var rows: [[String]] = [[words.commitment, words.status, words.deadline, words.state, words.lastAlertSent, words.nextAlert]]
        for track in schedule.tracks {
            let commitment = track.commitment
            let state: String
            if let deadline = commitment.deadline {
                let seconds = deadline.instant.interval(since: now)
                state = seconds > 0 ? words.timeLeft(seconds) : words.passedAgo(seconds)
            } else {
                state = words.ongoingWord
            }
            let last = ledger?.lastRecord[track.ref].map { record in
                "\(words.ltr(TimelineText.shortLocal(record.sentAt, zone))) \(alertWords.sent(kind: record.kind, lead: record.lead))"
            } ?? "-"
            let next = schedule.next(track, ledger: effectiveLedger, now: now).map { alert in
                "\(words.ltr(TimelineText.shortLocal(alert.fireAt, zone))) \(alertWords.event(alert, of: commitment, issued: config.statement(of: commitment).issued))"
            } ?? (commitment.status.isActive ? "-" : words.noneActive(commitment.status))
            rows.append([words.id(config.label(of: commitment)), words.status(commitment.status, snooze: track.snooze(at: now)), commitment.deadlineLabel.map(words.ltr) ?? words.noDate, state, last, next])
        }
        let heading = config.statements.count == 1 ? nil : TimelineText.statementsHeading(config)
        let single = config.statements.first?.id ?? ""
        var out = words.isArabic
            ? "\(heading ?? "البيان " + words.id(single))، الآن \(words.ltr(TimelineText.shortLocal(now, zone))) \(words.id(zone.identifier))\n"
            : "\(heading ?? "Statement " + single), now \(TimelineText.shortLocal(now, zone)) \(zone.identifier)\n"
        out += words.alertLogLine(alertLogPath, count: ledger == nil ? nil : effectiveLedger.count) + "\n\n"
        return out + TimelineText.columns(rows)
    }
}
