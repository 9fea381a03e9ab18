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

    /// One row per record: when it was sent (in `zone`), the commitment, the kind, the message.
    public static func table(_ records: [LedgerRecord], zone: Zone) -> String {
        guard !records.isEmpty else { return "No alerts recorded.\n" }
        var rows = [["SENT (\(zone.identifier))", "STATEMENT", "COMMITMENT", "KIND", "MESSAGE"]]
        for record in records {
            rows.append([
                TimelineText.shortLocal(record.sentAt, zone), record.statementID, record.commitmentID, record.kind.rawValue,
                record.message,
            ])
        }
        return TimelineText.columns(rows)
    }

    /// A JSON array of the records, each as the alert log writes it.
    public static func json(_ records: [LedgerRecord]) -> String {
        records.isEmpty ? "[]\n" : "[\n" + records.map(\.jsonLine).joined(separator: ",\n") + "\n]\n"
    }
}
