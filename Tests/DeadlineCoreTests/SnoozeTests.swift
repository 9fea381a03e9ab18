import DeadlineCore
import Testing

/// `snooze_until`: overdue and review reminders held until a date, then one catch-up, then the
/// usual grid; lead-time and `due` alerts never held.
///
/// The fixture's deadline is 2025-09-27 in Baghdad (2025-09-27T21:00Z); overdue reminders every
/// 30d fall on 10-27, 11-26, 12-26, 01-25, 02-24, 03-26, 04-25 at 21:00Z. Its reviews (issued
/// 2024-09-27, every 90d) fall on 2024-12-25, 2025-03-25, 2025-06-23 at 21:00Z.
@Suite("Snoozed reminders")
struct SnoozeTests {
    static func config(statement: String = "", _ commitments: String, daemon: String = "") throws -> Config {
        try Fixtures.config(Fixtures.baghdad(
            daemon: "lead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"\nreview_every = \"90d\"\n\(daemon)",
            statement: statement, commitments))
    }

    /// Commitment "iraq", due 2025-09-27, snoozed until `until` (as written in TOML).
    static func iraq(snoozedUntil until: String = "2026-03-01", daemon: String = "") throws -> Config {
        try config("""
            [[commitment]]
            id = "iraq"
            \(deadline)
            snooze_until = \(until)
            """, daemon: daemon)
    }

    /// What the daemon does from `start` to `end`: send what is due, sleep until the next alert.
    static func run(_ schedule: Schedule, _ ledger: inout Ledger, from start: Instant, to end: Instant) -> [Alert] {
        var sent: [Alert] = []
        var now = start
        while now <= end {
            let due = schedule.due(ledger: ledger, now: now)
            for alert in due { ledger.add(LedgerRecord(alert: alert, sentAt: now, message: "m")) }
            sent += due
            guard let next = schedule.next(ledger: ledger, now: now) else { break }
            now = next.fireAt
        }
        return sent
    }

    static func presentation(_ alert: Alert, _ schedule: Schedule, now: Instant) throws -> AlertPresentation {
        let config = schedule.config
        let statement = config.statements[0]
        return AlertPresentation(
            alert: alert, commitment: try #require(schedule.track(alert.commitmentID)).commitment, statement: statement,
            zone: statement.zone, now: now, wording: config.statementWording(statement))
    }

    static let deadline = "deadline = 2025-09-27"

    @Test("overdue reminders are held until the snooze ends, then one catch-up is sent, then the usual grid; warnings and due are not held")
    func overdueHeld() throws {
        let schedule = Schedule(config: try Self.iraq())
        var ledger = Ledger()
        let sent = Self.run(schedule, &ledger, from: Fixtures.utc("2025-08-01T00:00:00Z"), to: Fixtures.utc("2026-05-01T00:00:00Z"))
        #expect(sent.map(\.kind) == [.approaching, .approaching, .due, .overdue, .overdue, .overdue])
        #expect(sent.map(\.fireAt) == [
            "2025-08-28T21:00:00Z", "2025-09-20T21:00:00Z", "2025-09-27T21:00:00Z",
            "2026-03-01T21:00:00Z", "2026-03-26T21:00:00Z", "2026-04-25T21:00:00Z",
        ].map(Fixtures.utc))
        // The catch-up stands for the last reminder held (#5, due 02-24), with that reminder's id.
        let catchUp = sent[3]
        #expect(catchUp.occurrence == 5)
        #expect(catchUp.snoozedUntil == Fixtures.utc("2026-03-01T21:00:00Z"))
        #expect(sent[4].occurrence == 6 && sent[4].snoozedUntil == nil)
        let unsnoozed = Schedule(config: try Self.config("[[commitment]]\nid = \"iraq\"\n\(Self.deadline)"))
        let fifth = try #require(unsnoozed.track("iraq")).alerts(in: Fixtures.utc("2026-02-24T21:00:00Z")...Fixtures.utc("2026-02-24T21:00:00Z"))
        #expect(fifth.map(\.id) == [catchUp.id])
        // A restart at any time after each alert sends nothing again.
        for alert in sent {
            for later in [0, 3600, 86_400] {
                #expect(schedule.due(ledger: ledger, now: alert.fireAt.adding(seconds: Int64(later))).isEmpty)
            }
        }
    }

    @Test("the catch-up says the reminders were snoozed, in a journal field too, in English and Arabic")
    func catchUpWords() throws {
        for (language, ending) in [
            ("en", "; status is still open; reminders were snoozed until 2026-03-01"),
            ("ar", "، والالتزام لا يزال مفتوحاً؛ وكانت التذكيرات مؤجَّلة حتى \u{2068}2026-03-01\u{2069}"),
        ] {
            let schedule = Schedule(config: try Self.iraq(daemon: "language = \"\(language)\""))
            let now = Fixtures.utc("2026-03-01T21:00:00Z")
            let catchUp = try #require(schedule.due(ledger: Ledger(), now: now).first { $0.kind == .overdue })
            let presentation = try Self.presentation(catchUp, schedule, now: now)
            #expect(presentation.message.hasSuffix(ending), "\(presentation.message)")
            #expect(presentation.journalFields.first { $0.name == "DEADLINE_SNOOZED_UNTIL" }?.value == "2026-03-02T00:00:00+03:00")
            #expect(presentation.journalFields.first { $0.name == "DEADLINE_OCCURRENCE" }?.value == "5")
        }
    }

    @Test("review reminders are held too, and sent once when the snooze ends")
    func reviewHeld() throws {
        let schedule = Schedule(config: try Self.config("""
            [[commitment]]
            id = "talks"
            snooze_until = "2025-05"
            """))
        var ledger = Ledger()
        let sent = Self.run(schedule, &ledger, from: Fixtures.utc("2024-10-01T00:00:00Z"), to: Fixtures.utc("2025-07-01T00:00:00Z"))
        #expect(sent.map(\.kind) == [.review, .review])
        #expect(sent.map(\.occurrence) == [2, 3])
        // Through May 2025: the end of 2025-05-31 in Baghdad.
        #expect(sent.map(\.fireAt) == ["2025-05-31T21:00:00Z", "2025-06-23T21:00:00Z"].map(Fixtures.utc))
        #expect(sent[0].snoozedUntil == Fixtures.utc("2025-05-31T21:00:00Z"))
        let words = try Self.presentation(sent[0], schedule, now: sent[0].fireAt).message
        #expect(words.hasSuffix("(no deadline; reminder 2 every 90d since 2024-09-27); reminders were snoozed until 2025-05-31"))
        #expect(schedule.due(ledger: ledger, now: Fixtures.utc("2025-06-01T00:00:00Z")).isEmpty)
    }

    @Test("a statement's snooze holds all its commitments; a commitment's own wins, earlier or later")
    func statementAndOverride() throws {
        let schedule = Schedule(config: try Self.config(statement: "snooze_until = 2026-03-01", """
            [[commitment]]
            id = "a"
            \(Self.deadline)

            [[commitment]]
            id = "b"
            \(Self.deadline)
            snooze_until = 2025-12-01

            [[commitment]]
            id = "c"
            \(Self.deadline)
            snooze_until = "2026"
            """))
        var ledger = Ledger()
        let sent = Self.run(schedule, &ledger, from: Fixtures.utc("2025-09-28T00:00:00Z"), to: Fixtures.utc("2026-03-02T00:00:00Z"))
        let overdue = sent.filter { $0.kind == .overdue }
        // b's own snooze ends first (one catch-up, then its grid); a's is the statement's; c's
        // holds through 2026.
        #expect(overdue.map(\.commitmentID) == ["b", "b", "b", "b", "a"])
        #expect(overdue.map(\.occurrence) == [2, 3, 4, 5, 5])
        #expect(overdue.map(\.fireAt) == [
            "2025-12-01T21:00:00Z", "2025-12-26T21:00:00Z", "2026-01-25T21:00:00Z", "2026-02-24T21:00:00Z", "2026-03-01T21:00:00Z",
        ].map(Fixtures.utc))
        #expect(overdue.map { $0.snoozedUntil != nil } == [true, false, false, false, true])

        let notices = schedule.snoozeNotices(now: Fixtures.utc("2025-10-01T00:00:00Z")).map(\.text)
        #expect(notices == [
            "s (1 commitment): overdue reminders snoozed until 2026-03-01",
            "b: overdue reminders snoozed until 2025-12-01",
            "c: overdue reminders snoozed until 2026-12-31",
        ])
        // Once a snooze is over it is not told.
        #expect(schedule.snoozeNotices(now: Fixtures.utc("2025-12-02T00:00:00Z")).map(\.text).count == 2)
    }

    @Test("a restart during a snooze sends nothing, and waits for the end of the snooze")
    func restartDuringSnooze() throws {
        let schedule = Schedule(config: try Self.iraq())
        var ledger = Ledger()
        _ = Self.run(schedule, &ledger, from: Fixtures.utc("2025-08-01T00:00:00Z"), to: Fixtures.utc("2025-09-28T00:00:00Z"))
        for policy in ["latest", "all"] {
            let restarted = Schedule(config: try Self.iraq(daemon: "catch_up = \"\(policy)\""))
            let now = Fixtures.utc("2026-02-01T00:00:00Z")
            #expect(restarted.due(ledger: ledger, now: now).isEmpty)
            let next = try #require(restarted.next(ledger: ledger, now: now))
            #expect(next.fireAt == Fixtures.utc("2026-03-01T21:00:00Z"))
            #expect(next.occurrence == 5)
        }
    }

    @Test("a snooze added after reminders went out sends no catch-up when nothing was held")
    func addedLater() throws {
        var ledger = Ledger()
        let plain = Schedule(config: try Self.config("[[commitment]]\nid = \"iraq\"\n\(Self.deadline)"))
        let before = Self.run(plain, &ledger, from: Fixtures.utc("2025-09-28T00:00:00Z"), to: Fixtures.utc("2025-12-27T00:00:00Z"))
        #expect(before.map(\.occurrence) == [0, 1, 2, 3])
        // Snoozed on 12-27 until 2026-01-01: #3 (12-26) went out, nothing falls due meanwhile.
        let snoozed = Schedule(config: try Self.iraq(snoozedUntil: "2026-01-01"))
        let after = Self.run(snoozed, &ledger, from: Fixtures.utc("2025-12-27T00:00:00Z"), to: Fixtures.utc("2026-02-01T00:00:00Z"))
        #expect(after.map(\.occurrence) == [4])
        #expect(after.map(\.fireAt) == [Fixtures.utc("2026-01-25T21:00:00Z")])
    }

    @Test("a snooze that ends exactly on a reminder sends that reminder, and no catch-up besides")
    func endsOnReminder() throws {
        let schedule = Schedule(config: try Self.iraq(snoozedUntil: "2026-02-25T00:00:00+03:00"))
        var ledger = Ledger()
        let sent = Self.run(schedule, &ledger, from: Fixtures.utc("2025-09-28T00:00:00Z"), to: Fixtures.utc("2026-03-27T00:00:00Z"))
            .filter { $0.kind == .overdue }
        #expect(sent.map(\.occurrence) == [5, 6])
        #expect(sent.map(\.fireAt) == ["2026-02-24T21:00:00Z", "2026-03-26T21:00:00Z"].map(Fixtures.utc))
        #expect(sent.allSatisfy { $0.snoozedUntil == nil })
    }

    @Test("snooze_until takes a Hijri month, held through its last day")
    func hijri() throws {
        let config = try Self.iraq(snoozedUntil: "\"1447-09 AH\"")
        // Ramadan 1447 ends on 2026-03-19 (Umm al-Qura).
        #expect(config.commitments[0].snooze == Snooze(until: Fixtures.utc("2026-03-19T21:00:00Z"), label: "2026-03-19"))
    }

    @Test("a bad snooze_until is an error at its value, on a commitment or a statement")
    func badDate() throws {
        let onCommitment = try #require(Fixtures.error(Fixtures.baghdad("""
            [[commitment]]
            id = "iraq"
            deadline = 2025-09-27
            snooze_until = "2026-13"
            """)))
        #expect(onCommitment.description.contains("test.toml:11:16: error: `snooze_until` \"2026-13\" is not a month"))
        let onStatement = try #require(Fixtures.error("""
            [statement]
            id = "s"
            snooze_until = "soon"
            """))
        #expect(onStatement.description.contains("test.toml:3:16: error: `snooze_until` \"soon\" is not a date"))
    }

    @Test("the load line in Arabic, for a statement of several commitments and both kinds")
    func arabicNotice() throws {
        let schedule = Schedule(config: try Self.config(statement: "snooze_until = 2026-03-01", """
            [[commitment]]
            id = "a"
            \(Self.deadline)

            [[commitment]]
            id = "b"
            \(Self.deadline)

            [[commitment]]
            id = "talks"
            """, daemon: "language = \"ar\""))
        #expect(schedule.snoozeNotices(now: Fixtures.utc("2025-10-01T00:00:00Z")).map(\.text) == [
            "\u{2068}s\u{2069} (3 التزامات): أُجِّلت تذكيرات التأخر والمراجعة حتى \u{2068}2026-03-01\u{2069}",
        ])
    }

    @Test("status and timeline say a commitment is snoozed and until when; the picture draws the span it holds, in words too")
    func views() throws {
        let config = try Self.iraq()
        let during = Fixtures.utc("2026-01-10T00:00:00Z")
        let status = StatusReport.text(config: config, ledger: nil, alertLogPath: "alerts.jsonl", now: during)
        #expect(status.contains("iraq        open, snoozed until 2026-03-01  2025-09-27"))
        #expect(status.contains("2026-03-02 00:00 +03:00 overdue reminder #5 (snoozed until 2026-03-01)"))
        let timeline = Timeline(schedule: Schedule(config: config), ledger: nil, now: during)
        let table = TimelineText.table(timeline)
        #expect(table.contains("open, snoozed until 2026-03-01"))
        #expect(table.contains("2026-03-01 21:00Z  iraq        overdue reminder #5 (snoozed until 2026-03-01)"))
        let json = TimelineText.json(timeline)
        #expect(json.contains("\"snooze_until\":\"2026-03-02T00:00:00+03:00\",\"snoozed\":true"))
        #expect(json.contains("\"occurrence\":5,\"snoozed_until\":\"2026-03-02T00:00:00+03:00\""))
        let svg = TimelineSVG.svg(timeline)
        #expect(svg.contains("<rect class=\"snoozed\""))
        #expect(svg.contains(">snoozed until 2026-03-01</text>"))
        #expect(svg.contains("iraq · open, overdue, snoozed until 2026-03-01"))

        // Once it is over, the status no longer says so; the picture still shows the span it held.
        let after = Fixtures.utc("2026-04-01T00:00:00Z")
        #expect(!StatusReport.text(config: config, ledger: nil, alertLogPath: "alerts.jsonl", now: after).contains("snoozed"))
        let later = TimelineSVG.svg(Timeline(schedule: Schedule(config: config), ledger: nil, now: after))
        #expect(later.contains("<rect class=\"snoozed\""))
        #expect(!later.contains("iraq · open, overdue, snoozed"))

        let arabic = try Self.iraq(daemon: "language = \"ar\"")
        let arabicStatus = StatusReport.text(config: arabic, ledger: nil, alertLogPath: "alerts.jsonl", now: during)
        #expect(arabicStatus.contains("مفتوح، تذكيراته مؤجَّلة حتى \u{2068}2026-03-01\u{2069}"))
        #expect(arabicStatus.contains("تذكير بالتأخر رقم 5 (بعد التأجيل حتى \u{2068}2026-03-01\u{2069})"))
    }
}
