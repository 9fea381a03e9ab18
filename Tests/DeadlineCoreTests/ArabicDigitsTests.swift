import DeadlineCore
import Testing

/// `digits = "arabic-indic"` changes the digits a person reads (counts, dates, times), never
/// text that is typed back into a command: ids, zone names, file paths.
@Suite("Arabic-Indic digits where a person reads them, Latin where text is typed back")
struct ArabicDigitsTests {
    @Test("status: the alert log's path and the ids keep their digits; dates and counts do not")
    func status() throws {
        let config = try Fixtures.config(Fixtures.baghdad(
            daemon: "language = \"ar\"\ndigits = \"arabic-indic\"",
            "[[commitment]]\nid = \"phase-2\"\ndeadline = 2026-06-01"))
        let status = StatusReport.text(
            config: config, ledger: Ledger(), alertLogPath: "/var/lib/deadlined-2/alerts.jsonl",
            now: Fixtures.utc("2026-05-20T00:00:00Z"))
        #expect(status.contains("سجل التنبيهات: \(Fixtures.isolated("/var/lib/deadlined-2/alerts.jsonl")) ("), "\(status)")
        #expect(status.contains(Fixtures.isolated("phase-2")) && status.contains(Fixtures.isolated("٢٠٢٦-٠٦-٠١")), "\(status)")
        let missing = StatusReport.text(config: config, ledger: nil, alertLogPath: "/srv/2026/alerts.jsonl", now: Fixtures.utc("2026-05-20T00:00:00Z"))
        #expect(missing.contains("سجل التنبيهات: \(Fixtures.isolated("/srv/2026/alerts.jsonl")) (غير موجود"), "\(missing)")
    }
}
