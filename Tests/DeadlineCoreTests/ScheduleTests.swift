import DeadlineCore
import Foundation
import Testing

@Suite("Schedule: what is due, what is next, catch-up, repeats, closed statuses")
struct ScheduleTests {
    static let iraq = Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"", """
        [[commitment]]
        id = "iraq"
        within = "12 months"
        quote = "q"
        """)

    func record(_ alert: Alert, sentAt: Instant) -> LedgerRecord {
        LedgerRecord(alert: alert, sentAt: sentAt, message: "m")
    }

    @Test("the next alert before the deadline is the 30-day warning, then the 7-day one")
    func nextAlerts() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.iraq))
        let track = try #require(schedule.track("iraq"))
        let first = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-08-01T00:00:00Z")))
        #expect(first.kind == .approaching)
        #expect(first.lead?.text == "30d")
        #expect(first.fireAt == Fixtures.utc("2025-08-28T21:00:00Z"))
        let second = try #require(schedule.next(track, ledger: Ledger(), now: first.fireAt))
        #expect(second.lead?.text == "7d")
        let due = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-09-25T00:00:00Z")))
        #expect(due.kind == .due)
        #expect(due.fireAt == Fixtures.utc("2025-09-27T21:00:00Z"))
    }

    @Test("an alert is due from its instant on, and not once it is in the ledger")
    func dueUntilSent() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.iraq))
        let at = Fixtures.utc("2025-08-28T21:00:00Z")
        #expect(schedule.due(ledger: Ledger(), now: at.adding(seconds: -1)).isEmpty)
        let due = schedule.due(ledger: Ledger(), now: at)
        #expect(due.map { $0.lead?.text } == ["30d"])
        let ledger = Ledger(records: [record(due[0], sentAt: at)])
        #expect(schedule.due(ledger: ledger, now: at.adding(seconds: 3600)).isEmpty)
    }

    @Test("overdue reminders repeat every 30 calendar days while the commitment is open")
    func overdueRepeats() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.iraq))
        let deadline = Fixtures.utc("2025-09-27T21:00:00Z")
        let due = schedule.due(ledger: Ledger(), now: deadline.adding(seconds: 65 * 86_400))
        #expect(due.count == 1)
        #expect(due[0].kind == .overdue)
        #expect(due[0].occurrence == 2)
        #expect(due[0].fireAt == deadline.adding(seconds: 60 * 86_400))
        let track = try #require(schedule.track("iraq"))
        let next = try #require(schedule.next(track, ledger: Ledger(), now: deadline.adding(seconds: 65 * 86_400)))
        #expect(next.occurrence == 3)
        #expect(next.fireAt == deadline.adding(seconds: 90 * 86_400))
    }

    @Test("overdue_every = \"never\" sends the passed alert once and nothing after")
    func overdueNever() throws {
        let text = Self.iraq.replacingOccurrences(of: "overdue_every = \"30d\"", with: "overdue_every = \"never\"")
        let schedule = Schedule(config: try Fixtures.config(text))
        let track = try #require(schedule.track("iraq"))
        let deadline = Fixtures.utc("2025-09-27T21:00:00Z")
        #expect(schedule.next(track, ledger: Ledger(), now: deadline) == nil)
        #expect(schedule.due(ledger: Ledger(), now: deadline.adding(seconds: 400 * 86_400)).map(\.kind) == [.due])
    }

    @Test("met, missed and withdrawn commitments produce only their resolved alert; extended ones still warn", arguments: CommitmentStatus.written)
    func closedStatuses(status: CommitmentStatus) throws {
        let text = Self.iraq.replacingOccurrences(of: "quote = \"q\"", with: "status = \"\(status.rawValue)\"")
        let schedule = Schedule(config: try Fixtures.config(text))
        let track = try #require(schedule.track("iraq"))
        let now = Fixtures.utc("2025-08-01T00:00:00Z")
        #expect((schedule.next(track, ledger: Ledger(), now: now) != nil) == status.isActive)
        let due = schedule.due(ledger: Ledger(), now: now.adding(seconds: 400 * 86_400)).map(\.kind)
        #expect(due == (status.isActive ? [.overdue] : [.resolved]))
    }

    @Test("catch_up latest sends only the most recent missed alert; all sends each (repeats once)")
    func catchUpPolicies() throws {
        let now = Fixtures.utc("2025-11-01T00:00:00Z")
        let latest = Schedule(config: try Fixtures.config(Self.iraq)).due(ledger: Ledger(), now: now)
        #expect(latest.map(\.kind) == [.overdue])
        let allText = Self.iraq.replacingOccurrences(of: "overdue_every", with: "catch_up = \"all\"\noverdue_every")
        let all = Schedule(config: try Fixtures.config(allText)).due(ledger: Ledger(), now: now)
        #expect(all.map(\.kind) == [.approaching, .approaching, .due, .overdue])
    }

    @Test("with latest, nothing older than what was already sent comes back (clock set back)")
    func noResurrection() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.iraq))
        let due = Fixtures.utc("2025-09-27T21:00:00Z")
        let dueAlert = schedule.due(ledger: Ledger(), now: due)[0]
        let ledger = Ledger(records: [record(dueAlert, sentAt: due)])
        // The clock goes back to just after the 7-day warning, which was never sent.
        #expect(schedule.due(ledger: ledger, now: Fixtures.utc("2025-09-21T00:00:00Z")).isEmpty)
    }

    @Test("alert ids are 32 lowercase hex digits both ways; the ledger knows an id read back from the log")
    func alertIDHex() throws {
        let id = AlertID(high: 0x0123_4567_89ab_cdef, low: 0xff)
        #expect(id.hex == "0123456789abcdef00000000000000ff")
        #expect(AlertID(hex: id.hex) == id)
        #expect(AlertID(hex: "0123456789ABCDEF00000000000000ff") == nil)
        #expect(AlertID(hex: "0123456789abcdef") == nil)
        #expect(AlertID(hex: id.hex + "0") == nil)
        let record = LedgerRecord(
            alertID: id.hex, statementID: "s", commitmentID: "c", milestoneID: nil, kind: .due, lead: nil, occurrence: 0,
            fireAt: Instant(seconds: 0), target: Instant(seconds: 0), sentAt: Instant(seconds: 1), message: "m")
        let odd = LedgerRecord(
            alertID: "not-hex", statementID: "s", commitmentID: "c", milestoneID: nil, kind: .due, lead: nil, occurrence: 0,
            fireAt: Instant(seconds: 0), target: Instant(seconds: 0), sentAt: Instant(seconds: 1), message: "m")
        let ledger = Ledger(records: [record, odd, record])
        #expect(ledger.contains(id))
        #expect(ledger.contains(id.hex))
        #expect(ledger.contains("not-hex"))
        #expect(ledger.count == 2)
    }

    @Test("alert ids are stable: same inputs, same id; a title change keeps it, a date change does not")
    func stableIDs() throws {
        let now = Fixtures.utc("2025-08-28T21:00:00Z")
        let id = Schedule(config: try Fixtures.config(Self.iraq)).due(ledger: Ledger(), now: now)[0].id
        #expect(id == Schedule(config: try Fixtures.config(Self.iraq)).due(ledger: Ledger(), now: now)[0].id)
        #expect(id.hex.count == 32)
        // Pinned: an alert must be recognisable by every future release.
        #expect(id.hex == "2ee20f52ce3e9257ae9788f3ab57e998")
        #expect(AlertID(hex: "2ee20f52ce3e9257ae9788f3ab57e998") == id)
        #expect("\(id)" == "2ee20f52ce3e9257ae9788f3ab57e998")
        let retitled = Self.iraq.replacingOccurrences(of: "quote = \"q\"", with: "title = \"Another title\"")
        #expect(Schedule(config: try Fixtures.config(retitled)).due(ledger: Ledger(), now: now)[0].id == id)
        let redated = Self.iraq.replacingOccurrences(of: "12 months", with: "13 months")
        let later = Fixtures.utc("2025-09-28T21:00:00Z")
        #expect(Schedule(config: try Fixtures.config(redated)).due(ledger: Ledger(), now: later)[0].id != id)
    }

    @Test("an ongoing commitment gets review reminders counted from the issue date")
    func reviews() throws {
        let schedule = Schedule(config: try Fixtures.config(Fixtures.baghdad("""
            [[commitment]]
            id = "advisers"
            review_every = "30d"
            """)))
        let due = schedule.due(ledger: Ledger(), now: Fixtures.utc("2024-12-01T00:00:00Z"))
        #expect(due.map(\.kind) == [.review])
        #expect(due[0].occurrence == 2)
        #expect(due[0].fireAt == Fixtures.utc("2024-11-25T21:00:00Z"))
    }

    @Test("milestones get their own warnings and due alert, inside the commitment's sequence")
    func milestones() throws {
        let schedule = Schedule(config: try Fixtures.config(Fixtures.baghdad(daemon: "lead_times = [\"7d\"]", """
            [[commitment]]
            id = "iraq"
            within = "12 months"
            [[commitment.milestone]]
            id = "phase-1"
            at = 2025-03-31
            """)))
        let track = try #require(schedule.track("iraq"))
        let next = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-03-01T00:00:00Z")))
        #expect(next.milestoneID == "phase-1")
        #expect(next.kind == .approaching)
        #expect(next.fireAt == Fixtures.utc("2025-03-24T21:00:00Z"))
    }
}
