import DeadlineCore
import Foundation
import TOML
import Testing
import CivilCalendar

@Suite("Hijri bounds and dates shown on the Umm al-Qura calendar")
struct HijriBoundTests {
    /// Sha'ban 1447 runs 2026-01-20 to 2026-02-17 (29 days); Ramadan 1447 starts 2026-02-18.
    @Test(
        "a Hijri day, month or year binds at the end of that period in the configured zone",
        arguments: [
            ("\"1447-09-01 AH\"", "2026-02-18T21:00:00Z", "2026-02-18"),
            ("\"1447-08 AH\"", "2026-02-17T21:00:00Z", "2026-02-17"),
            ("\"1447 AH\"", "2026-06-15T21:00:00Z", "2026-06-15"),
        ])
    func bindsAtTheEnd(written: String, instant: String, lastDay: String) throws {
        let config = try Fixtures.config(Fixtures.baghdad("[[commitment]]\nid = \"c\"\ndeadline = \(written)"))
        let deadline = try #require(config.commitments[0].deadline)
        #expect(deadline.instant == Fixtures.utc(instant))
        #expect(deadline.binding.lastDay?.description == lastDay)
        #expect(deadline.binding.explanation == "deadline \(written.dropFirst().dropLast())")
    }

    @Test("`before` a Hijri month is its first day")
    func beforeAMonth() throws {
        let config = try Fixtures.config(Fixtures.baghdad("[[commitment]]\nid = \"c\"\nbefore = \"1447-09 AH\""))
        #expect(config.commitments[0].deadline?.instant == Fixtures.utc("2026-02-17T21:00:00Z"))
    }

    @Test(
        "an invalid Hijri date is explained at its position",
        arguments: [
            ("\"1447-13 AH\"", "month 13 does not exist: a Hijri year has months 1-12"),
            ("\"1447-08-30 AH\"", "day 30 does not exist: Sha'ban 1447 AH has 29 days"),
            ("\"1501 AH\"", "1501 AH is outside the Umm al-Qura table (1343-1500 AH)"),
            ("\"1447-9 AH\"", "is not a Hijri date; write a Hijri year (\"1447 AH\"), month (\"1447-09 AH\") or day (\"1447-09-01 AH\")"),
            ("\"1380 AH\"", "year 1960 is out of range"),
        ])
    func invalid(written: String, fragment: String) throws {
        let error = try #require(Fixtures.error("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = \(written)"))
        let first = try #require(error.diagnostics.first)
        #expect(first.position.map { "\($0.line):\($0.column)" } == "5:12")
        #expect(first.message.contains(fragment), "\(error)")
    }

    @Test(
        "`calendar` decides how deadlines read",
        arguments: [
            ("", "2026-02-17"),
            ("calendar = \"hijri\"", "29 Sha'ban 1447 AH"),
            ("calendar = \"both\"", "2026-02-17 (29 Sha'ban 1447)"),
            ("calendar = \"both\"\nlanguage = \"ar\"", "2026-02-17 (29 شعبان 1447)"),
            ("calendar = \"hijri\"\nlanguage = \"ar\"", "29 شعبان 1447 هـ"),
            ("calendar = \"both\"\nlanguage = \"ar\"\ndigits = \"arabic-indic\"", "٢٠٢٦-٠٢-١٧ (٢٩ شعبان ١٤٤٧)"),
        ])
    func shownCalendar(daemon: String, label: String) throws {
        let config = try Fixtures.config(Fixtures.baghdad(
            daemon: daemon, "[[commitment]]\nid = \"c\"\ndeadline = 2026-02-17\n[[commitment.milestone]]\nid = \"m\"\nat = \"1447-08 AH\""))
        #expect(config.commitments[0].deadlineLabel == label)
        #expect(config.commitments[0].milestones[0].label == label)
    }

    @Test("the statement's language is over the daemon's")
    func statementLanguage() throws {
        let text = Fixtures.baghdad(daemon: "language = \"en\"\ncalendar = \"both\"", "[[commitment]]\nid = \"c\"\ndeadline = 2026-02-17")
            .replacingOccurrences(of: "id = \"s\"", with: "id = \"s\"\nlanguage = \"ar\"")
        let config = try Fixtures.config(text)
        #expect(config.wording.language == .ar)
        #expect(config.commitments[0].deadlineLabel == "2026-02-17 (29 شعبان 1447)")
    }

    @Test(
        "a wrong `language`, `calendar` or `digits` names the choices",
        arguments: [
            ("language = \"arabic\"", "`language` must be \"en\" or \"ar\", not \"arabic\""),
            ("calendar = \"islamic\"", "`calendar` must be \"gregorian\", \"hijri\" or \"both\", not \"islamic\""),
            ("digits = \"arabic\"", "`digits` must be \"latin\" or \"arabic-indic\", not \"arabic\""),
        ])
    func wrongChoice(line: String, message: String) throws {
        let error = try #require(Fixtures.error("[daemon]\n\(line)\n[statement]\nid = \"s\""))
        #expect(error.diagnostics.first?.message == message)
    }
}
