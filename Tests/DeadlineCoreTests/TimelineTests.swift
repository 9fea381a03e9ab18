import DeadlineCore
import Testing

@Suite("Timeline and alert text")
struct TimelineTests {
    func shipped() throws -> Config { try ConfigFile.load(path: Fixtures.shippedConfigPath) }

    @Test("at 2025-08-01 the Iraq deadline is approaching and the Syria one far off")
    func beforeIraqDeadline() throws {
        let config = try shipped()
        let now = Fixtures.utc("2025-07-31T21:00:00Z")
        let timeline = Timeline(schedule: Schedule(config: config), ledger: nil, now: now)
        let text = TimelineText.table(timeline)
        #expect(text.contains("iraq-mission-end       open    2025-09-27"))
        #expect(text.contains("58d left"))
        #expect(text.contains("426d left"))
        let upcoming = timeline.events.filter { !$0.isPast && $0.commitment.id == "iraq-mission-end" }
        #expect(upcoming.first?.alert.lead?.text == "30d")
        #expect(upcoming.first?.alert.fireAt == Fixtures.utc("2025-08-28T21:00:00Z"))
        let syria = timeline.events.first { !$0.isPast && $0.commitment.id == "syria-mission-end" }
        #expect(syria?.alert.fireAt == Fixtures.utc("2026-07-02T21:00:00Z"))
        // What fires at that moment under catch_up = "latest": the 90-day warning, for Iraq.
        #expect(timeline.events.filter(\.firesNow).map { $0.commitment.id }.contains("iraq-mission-end"))
    }

    @Test("today both dated commitments have passed and are overdue")
    func afterBothDeadlines() throws {
        let config = try shipped()
        let now = Fixtures.utc("2026-11-29T06:00:00Z")
        let timeline = Timeline(schedule: Schedule(config: config), ledger: nil, now: now)
        let text = TimelineText.table(timeline)
        #expect(text.contains("overdue by 427d"))
        #expect(text.contains("overdue by 59d"))
        let firing = Set(timeline.events.filter(\.firesNow).map { "\($0.commitment.id) \($0.alert.kind)" })
        #expect(firing.contains("iraq-mission-end overdue"))
        #expect(firing.contains("syria-mission-end overdue"))
    }

    @Test("a commitment met, missed or withdrawn is not overdue: its deadline passed, as status says")
    func closedIsNotOverdue() throws {
        let config = try Fixtures.config(Fixtures.baghdad("""
            [[commitment]]
            id = "done"
            deadline = 2025-09-27
            status = "met"
            resolved = 2025-09-20

            [[commitment]]
            id = "open"
            deadline = 2025-09-27
            """))
        let now = Fixtures.utc("2025-10-27T21:00:00Z")
        let rows = TimelineText.table(Timeline(schedule: Schedule(config: config), ledger: nil, now: now)).split(separator: "\n")
        #expect(try #require(rows.first { $0.hasPrefix("done ") }).hasSuffix("passed 30d ago"))
        #expect(try #require(rows.first { $0.hasPrefix("open ") }).hasSuffix("overdue by 30d"))
        let status = StatusReport.text(config: config, ledger: nil, alertLogPath: "alerts.jsonl", now: now)
        #expect(status.contains("passed 30d ago"))
    }

    @Test("the JSON timeline lists every event with its alert id and whether it fires now")
    func json() throws {
        let config = try shipped()
        let timeline = Timeline(schedule: Schedule(config: config), ledger: Ledger(), now: Fixtures.utc("2025-07-31T21:00:00Z"))
        let text = TimelineText.json(timeline)
        #expect(text.hasPrefix("{\"statements\":[\"us-iraq-2024-09-27\"]"))
        #expect(text.contains("\"statement\":\"us-iraq-2024-09-27\",\"commitment\":\"iraq-mission-end\""))
        #expect(text.contains("\"binding\":\"within\""))
        #expect(text.contains("\"sent\":false"))
    }

    @Test("alert messages read as one line a person understands")
    func messages() throws {
        let config = try shipped()
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track("iraq-mission-end"))
        let alert = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-08-01T00:00:00Z")))
        let presentation = AlertPresentation(
            alert: alert, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone, now: alert.fireAt)
        #expect(presentation.message == "iraq-mission-end: 30 days left until 2025-09-27 (within 12 months of 2024-09-27)")
        #expect(presentation.priority == 4)
        #expect(presentation.lateSeconds == nil)
        let fields = Dictionary(presentation.journalFields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(fields["DEADLINE_AT"] == "2025-09-28T00:00:00+03:00")
        #expect(fields["DEADLINE_LEAD"] == "30d")
        #expect(fields["DEADLINE_REMAINING_SECONDS"] == String(30 * 86_400))
        #expect(fields["MESSAGE_ID"] == AlertPresentation.messageID(.approaching))
        let late = AlertPresentation(
            alert: alert, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone,
            now: alert.fireAt.adding(seconds: 90))
        #expect(late.lateSeconds == 90)
    }

    @Test("priority rises as the deadline nears", arguments: [
        ("90d", 5), ("30d", 4), ("7d", 4), ("1d", 3), ("1h", 3),
    ])
    func priorities(lead: String, priority: Int) throws {
        let config = try Fixtures.config(Fixtures.baghdad(daemon: "lead_times = [\"\(lead)\"]", "[[commitment]]\nid = \"c\"\ndeadline = 2026-01-01"))
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track("c"))
        let alert = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-01-01T00:00:00Z")))
        let presentation = AlertPresentation(alert: alert, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone, now: alert.fireAt)
        #expect(presentation.priority == priority)
    }
}
