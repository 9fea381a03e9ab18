/// `deadlined status`: one row per commitment, from config and ledger at `now`; the headings
/// in the view's wording, each row in its statement's language.
public enum StatusReport {
    public static func text(config: Config, ledger: Ledger?, alertLogPath: String, now: Instant) -> String {
        let zone = config.daemon.zone
        let wordings = StatementWordings(config)
        let words = wordings.heading.view
        let schedule = Schedule(config: config)
        let effectiveLedger = ledger ?? Ledger()
        let replacements = config.replacements
        var rows: [[String]] = [[words.commitment, words.status, words.deadline, words.state, words.lastAlertSent, words.nextAlert]]
        for track in schedule.tracks {
            let commitment = track.commitment
            let row = wordings.of(commitment)
            let (wording, alertWords) = (row.wording, row.alerts)
            let state: String
            if let deadline = commitment.deadline {
                let seconds = deadline.instant.interval(since: now)
                state = seconds > 0 ? row.view.timeLeft(seconds) : row.view.passedAgo(seconds)
            } else {
                state = row.view.ongoingWord
            }
            let last = ledger?.lastRecord[track.ref].map { record in
                "\(row.view.ltr(wording.show(record.sentAt, in: zone))) \(alertWords.sent(kind: record.kind, lead: record.lead))"
            } ?? "-"
            let next = schedule.next(track, ledger: effectiveLedger, now: now).map { alert in
                "\(row.view.ltr(wording.show(alert.fireAt, in: zone))) \(alertWords.event(alert, of: commitment, issued: config.statement(of: commitment).issued))"
            } ?? (commitment.status.isActive ? "-"
                : replacements[track.ref].map(row.view.noneReplaced(by:)) ?? row.view.noneActive(commitment.status))
            rows.append([
                row.view.id(config.label(of: commitment)), row.view.status(commitment.status, snooze: track.snooze(at: now)),
                commitment.deadlineLabel.map(row.view.ltr) ?? row.view.noDate, state, last, next,
            ])
        }
        let heading = config.statements.count == 1 ? "\(words.statement) \(words.id(config.statements[0].id))" : words.statementsHeading(config)
        var out = "\(heading)\(words.listSeparator)\(words.now) \(words.ltr(words.wording.show(now, in: zone))) \(words.id(zone.identifier))\n"
        out += words.alertLogLine(alertLogPath, count: ledger == nil ? nil : effectiveLedger.count) + "\n\n"
        return out + TimelineText.columns(rows)
    }
}
