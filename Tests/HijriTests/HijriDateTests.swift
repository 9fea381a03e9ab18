import Hijri
import Testing

@Suite struct HijriDateTests {
    /// 1 Ramadan 1447 is 2026-02-18; Sha'ban 1447 has 29 days.
    @Test func knownDays() throws {
        let ramadan = try HijriDate(year: 1447, month: 9, day: 1)
        #expect(ramadan.dayNumber == 20_502)
        #expect(try HijriDate(dayNumber: 20_501) == HijriDate(year: 1447, month: 8, day: 29))
        #expect(try HijriDate.monthLength(year: 1447, month: 8) == 29)
        #expect(try HijriDate.lastDay(year: 1447, month: 9).description == "1447-09-30 AH")
    }

    @Test func invalidDatesSayWhy() {
        #expect(throws: HijriError.monthOutOfRange(13)) { try HijriDate(year: 1447, month: 13, day: 1) }
        #expect(throws: HijriError.dayOutOfRange(day: 30, year: 1447, month: 8, monthLength: 29)) {
            try HijriDate(year: 1447, month: 8, day: 30)
        }
        #expect(HijriError.dayOutOfRange(day: 30, year: 1447, month: 8, monthLength: 29).description
            == "day 30 does not exist: Sha'ban 1447 AH has 29 days")
    }

    /// Outside the table there is no guess: the published months end with 1500 AH.
    @Test func outsideTheTableIsAnError() {
        #expect(throws: HijriError.yearOutsideTable(1501)) { try HijriDate(year: 1501, month: 1, day: 1) }
        #expect(throws: HijriError.yearOutsideTable(1342)) { try HijriDate(year: 1342, month: 12, day: 1) }
        #expect(throws: HijriError.dayNumberOutsideTable(-16_590)) { try HijriDate(dayNumber: -16_590) }
        #expect(throws: HijriError.dayNumberOutsideTable(39_402)) { try HijriDate(dayNumber: 39_402) }
        #expect(HijriError.yearOutsideTable(1501).description
            == "1501 AH is outside the Umm al-Qura table (1343-1500 AH)")
    }

    /// The early years keep the 28- and 31-day months the newspaper printed.
    @Test func historicalIrregularMonths() throws {
        #expect(try HijriDate.monthLength(year: 1343, month: 9) == 28)
        #expect(try HijriDate.monthLength(year: 1345, month: 5) == 31)
    }
}
