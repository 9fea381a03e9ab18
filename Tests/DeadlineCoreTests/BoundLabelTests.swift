import DeadlineCore
import Foundation
import Testing

/// Every bound's date, not only the binding deadline's, is shown in the configured calendar:
/// a Gregorian one as written under `gregorian`, a Hijri one as its Gregorian day with the Hijri
/// as written after it; under `hijri` and `both` the day the bound stands for.
@Suite("Bounds shown in the configured calendar")
struct BoundLabelTests {
    /// Sha'ban 1447 ends on 2026-02-17; 2026-03-01 is 12 Ramadan 1447; 2026-06-30 is 15 Muharram 1448.
    static let commitments = """
        [[commitment]]
        id = "hijri-month"
        no_later_than = "1447-08 AH"
        [[commitment]]
        id = "day"
        deadline = 2026-06-30
        [[commitment]]
        id = "before-month"
        before = "2026-03"
        [[commitment]]
        id = "hijri-day"
        until = "1447-09-01 AH"
        [[commitment]]
        id = "exact"
        deadline = 2026-06-30T12:00:00+03:00
        [[commitment]]
        id = "span"
        within = "3 months"
        """

    /// The reason of each commitment's (only) bound, in commitment order.
    static func reasons(_ daemon: String) throws -> [String] {
        let config = try Fixtures.config(Fixtures.baghdad(daemon: daemon, statement: "", commitments))
        let words = config.wording.alertVocabulary
        return try config.commitments.map { commitment in
            try words.reason(#require(commitment.deadline).binding, issued: config.statements[0].issued)
        }
    }

    @Test("gregorian, English: Gregorian bounds as written, Hijri ones as their Gregorian day with the Hijri as written")
    func gregorianEnglish() throws {
        #expect(try Self.reasons("") == [
            "no later than 2026-02-17 (1447-08 AH)", "deadline 2026-06-30", "before 2026-03",
            "until 2026-02-18 (1447-09-01 AH)", "deadline 2026-06-30T12:00:00+03:00", "within 3 months of 2024-09-27",
        ])
    }

    @Test("hijri, English: every bound on the Hijri calendar; `before` names the first day it excludes")
    func hijriEnglish() throws {
        #expect(try Self.reasons("calendar = \"hijri\"") == [
            "no later than 29 Sha'ban 1447 AH", "deadline 15 Muharram 1448 AH", "before 12 Ramadan 1447 AH",
            "until 1 Ramadan 1447 AH", "deadline 15 Muharram 1448 AH 12:00 +03:00", "within 3 months of 24 Rabi al-Awwal 1446 AH",
        ])
    }

    @Test("both, English: every bound as a Gregorian day with its Hijri date")
    func bothEnglish() throws {
        #expect(try Self.reasons("calendar = \"both\"") == [
            "no later than 2026-02-17 (29 Sha'ban 1447)", "deadline 2026-06-30 (15 Muharram 1448)",
            "before 2026-03-01 (12 Ramadan 1447)", "until 2026-02-18 (1 Ramadan 1447)",
            "deadline 2026-06-30 (15 Muharram 1448) 12:00 +03:00", "within 3 months of 2024-09-27 (24 Rabi al-Awwal 1446)",
        ])
    }

    @Test("gregorian, Arabic: the same dates, isolated")
    func gregorianArabic() throws {
        let reasons = try Self.reasons("language = \"ar\"")
        #expect(reasons[0] == "في موعد أقصاه " + Fixtures.isolated("2026-02-17 (1447-08 AH)"))
        #expect(reasons[1] == "الموعد " + Fixtures.isolated("2026-06-30"))
        #expect(reasons[2] == "قبل " + Fixtures.isolated("2026-03"))
        #expect(reasons[3] == "حتى " + Fixtures.isolated("2026-02-18 (1447-09-01 AH)"))
    }

    @Test("hijri, Arabic with Arabic-Indic digits: Arabic month names and هـ")
    func hijriArabic() throws {
        let reasons = try Self.reasons("language = \"ar\"\ncalendar = \"hijri\"\ndigits = \"arabic-indic\"")
        #expect(reasons[0] == "في موعد أقصاه " + Fixtures.isolated("٢٩ شعبان ١٤٤٧ هـ"))
        #expect(reasons[1] == "الموعد " + Fixtures.isolated("١٥ محرم ١٤٤٨ هـ"))
        #expect(reasons[2] == "قبل " + Fixtures.isolated("١٢ رمضان ١٤٤٧ هـ"))
    }

    @Test("both, Arabic: every bound in both calendars")
    func bothArabic() throws {
        let reasons = try Self.reasons("language = \"ar\"\ncalendar = \"both\"")
        #expect(reasons[0] == "في موعد أقصاه " + Fixtures.isolated("2026-02-17 (29 شعبان 1447)"))
        #expect(reasons[2] == "قبل " + Fixtures.isolated("2026-03-01 (12 رمضان 1447)"))
    }

    @Test("timeline: a bound other than the binding one follows the calendar, its day not repeated")
    func otherBoundsInTimeline() throws {
        let bounds = "[[commitment]]\nid = \"c\"\ndeadline = 2026-01-31\nno_later_than = \"1447-08 AH\"\nbefore = \"2026-03\""
        func summary(_ daemon: String) throws -> String {
            let config = try Fixtures.config(Fixtures.baghdad(daemon: daemon, bounds))
            let table = TimelineText.table(Timeline(schedule: Schedule(config: config), ledger: nil, now: Fixtures.utc("2026-01-01T00:00:00Z")))
            return String(try #require(table.split(separator: "\n").first { $0.hasPrefix("c ") }))
        }
        #expect(try summary("").contains(
            "deadline 2026-01-31; also no later than 2026-02-17 (1447-08 AH) = 2026-02-17; before 2026-03 = 2026-02-28"))
        #expect(try summary("calendar = \"hijri\"").contains(
            "deadline 12 Sha'ban 1447 AH; also no later than 29 Sha'ban 1447 AH; before 12 Ramadan 1447 AH = 11 Ramadan 1447 AH"))
    }

    @Test("the calendar file's description gives the other bounds in the calendar too")
    func calendarDescription() throws {
        let config = try Fixtures.config(Fixtures.baghdad(
            daemon: "calendar = \"both\"", "[[commitment]]\nid = \"c\"\ndeadline = 2026-01-31\nno_later_than = \"1447-08 AH\""))
        let ics = CalendarExport.ics(config: config, now: Fixtures.utc("2026-01-01T00:00:00Z"))
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("DESCRIPTION:c\\nDeadline: deadline 2026-01-31 (12 Sha'ban 1447) (also no later than 2026-02-17 (29 Sha'ban 1447))"))
    }
}
