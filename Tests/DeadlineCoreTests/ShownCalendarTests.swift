import DeadlineCore
import Testing

/// `calendar = "hijri" | "both"`: every date and time a person reads follows it (alert messages,
/// timeline, status, history); the fields for programs stay Gregorian ISO.
@Suite("Dates shown in the configured calendar")
struct ShownCalendarTests {
    static let commitments = """
        [[commitment]]
        id = "iraq"
        within = "12 months"
        no_later_than = "2025-09"
        [[commitment]]
        id = "advisers"
        [[commitment]]
        id = "done"
        deadline = 2025-12-01
        status = "met"
        resolved = 2025-10-01
        """

    static func config(_ daemon: String) throws -> Config {
        try Fixtures.config(Fixtures.baghdad(daemon: daemon + "\nlead_times = [\"30d\"]\nreview_every = \"2w\"", commitments))
    }

    static func presentation(_ config: Config, _ alert: Alert, now: Instant) throws -> AlertPresentation {
        let track = try #require(Schedule(config: config).track(alert.commitmentID))
        return AlertPresentation(
            alert: alert, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone, now: now,
            wording: config.wording)
    }

    static func next(_ config: Config, _ id: String, at text: String) throws -> Alert {
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track(id))
        return try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc(text)))
    }

    @Test("hijri: every date of an English message is a Hijri date, DEADLINE_AT stays ISO")
    func hijriMessages() throws {
        let config = try Self.config("calendar = \"hijri\"")
        let approaching = try Self.presentation(config, Self.next(config, "iraq", at: "2025-08-01T00:00:00Z"), now: Fixtures.utc("2025-08-28T21:00:00Z"))
        #expect(approaching.message == "iraq: 30 days left until 5 Rabi al-Thani 1447 AH (within 12 months of 24 Rabi al-Awwal 1446 AH)")
        let fields = Dictionary(approaching.journalFields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(fields["DEADLINE_AT"] == "2025-09-28T00:00:00+03:00")

        let review = try Self.next(config, "advisers", at: "2024-09-28T00:00:00Z")
        #expect(try Self.presentation(config, review, now: review.fireAt).message
            == "advisers: review this ongoing commitment (no deadline; reminder 1 every 2w since 24 Rabi al-Awwal 1446 AH)")

        var moved = Alert(statementID: "s", kind: .changed, commitmentID: "iraq", fireAt: Fixtures.utc("2025-08-01T00:00:00Z"),
                          target: Fixtures.utc("2025-09-27T21:00:00Z"))
        moved.previous = Fixtures.utc("2025-08-31T21:00:00Z")
        #expect(try Self.presentation(config, moved, now: moved.fireAt).message
            == "iraq: deadline moved from 8 Rabi al-Awwal 1447 AH to 5 Rabi al-Thani 1447 AH (within 12 months of 24 Rabi al-Awwal 1446 AH)")

        let resolved = Alert(statementID: "s", kind: .resolved, commitmentID: "done", fireAt: Fixtures.utc("2025-10-01T00:00:00Z"),
                             target: Fixtures.utc("2025-11-30T21:00:00Z"))
        #expect(try Self.presentation(config, resolved, now: resolved.fireAt).message
            == "done: met on 9 Rabi al-Thani 1447 AH, on time (deadline 10 Jumada al-Akhirah 1447 AH)")
    }

    @Test("both, in Arabic: a message gives each date in both calendars")
    func bothInArabic() throws {
        let config = try Self.config("language = \"ar\"\ncalendar = \"both\"")
        let approaching = try Self.presentation(config, Self.next(config, "iraq", at: "2025-08-01T00:00:00Z"), now: Fixtures.utc("2025-08-28T21:00:00Z"))
        #expect(approaching.message == "\(Fixtures.isolated("iraq")): بقي 30 يوماً على \(Fixtures.isolated("2025-09-27 (5 ربيع الآخر 1447)"))"
            + " (خلال 12 شهراً من \(Fixtures.isolated("2024-09-27 (24 ربيع الأول 1446)")))")
    }

    @Test("timeline: the now line and every fire time in the calendar; the JSON stays ISO")
    func timeline() throws {
        let config = try Self.config("calendar = \"hijri\"")
        let timeline = Timeline(schedule: Schedule(config: config), ledger: nil, now: Fixtures.utc("2025-07-31T21:00:00Z"))
        let table = TimelineText.table(timeline)
        #expect(table.hasPrefix("Statement s - now 7 Safar 1447 AH 00:00 +03:00 Asia/Baghdad (6 Safar 1447 AH 21:00 UTC)\n"))
        #expect(table.contains("\n21 Safar 1447 AH 00:00 +03:00         20 Safar 1447 AH 21:00Z         advisers    review #23 (every 2w)"))
        #expect(table.contains("---- now: 7 Safar 1447 AH 00:00 +03:00 ----"))
        #expect(table.contains("within 12 months of 24 Rabi al-Awwal 1446 AH; also no later than 8 Rabi al-Thani 1447 AH"))
        let json = TimelineText.json(timeline)
        #expect(json.contains("\"now\":\"2025-08-01T00:00:00+03:00\"") && !json.contains("Safar"))
    }

    @Test("status: NEXT and LAST times in both calendars")
    func status() throws {
        let config = try Self.config("language = \"ar\"\ncalendar = \"both\"\ndigits = \"arabic-indic\"")
        let sent = try Self.next(config, "iraq", at: "2025-08-01T00:00:00Z")
        let ledger = Ledger(records: [LedgerRecord(alert: sent, sentAt: sent.fireAt, message: "m")])
        let status = StatusReport.text(config: config, ledger: ledger, alertLogPath: "/x/alerts.jsonl", now: sent.fireAt.adding(seconds: 60))
        #expect(status.hasPrefix("البيان \(Fixtures.isolated("s"))، الآن \(Fixtures.isolated("٢٠٢٥-٠٨-٢٩ (٦ ربيع الأول ١٤٤٧) ٠٠:٠١ +٠٣:٠٠"))"))
        #expect(status.contains("\(Fixtures.isolated("٢٠٢٥-٠٨-٢٩ (٦ ربيع الأول ١٤٤٧) ٠٠:٠٠ +٠٣:٠٠")) تنبيه قبل ٣٠ يوماً"))
        #expect(status.contains("\(Fixtures.isolated("٢٠٢٥-٠٩-٢٨ (٦ ربيع الآخر ١٤٤٧) ٠٠:٠٠ +٠٣:٠٠")) الموعد النهائي"))
    }
}
