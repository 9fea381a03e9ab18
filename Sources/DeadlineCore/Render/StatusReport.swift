/// `deadlined status`: one row per commitment, from config and ledger at `now`.
public enum StatusReport {
    public static func text(config: Config, ledger: Ledger?, alertLogPath: String, now: Instant) -> String {
        let zone = config.daemon.zone
        let wording = config.wording
        let words = ViewWords.of(wording)
        let alertWords = wording.alertVocabulary
        let schedule = Schedule(config: config)
        let effectiveLedger = ledger ?? Ledger()
        let replacements = config.replacements
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
                "\(words.ltr(wording.show(record.sentAt, in: zone))) \(alertWords.sent(kind: record.kind, lead: record.lead))"
            } ?? "-"
            let next = schedule.next(track, ledger: effectiveLedger, now: now).map { alert in
                "\(words.ltr(wording.show(alert.fireAt, in: zone))) \(alertWords.event(alert, of: commitment, issued: config.statement(of: commitment).issued))"
            } ?? (commitment.status.isActive ? "-"
                : replacements[track.ref].map(words.noneReplaced(by:)) ?? words.noneActive(commitment.status))
            rows.append([words.id(config.label(of: commitment)), words.status(commitment.status, snooze: track.snooze(at: now)), commitment.deadlineLabel.map(words.ltr) ?? words.noDate, state, last, next])
        }
        let heading = config.statements.count == 1 ? "\(words.statement) \(words.id(config.statements[0].id))" : words.statementsHeading(config)
        var out = "\(heading)\(words.listSeparator)\(words.now) \(words.ltr(wording.show(now, in: zone))) \(words.id(zone.identifier))\n"
        out += words.alertLogLine(alertLogPath, count: ledger == nil ? nil : effectiveLedger.count) + "\n\n"
        return out + TimelineText.columns(rows)
    }
}
