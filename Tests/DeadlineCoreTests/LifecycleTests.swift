import DeadlineCore
import Testing

/// A commitment's life after it is written: its deadline moved, its outcome recorded.
@Suite("Lifecycle: moved and resolved commitments")
struct LifecycleTests {
    static func config(_ commitment: String) throws -> Config {
        try Fixtures.config(Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"", """
            [[commitment]]
            id = "iraq"
            \(commitment)
            """))
    }

    /// What the daemon does: send what is due and record it.
    static func send(_ schedule: Schedule, _ ledger: inout Ledger, at now: Instant) -> [Alert] {
        let due = schedule.due(ledger: ledger, now: now)
        for alert in due { ledger.add(LedgerRecord(alert: alert, sentAt: now, message: "m")) }
        return due
    }

    /// The commitment met on 2025-09-20, a week before its deadline, with `evidence`.
    static func metOnSeptember20(evidence: String) throws -> Schedule {
        Schedule(config: try config("deadline = 2025-09-27\nstatus = \"met\"\nresolved = 2025-09-20\nevidence = \"\(evidence)\""))
    }

    /// The ledger a restart reads: every record written to the alert log and parsed back.
    static func restarted(from records: [LedgerRecord]) throws -> Ledger {
        Ledger(records: try records.map { try #require(LedgerRecord(jsonLine: $0.jsonLine)) })
    }

    /// `send`, also keeping the records the alert log would hold.
    static func send(_ schedule: Schedule, _ ledger: inout Ledger, log: inout [LedgerRecord], at now: Instant) -> [Alert] {
        let due = send(schedule, &ledger, at: now)
        log += due.map { LedgerRecord(alert: $0, sentAt: now, message: "m") }
        return due
    }

    static func presentation(_ alert: Alert, _ schedule: Schedule, now: Instant) throws -> AlertPresentation {
        let config = schedule.config
        let commitment = try #require(schedule.track(alert.commitmentID)).commitment
        return AlertPresentation(alert: alert, commitment: commitment, statement: config.statements[0], zone: config.daemon.zone, now: now)
    }

    static func field(_ presentation: AlertPresentation, _ name: String) -> String? {
        presentation.journalFields.first { $0.name == name }?.value
    }

    @Test("a deadline moved later is told once, with the old deadline; warnings then follow the new one; a restart sends nothing")
    func movedLater() throws {
        var ledger = Ledger()
        let old = Schedule(config: try Self.config("deadline = 2025-09-27"))
        let warned = Self.send(old, &ledger, at: Fixtures.utc("2025-08-29T00:00:00Z"))
        #expect(warned.map(\.kind) == [.approaching])

        let moved = Schedule(config: try Self.config("deadline = 2026-09-30"))
        let reloadAt = Fixtures.utc("2025-09-01T00:00:00Z")
        let sent = Self.send(moved, &ledger, at: reloadAt)
        let change = try #require(sent.first)
        #expect(sent.map(\.kind) == [.changed])
        let presentation = try Self.presentation(change, moved, now: reloadAt)
        #expect(presentation.message == "iraq: deadline moved from 2025-09-27 to 2026-09-30 (deadline 2026-09-30)")
        #expect(presentation.priority == 5)
        #expect(Self.field(presentation, "DEADLINE_PREVIOUS_AT") == "2025-09-28T00:00:00+03:00")
        #expect(Self.field(presentation, "DEADLINE_AT") == "2026-10-01T00:00:00+03:00")
        #expect(Self.field(presentation, "MESSAGE_ID") == AlertPresentation.messageID(.changed))

        // Once per move: the same config again (a restart, another reload) sends nothing.
        #expect(moved.due(ledger: ledger, now: reloadAt.adding(seconds: 60)).isEmpty)
        let track = try #require(moved.track("iraq"))
        let next = try #require(moved.next(track, ledger: ledger, now: reloadAt))
        #expect(next.target == Fixtures.utc("2026-09-30T21:00:00Z"))
        #expect(next.lead?.text == "30d")
    }

    @Test("a deadline moved earlier warns at warning priority, and the new plan's latest warning follows it; a restart sends nothing")
    func movedEarlier() throws {
        var ledger = Ledger()
        var log: [LedgerRecord] = []
        let old = Schedule(config: try Self.config("deadline = 2026-09-30"))
        #expect(Self.send(old, &ledger, log: &log, at: Fixtures.utc("2026-09-01T00:00:00Z")).map(\.kind) == [.approaching])
        let moved = Schedule(config: try Self.config("deadline = 2026-09-10"))
        let now = Fixtures.utc("2026-09-05T00:00:00Z")
        let sent = Self.send(moved, &ledger, log: &log, at: now)
        #expect(sent.map(\.kind) == [.changed, .approaching])
        #expect(sent[1].lead?.text == "7d")
        #expect(try Self.presentation(sent[0], moved, now: now).priority == 4)
        // Restarted from the alert log, a minute or a day later: neither the move nor the warning again.
        let restarted = try Self.restarted(from: log)
        #expect(moved.due(ledger: restarted, now: now.adding(seconds: 60)).isEmpty)
        #expect(moved.due(ledger: restarted, now: now.adding(seconds: 86_400)).isEmpty)
        let track = try #require(moved.track("iraq"))
        let next = try #require(moved.next(track, ledger: restarted, now: now))
        #expect(next.kind == .due && next.target == Fixtures.utc("2026-09-10T21:00:00Z"))
    }

    @Test("moved there, back, and there again: the third move is told too, though its id is the first's")
    func movedThereAgain() throws {
        var ledger = Ledger()
        var log: [LedgerRecord] = []
        let a = Schedule(config: try Self.config("deadline = 2025-09-27"))
        let b = Schedule(config: try Self.config("deadline = 2026-09-30"))
        _ = Self.send(a, &ledger, log: &log, at: Fixtures.utc("2025-08-29T00:00:00Z"))
        let there = Self.send(b, &ledger, log: &log, at: Fixtures.utc("2025-09-01T00:00:00Z"))
        _ = Self.send(a, &ledger, log: &log, at: Fixtures.utc("2025-09-02T00:00:00Z"))
        let again = Self.send(b, &ledger, log: &log, at: Fixtures.utc("2025-09-03T00:00:00Z"))
        #expect(again.map(\.kind) == [.changed])
        #expect(again.map(\.id) == there.map(\.id))
        #expect((again[0].previous, again[0].target) == (there[0].previous, there[0].target))
        // The latest move decides after a restart: b stands, nothing to tell.
        let restarted = try Self.restarted(from: log)
        #expect(b.due(ledger: restarted, now: Fixtures.utc("2025-09-04T00:00:00Z")).isEmpty)
        #expect(a.due(ledger: restarted, now: Fixtures.utc("2025-09-04T00:00:00Z")).map(\.kind) == [.changed])
    }

    @Test("moved and moved back: each move is told once, with an id from the commitment and both deadlines")
    func movedBack() throws {
        var ledger = Ledger()
        let a = Schedule(config: try Self.config("deadline = 2025-09-27"))
        let b = Schedule(config: try Self.config("deadline = 2026-09-30"))
        _ = Self.send(a, &ledger, at: Fixtures.utc("2025-08-29T00:00:00Z"))
        let there = Self.send(b, &ledger, at: Fixtures.utc("2025-09-01T00:00:00Z"))
        let back = Self.send(a, &ledger, at: Fixtures.utc("2025-09-02T00:00:00Z"))
        #expect(there.map(\.kind) == [.changed])
        #expect(back.map(\.kind) == [.changed])
        #expect(back[0].previous == there[0].target)
        #expect(back[0].target == there[0].previous)
        #expect(back[0].id != there[0].id)
        #expect(a.due(ledger: ledger, now: Fixtures.utc("2025-09-03T00:00:00Z")).isEmpty)
        // The id does not depend on when the move was found.
        let again = try #require(b.track("iraq")).lifecycle(ledger: Ledger(records: [
            LedgerRecord(alert: there[0], sentAt: Fixtures.utc("2025-09-01T00:00:00Z"), message: "m"),
            LedgerRecord(alert: back[0], sentAt: Fixtures.utc("2025-09-02T00:00:00Z"), message: "m"),
        ]), now: Fixtures.utc("2030-01-01T00:00:00Z"))
        #expect(again.map(\.id) == [there[0].id])
    }

    @Test("a deadline never warned about has no move to tell")
    func noAlertsYet() throws {
        let moved = Schedule(config: try Self.config("deadline = 2026-09-30"))
        #expect(moved.due(ledger: Ledger(), now: Fixtures.utc("2025-01-01T00:00:00Z")).isEmpty)
    }

    @Test("met on time: one resolved alert at notice with status, date, evidence and on-time; nothing after, nor after a restart")
    func metOnTime() throws {
        var ledger = Ledger()
        let open = Schedule(config: try Self.config("deadline = 2025-09-27"))
        _ = Self.send(open, &ledger, at: Fixtures.utc("2025-08-29T00:00:00Z"))
        let met = try Self.metOnSeptember20(evidence: "https://example.org/withdrawal")
        let now = Fixtures.utc("2025-09-21T00:00:00Z")
        let sent = Self.send(met, &ledger, at: now)
        #expect(sent.map(\.kind) == [.resolved])
        let presentation = try Self.presentation(sent[0], met, now: now)
        #expect(presentation.message == "iraq: met on 2025-09-20, on time (deadline 2025-09-27); evidence: https://example.org/withdrawal")
        #expect(presentation.priority == 5)
        #expect(Self.field(presentation, "DEADLINE_STATUS") == "met")
        #expect(Self.field(presentation, "DEADLINE_RESOLVED_AT") == "2025-09-20T00:00:00+03:00")
        #expect(Self.field(presentation, "DEADLINE_EVIDENCE") == "https://example.org/withdrawal")
        #expect(Self.field(presentation, "DEADLINE_ON_TIME") == "yes")
        #expect(Self.field(presentation, "MESSAGE_ID") == AlertPresentation.messageID(.resolved))
        // Repeats stop: not at the deadline, not months later.
        #expect(met.due(ledger: ledger, now: Fixtures.utc("2025-09-27T21:00:00Z")).isEmpty)
        #expect(met.due(ledger: ledger, now: Fixtures.utc("2026-01-01T00:00:00Z")).isEmpty)
        #expect(met.next(ledger: ledger, now: now) == nil)
    }

    @Test("met after the deadline is a warning, missed an error; a new status is a new resolution; a restart after each sends nothing")
    func metLateAndMissed() throws {
        var ledger = Ledger()
        var log: [LedgerRecord] = []
        let late = Schedule(config: try Self.config("deadline = 2025-09-27\nstatus = \"met\"\nresolved = 2025-09-28"))
        let now = Fixtures.utc("2025-10-01T00:00:00Z")
        let sentLate = Self.send(late, &ledger, log: &log, at: now)
        #expect(late.due(ledger: try Self.restarted(from: log), now: now.adding(seconds: 60)).isEmpty)
        let presentation = try Self.presentation(sentLate[0], late, now: now)
        #expect(presentation.priority == 4)
        #expect(Self.field(presentation, "DEADLINE_ON_TIME") == "no")
        #expect(presentation.message == "iraq: met on 2025-09-28, late (deadline 2025-09-27)")

        let missed = Schedule(config: try Self.config("deadline = 2025-09-27\nstatus = \"missed\""))
        let sentMissed = Self.send(missed, &ledger, log: &log, at: now)
        #expect(sentMissed.map(\.kind) == [.resolved])
        #expect(missed.due(ledger: try Self.restarted(from: log), now: now.adding(seconds: 60)).isEmpty)
        #expect(sentMissed[0].id != sentLate[0].id)
        let missedPresentation = try Self.presentation(sentMissed[0], missed, now: now)
        #expect(missedPresentation.priority == 3)
        #expect(Self.field(missedPresentation, "DEADLINE_ON_TIME") == nil)
        #expect(missedPresentation.message == "iraq: missed (deadline 2025-09-27)")
    }

    @Test("`resolved` and `evidence` on an open commitment are errors at the key")
    func resolutionNeedsAStatus() throws {
        let error = try #require(Fixtures.error(Fixtures.baghdad("[[commitment]]\nid = \"c\"\nresolved = 2025-01-01\n")))
        #expect(error.description.contains("test.toml:10:12: error: `resolved` records how a commitment ended; set `status` to \"met\", \"missed\" or \"withdrawn\" first (it is \"open\")"))
    }

    @Test("the alert log keeps a resolution's status, date, on-time and evidence, a long quote whole though the message cuts it")
    func outcomeLogged() throws {
        let quote = String(repeating: "The last adviser left Ain al-Asad. ", count: 8)
        let met = try Self.metOnSeptember20(evidence: quote)
        let now = Fixtures.utc("2025-09-21T00:00:00Z")
        let alert = try #require(met.due(ledger: Ledger(), now: now).first)
        let presentation = try Self.presentation(alert, met, now: now)
        let record = LedgerRecord(presentation: presentation, sentAt: now)
        #expect(!presentation.message.contains(quote))
        #expect(record.jsonLine.contains(
            ",\"status\":\"met\",\"resolved_at\":\(Fixtures.utc("2025-09-19T21:00:00Z").seconds),\"evidence\":\"\(quote)\",\"on_time\":true,"))
        let read = try #require(LedgerRecord(jsonLine: record.jsonLine))
        #expect(read == record)
        #expect(read.outcome == LedgerRecord.Outcome(
            status: .met, resolvedAt: Fixtures.utc("2025-09-19T21:00:00Z"), evidence: quote, onTime: true))
        #expect(AlertHistory.json([read]).contains("\"evidence\":\"\(quote)\""))

        // Other alerts carry no outcome; missed has no date, so no on_time either.
        let open = Schedule(config: try Self.config("deadline = 2025-09-27"))
        let warning = try #require(open.due(ledger: Ledger(), now: now).first)
        let warned = LedgerRecord(presentation: try Self.presentation(warning, open, now: now), sentAt: now)
        #expect(warned.outcome == nil && !warned.jsonLine.contains("\"status\""))
        let missed = Schedule(config: try Self.config("deadline = 2025-09-27\nstatus = \"missed\""))
        let missedAlert = try #require(missed.due(ledger: Ledger(), now: now).first)
        let missedLine = LedgerRecord(presentation: try Self.presentation(missedAlert, missed, now: now), sentAt: now).jsonLine
        #expect(missedLine.contains(",\"status\":\"missed\",\"sent_at\":"))
        #expect(LedgerRecord(jsonLine: missedLine.replacing("\"missed\"", with: "\"lost\"")) == nil)
    }

    @Test("the alert log keeps a move's old deadline")
    func logLine() throws {
        let alert = try #require(try Schedule(config: Self.config("deadline = 2026-09-30")).track("iraq")).lifecycle(
            ledger: Ledger(records: [LedgerRecord(
                alertID: "x", statementID: "s", commitmentID: "iraq", milestoneID: nil, kind: .due, lead: nil, occurrence: 0,
                fireAt: Fixtures.utc("2025-09-27T21:00:00Z"), target: Fixtures.utc("2025-09-27T21:00:00Z"),
                sentAt: Fixtures.utc("2025-09-27T21:00:00Z"), message: "m")]),
            now: Fixtures.utc("2025-10-01T00:00:00Z")).first
        let record = LedgerRecord(alert: try #require(alert), sentAt: Fixtures.utc("2025-10-01T00:00:00Z"), message: "moved")
        #expect(record.jsonLine.contains(",\"previous\":\(Fixtures.utc("2025-09-27T21:00:00Z").seconds),"))
        #expect(LedgerRecord(jsonLine: record.jsonLine) == record)
    }
}

@Suite("History: the alert log in the order sent")
struct HistoryTests {
    static func record(_ statement: String, _ commitment: String, _ kind: AlertKind, sentAt: String, message: String) -> LedgerRecord {
        LedgerRecord(
            alertID: "\(statement).\(commitment).\(kind)", statementID: statement, commitmentID: commitment, milestoneID: nil,
            kind: kind, lead: nil, occurrence: 0, fireAt: Fixtures.utc(sentAt), target: Fixtures.utc(sentAt),
            sentAt: Fixtures.utc(sentAt), message: message)
    }

    static let records = [
        record("a", "c", .resolved, sentAt: "2025-10-01T00:00:00Z", message: "c: met"),
        record("a", "c", .changed, sentAt: "2025-09-01T00:00:00Z", message: "c: deadline moved"),
        record("b", "c", .due, sentAt: "2025-09-15T00:00:00Z", message: "c: deadline passed"),
        record("a", "d", .due, sentAt: "2025-09-20T00:00:00Z", message: "d: deadline passed"),
    ]

    @Test("records come in the order sent, filtered by statement and commitment")
    func select() {
        #expect(AlertHistory.select(Self.records, statementIDs: [], commitmentID: nil).map(\.message)
            == ["c: deadline moved", "c: deadline passed", "d: deadline passed", "c: met"])
        #expect(AlertHistory.select(Self.records, statementIDs: ["a"], commitmentID: "c").map(\.kind) == [.changed, .resolved])
        #expect(AlertHistory.select(Self.records, statementIDs: ["b"], commitmentID: nil).map(\.statementID) == ["b"])
    }

    @Test("the table shows local send times and messages; the JSON is the log's records")
    func rendering() throws {
        let chosen = AlertHistory.select(Self.records, statementIDs: ["a"], commitmentID: "c")
        let config = try Fixtures.config(Fixtures.baghdad(""))
        let table = AlertHistory.table(chosen, config: config).split(separator: "\n")
        #expect(table.count == 3)
        #expect(table[1] == "2025-09-01 03:00 +03:00  a          c           changed   c: deadline moved")
        #expect(AlertHistory.json(chosen) == "[\n\(chosen[0].jsonLine),\n\(chosen[1].jsonLine)\n]\n")
        #expect(AlertHistory.table([], config: config) == "No alerts recorded.\n")
    }
}
