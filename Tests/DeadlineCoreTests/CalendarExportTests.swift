import DeadlineCore
import Testing

/// `export --ics` under every shown calendar: events fall on Gregorian days (a calendar file has
/// no other), all-day when written as a day, whatever calendar and digits the texts use.
@Suite("The calendar file's dates, whatever calendar the texts show")
struct CalendarExportTests {
    static func ics(daemon: String) throws -> String {
        let config = try Fixtures.config(Fixtures.baghdad(daemon: daemon + "\nlead_times = [\"7d\"]", """
            [[commitment]]
            id = "ramadan"
            title = "Before Ramadan"
            deadline = "1447-09-01 AH"
            [[commitment.milestone]]
            id = "handover"
            at = 2026-02-01
            [[commitment.milestone]]
            id = "meeting"
            at = 2026-02-10T09:30:00+03:00
            """))
        return CalendarExport.ics(config: config, now: Fixtures.utc("2026-01-01T00:00:00Z"))
    }

    /// The lines of the event whose UID starts with `uid`.
    static func event(_ ics: String, _ uid: String) -> [Substring] {
        let lines = ics.split(separator: "\r\n")
        guard let start = lines.firstIndex(of: Substring("UID:" + uid)) else { return [] }
        return Array(lines[start...].prefix { $0 != "END:VEVENT" })
    }

    @Test(
        "a Hijri deadline and a milestone written as a day are all-day events on their Gregorian day; an exact one is timed",
        arguments: ["", "calendar = \"hijri\"", "language = \"ar\"\ncalendar = \"both\"\ndigits = \"arabic-indic\""])
    func daysStayDays(daemon: String) throws {
        let ics = try Self.ics(daemon: daemon)
        let deadline = Self.event(ics, "s.ramadan@deadlined")
        #expect(deadline.contains("DTSTART;VALUE=DATE:20260218") && deadline.contains("DTEND;VALUE=DATE:20260219"), "\(deadline)")
        let handover = Self.event(ics, "s.ramadan.handover@deadlined")
        #expect(handover.contains("DTSTART;VALUE=DATE:20260201") && handover.contains("DTEND;VALUE=DATE:20260202"), "\(handover)")
        let meeting = Self.event(ics, "s.ramadan.meeting@deadlined")
        #expect(meeting.contains("DTSTART:20260210T063000Z"), "\(meeting)")
    }

    @Test("in Arabic the summary is Arabic with the Latin title isolated")
    func arabicSummary() throws {
        let ics = try Self.ics(daemon: "language = \"ar\"")
        #expect(Self.event(ics, "s.ramadan@deadlined").contains(Substring("SUMMARY:الموعد النهائي: " + Fixtures.isolated("Before Ramadan"))))
    }
}
