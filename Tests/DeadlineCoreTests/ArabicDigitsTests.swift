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

extension ArabicDigitsTests {
    @Test("STATUS=: counts and the time to the next alert in Arabic-Indic digits; a reload error keeps its position's")
    func statusLine() throws {
        let config = try Fixtures.config(Fixtures.baghdad(
            daemon: "language = \"ar\"\ndigits = \"arabic-indic\"\nlead_times = [\"30d\"]",
            "[[commitment]]\nid = \"phase-2\"\ndeadline = 2026-06-01"))
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track("phase-2"))
        let alert = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2026-01-01T00:00:00Z")))
        var line = StatusLine(commitments: 12, open: 3, next: (id: "phase-2", alert: alert, seconds: 11 * 86_400 + 5))
        line.reloadProblem = "/etc/deadlined/statements.d/s2.toml:12:5: error: `deadline` \"2026-13\" is not a month"
        line.alertLogProblem = "write /var/lib/deadlined/alerts.jsonl: errno 28"
        #expect(line.text(config.wording) == "١٢ التزاماً، المفتوح منها: ٣؛ التالي: \(Fixtures.isolated("phase-2")) تنبيه قبل ٣٠ يوماً بعد ١١ يوماً"
            + "؛ فشلت إعادة التحميل، يعمل بالإعداد السابق: \(Fixtures.isolated(line.reloadProblem!))"
            + "؛ لا يمكن الكتابة في سجل التنبيهات: \(Fixtures.isolated(line.alertLogProblem!))")
    }
}
