import DeadlineCore
import Foundation
import Testing

/// A statement's `language` over the daemon's: in a view of several statements, each row about
/// a commitment speaks its statement's language, the headings the daemon's.
@Suite("Views of several statements, each row in its statement's language")
struct StatementLanguageViewTests {
    /// An English daemon with an English statement and an Arabic one, each with one deadline.
    static func config() throws -> (Config, ConfigFolder) {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"30d\"]\n")
        try folder.write("statements.d/a.toml", """
            [statement]
            id = "un"
            [[commitment]]
            id = "ceasefire"
            title = "Hold the ceasefire"
            deadline = 2026-03-31
            """)
        try folder.write("statements.d/b.toml", """
            [statement]
            id = "gulf"
            language = "ar"
            [[commitment]]
            id = "handover"
            title = "Hand over the sites"
            deadline = 2026-06-30
            """)
        return (try folder.load(), folder)
    }

    static func line(_ text: String, containing id: String, after prefix: String = "") throws -> String {
        let lines = text.split(separator: "\n").map(String.init)
        let start = prefix.isEmpty ? 0 : try #require(lines.firstIndex { $0.hasPrefix(prefix) })
        return try #require(lines[start...].first { $0.contains(id) })
    }

    @Test("timeline: English headings; the Arabic statement's summary and events in Arabic, the English one's in English")
    func timeline() throws {
        let (config, _) = try Self.config()
        let table = TimelineText.table(Timeline(schedule: Schedule(config: config), ledger: nil, now: Fixtures.utc("2026-01-01T00:00:00Z")))
        #expect(table.hasPrefix("Statements un, gulf - now 2026-01-01 03:00 +03:00 Asia/Baghdad"))
        #expect(table.contains("\nCOMMITMENT  ") && table.contains("\nWHEN (Asia/Baghdad)  "))
        let english = try Self.line(table, containing: "un/ceasefire")
        #expect(english.contains("  open  ") && english.contains("deadline 2026-03-31") && english.hasSuffix("89d left"))
        let arabic = try Self.line(table, containing: "gulf/handover")
        #expect(arabic.contains("  مفتوح  ") && arabic.contains("الموعد " + Fixtures.isolated("2026-06-30")) && arabic.hasSuffix("بقي 180 يوماً"))
        let englishEvent = try Self.line(table, containing: "un/ceasefire", after: "WHEN")
        #expect(englishEvent.contains("30d before deadline") && englishEvent.hasSuffix("in 59d"))
        let arabicEvent = try Self.line(table, containing: "gulf/handover", after: "WHEN")
        #expect(arabicEvent.hasPrefix(Fixtures.isolated("2026-06-01 00:00 +03:00")))
        #expect(arabicEvent.contains("قبل 30 يوماً من الموعد النهائي") && arabicEvent.hasSuffix("بعد 150 يوماً"))
        #expect(table.contains("---- now: 2026-01-01 03:00 +03:00 ----") && table.hasSuffix("Nothing would fire at 2026-01-01 03:00 +03:00.\n"))
    }

    @Test("status: English headings, each row in its statement's language")
    func status() throws {
        let (config, _) = try Self.config()
        let status = StatusReport.text(config: config, ledger: nil, alertLogPath: "/x/alerts.jsonl", now: Fixtures.utc("2026-01-01T00:00:00Z"))
        #expect(status.hasPrefix("Statements un, gulf, now 2026-01-01 03:00 +03:00 Asia/Baghdad\nAlert log: /x/alerts.jsonl (not found"))
        let english = try Self.line(status, containing: "un/ceasefire")
        #expect(english.contains("  open  ") && english.contains("89d left") && english.hasSuffix("2026-03-02 00:00 +03:00 30d before deadline"))
        let arabic = try Self.line(status, containing: "gulf/handover")
        #expect(arabic.contains("  مفتوح  ") && arabic.contains("بقي 180 يوماً"))
        #expect(arabic.hasSuffix(Fixtures.isolated("2026-06-01 00:00 +03:00") + " قبل 30 يوماً من الموعد النهائي"))
    }

    @Test("export --ics: each event's summary, description and alarm in its statement's language")
    func calendar() throws {
        let (config, _) = try Self.config()
        let ics = CalendarExport.ics(config: config, now: Fixtures.utc("2026-01-01T00:00:00Z")).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("SUMMARY:Deadline: Hold the ceasefire\r\nDESCRIPTION:Hold the ceasefire\\nDeadline: deadline 2026-03-31\\nStatus: open\r\n"))
        #expect(ics.contains("DESCRIPTION:30d before: Deadline: Hold the ceasefire\r\n"))
        let arabicSummary = "الموعد النهائي: " + Fixtures.isolated("Hand over the sites")
        #expect(ics.contains("SUMMARY:" + arabicSummary + "\r\n"))
        #expect(ics.contains("DESCRIPTION:Hand over the sites\\nالموعد النهائي: الموعد " + Fixtures.isolated("2026-06-30") + "\\nالحالة: مفتوح\r\n"))
        #expect(ics.contains("DESCRIPTION:قبل 30 يوماً: " + arabicSummary + "\r\n"))
        #expect(ics.contains("X-WR-CALNAME:deadlined\r\n"))
    }
}
