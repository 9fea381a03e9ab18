import CivilCalendar
import Testing

@Suite struct CivilDateTests {
    @Test("only dates of the Gregorian calendar exist: leap days every four years but not every hundred, unless every four hundred",
          arguments: [(2024, 2, 29, true), (2025, 2, 29, false), (2100, 2, 29, false), (2000, 2, 29, true),
                      (2025, 4, 31, false), (2025, 13, 1, false), (2025, 0, 1, false), (2025, 12, 31, true),
                      (2025, 12, 0, false)])
    func validation(_ y: Int, _ m: Int, _ d: Int, _ valid: Bool) {
        #expect(CivilDate.isValid(year: y, month: m, day: d) == valid)
        #expect((CivilDate(checkingYear: y, month: m, day: d) != nil) == valid)
    }

    @Test("adding months clamps the day to a shorter month; adding days crosses years")
    func arithmetic() {
        let date = CivilDate(year: 2024, month: 9, day: 27)
        #expect(date.adding(months: 12) == CivilDate(year: 2025, month: 9, day: 27))
        #expect(CivilDate(year: 2025, month: 8, day: 31).adding(months: 1) == CivilDate(year: 2025, month: 9, day: 30))
        #expect(CivilDate(year: 2024, month: 2, day: 29).adding(months: 12) == CivilDate(year: 2025, month: 2, day: 28))
        #expect(CivilDate(year: 2025, month: 1, day: 31).adding(months: -2) == CivilDate(year: 2024, month: 11, day: 30))
        #expect(CivilDate(year: 2024, month: 12, day: 31).adding(days: 1) == CivilDate(year: 2025, month: 1, day: 1))
        #expect(CivilDate(year: 2025, month: 3, day: 1).adding(days: -1) == CivilDate(year: 2025, month: 2, day: 28))
        #expect(date < CivilDate(year: 2025, month: 1, day: 1))
        #expect(CivilDate.lastDay(year: 2024, month: 2) == CivilDate(year: 2024, month: 2, day: 29))
    }

    @Test("weekdays are numbered as ISO 8601 does: Monday 1 through Sunday 7")
    func weekdays() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == .thursday)
        #expect(CivilDate(year: 2024, month: 9, day: 27).weekday == .friday)
        #expect(CivilDate(year: 2024, month: 9, day: 29).weekday == .sunday)
        #expect(CivilDate(year: 2024, month: 9, day: 29).weekday.rawValue == 7)
        #expect(CivilDate(year: 1969, month: 12, day: 29).weekday == .monday)
        #expect(Weekday.monday.rawValue == 1)
    }

    @Test("days since 1970 round-trip over four centuries, before and after the epoch")
    func daysSinceEpoch() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
        for days in stride(from: Int64(-146_097), through: 146_097 * 2, by: 7) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test("dates are written as ISO 8601, zero-padded")
    func text() {
        #expect(CivilDate(year: 2025, month: 9, day: 1).description == "2025-09-01")
        #expect(CivilDate(year: 33, month: 1, day: 2).description == "0033-01-02")
        #expect(CivilDate.monthName(2) == "February")
        #expect(CivilDate.daysIn(year: 2025, month: 13) == 0)
    }
}
