import DeadlineCore
import CivilCalendar
import Testing

@Suite("Deadlines: bounds, precision, month ends, DST")
struct DeadlineSemanticsTests {
    @Test("within 12 months of 2024-09-27 binds before no later than 2025-09, at the end of 2025-09-27 in Baghdad")
    func earliestBoundBinds() throws {
        let config = try Fixtures.config(Fixtures.baghdad("""
            [[commitment]]
            id = "iraq"
            within = "12 months"
            no_later_than = "2025-09"
            """))
        let deadline = try #require(config.commitments[0].deadline)
        #expect(deadline.binding.kind == .within)
        #expect(deadline.instant == Fixtures.utc("2025-09-27T21:00:00Z"))
        #expect(deadline.binding.explanation == "within 12 months of 2024-09-27")
        #expect(deadline.bounds.first { $0.kind == .noLaterThan }?.instant == Fixtures.utc("2025-09-30T21:00:00Z"))
        #expect(config.commitments[0].deadlineLabel == "2025-09-27")
    }

    @Test(
        "each precision ends where a reader expects",
        arguments: [
            ("deadline = \"2030\"", "2030-12-31T21:00:00Z", "2030-12-31"),
            ("until = \"2026-09\"", "2026-09-30T21:00:00Z", "2026-09-30"),
            ("no_later_than = \"2025-02\"", "2025-02-28T21:00:00Z", "2025-02-28"),
            ("no_later_than = \"2024-02\"", "2024-02-29T21:00:00Z", "2024-02-29"),
            ("deadline = 2025-03-31", "2025-03-31T21:00:00Z", "2025-03-31"),
            ("deadline = \"2025-03-31\"", "2025-03-31T21:00:00Z", "2025-03-31"),
            ("before = 2025-10-01", "2025-09-30T21:00:00Z", "2025-09-30"),
            ("before = \"2026\"", "2025-12-31T21:00:00Z", "2025-12-31"),
            ("deadline = 2025-06-01T12:00:00Z", "2025-06-01T12:00:00Z", "2025-06-01T15:00:00+03:00"),
            ("deadline = 2025-06-01T12:00:00", "2025-06-01T09:00:00Z", "2025-06-01T12:00:00+03:00"),
            ("within = \"90 days\"", "2024-12-26T21:00:00Z", "2024-12-26"),
            ("within = \"2 weeks\"", "2024-10-11T21:00:00Z", "2024-10-11"),
            ("within = \"1 year\"", "2025-09-27T21:00:00Z", "2025-09-27"),
        ])
    func precision(line: String, end: String, label: String) throws {
        let config = try Fixtures.config(Fixtures.baghdad("[[commitment]]\nid = \"c\"\n\(line)"))
        #expect(config.commitments[0].deadline?.instant == Fixtures.utc(end))
        #expect(config.commitments[0].deadlineLabel == label)
    }

    @Test("a month added to January 31 lands on the last day of February")
    func monthEndClamping() throws {
        let config = try Fixtures.config("""
            [statement]
            id = "s"
            issued = 2025-01-31
            [[commitment]]
            id = "c"
            within = "1 month"
            """)
        #expect(config.commitments[0].deadlineLabel == "2025-02-28")
        #expect(config.commitments[0].deadline?.instant == Fixtures.utc("2025-03-01T00:00:00Z"))
    }

    @Test("90 days before 2025-03-31 in Berlin is midnight local on 2025-01-01, across the DST change")
    func leadTimesAreCalendarDays() throws {
        let config = try Fixtures.config("""
            [daemon]
            timezone = "Europe/Berlin"
            lead_times = ["90d", "1d", "12h"]
            [statement]
            id = "s"
            [[commitment]]
            id = "c"
            deadline = 2025-03-31
            """)
        let track = try #require(Schedule(config: config).track("c"))
        let leads = track.alerts(in: Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2025-04-01T00:00:00Z"))
            .filter { $0.kind == .approaching }
        // The deadline is 2025-04-01T00:00+02:00 = 2025-03-31T22:00Z (summer time began 03-30).
        #expect(config.commitments[0].deadline?.instant == Fixtures.utc("2025-03-31T22:00:00Z"))
        let byLead = Dictionary(uniqueKeysWithValues: leads.map { ($0.lead!.text, $0.fireAt) })
        // 90 calendar days earlier is 2025-01-01T00:00+01:00: 90 x 86400 s would give 22:00Z, an hour off.
        #expect(byLead["90d"] == Fixtures.utc("2024-12-31T23:00:00Z"))
        // 1 day earlier is midnight local on 03-31 (+02:00).
        #expect(byLead["1d"] == Fixtures.utc("2025-03-30T22:00:00Z"))
        // Hours are exact.
        #expect(byLead["12h"] == Fixtures.utc("2025-03-31T10:00:00Z"))
    }

    @Test("a wall-clock time skipped by DST resolves past the gap; a repeated one to its first occurrence")
    func dstGapsAndOverlaps() throws {
        let berlin = try #require(Zone(identifier: "Europe/Berlin"))
        let gap = CivilDateTime(date: CivilDate(year: 2025, month: 3, day: 30), hour: 2, minute: 30, second: 0)
        #expect(berlin.instant(of: gap) == Fixtures.utc("2025-03-30T01:30:00Z"))
        let overlap = CivilDateTime(date: CivilDate(year: 2025, month: 10, day: 26), hour: 2, minute: 30, second: 0)
        #expect(berlin.instant(of: overlap) == Fixtures.utc("2025-10-26T00:30:00Z"))
    }
}
