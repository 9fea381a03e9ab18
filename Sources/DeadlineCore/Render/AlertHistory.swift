/// `deadlined history`: every alert sent, every move and resolution, in the order they were
/// sent, read from the alert log alone (statements removed from the config keep their past).
public enum AlertHistory {
    /// The records of the chosen statements (all when `statementIDs` is empty) and commitment,
    /// in the order they were sent (ties kept in file order). A commitment's history includes
    /// the alert of the commitment that replaced it, which tells of the supersession.
    public static func select(_ records: [LedgerRecord], statementIDs: [String], commitmentID: String?) -> [LedgerRecord] {
        func isChosen(_ ref: CommitmentRef) -> Bool {
            (statementIDs.isEmpty || statementIDs.contains(ref.statementID)) && (commitmentID.map { $0 == ref.commitmentID } ?? true)
        }
        let chosen = records.filter { record in
            isChosen(record.commitment) || record.supersedes.map(isChosen) == true
        }
        return chosen.enumerated().sorted { a, b in
            a.element.sentAt != b.element.sentAt ? a.element.sentAt < b.element.sentAt : a.offset < b.offset
        }.map(\.element)
    }

    /// One row per record: when it was sent (in the config's zone), the statement, the
    /// commitment, the kind, the message as it was sent. The headings are in the config's
    /// language; each row's time and kind in its statement's (the daemon's for a statement no
    /// longer in the config).
    public static func table(_ records: [LedgerRecord], config: Config) -> String {
        let zone = config.daemon.zone
        let wordings = StatementWordings(config)
        let words = wordings.heading.view
        guard !records.isEmpty else { return words.noAlertsRecorded + "\n" }
        let statements = Dictionary(config.statements.indices.map { (config.statements[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = [["\(words.sent) (\(zone.identifier))", words.statementColumn, words.commitment, words.kind, words.message]]
        for record in records {
            let row = statements[record.statementID].map { wordings.of(statement: $0) } ?? wordings.daemon
            rows.append([
                row.view.ltr(row.wording.show(record.sentAt, in: zone)), row.view.id(record.statementID), row.view.id(record.commitmentID),
                row.alerts.name(record.kind), record.message,
            ])
        }
        return TimelineText.columns(rows)
    }

    /// A JSON array of the records, each as the alert log writes it.
    public static func json(_ records: [LedgerRecord]) -> String {
        records.isEmpty ? "[]\n" : "[\n" + records.map(\.jsonLine).joined(separator: ",\n") + "\n]\n"
    }
}
