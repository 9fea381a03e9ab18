import Testing
import StatementExtraction

@Suite struct CivilDayTests {
    @Test(arguments: [(2024, 2, 29, true), (2025, 2, 29, false), (2100, 2, 29, false), (2000, 2, 29, true),
                      (2025, 4, 31, false), (2025, 13, 1, false), (2025, 0, 1, false), (2025, 12, 31, true)])
    func validation(_ y: Int, _ m: Int, _ d: Int, _ valid: Bool) {
        #expect((CivilDay(year: y, month: m, day: d) != nil) == valid)
    }

    @Test func arithmetic() {
        #expect(day(2024, 9, 27).adding(months: 12) == day(2025, 9, 27))
        #expect(day(2025, 8, 31).adding(months: 1) == day(2025, 9, 30))
        #expect(day(2024, 2, 29).adding(months: 12) == day(2025, 2, 28))
        #expect(day(2024, 12, 31).adding(days: 1) == day(2025, 1, 1))
        #expect(day(2024, 9, 27).weekday == 5)
        #expect(CivilDay(dayNumber: day(2024, 9, 27).dayNumber) == day(2024, 9, 27))
        #expect(day(2024, 9, 27) < day(2025, 1, 1))
        #expect(day(2025, 9, 1).description == "2025-09-01")
    }

    @Test func bindingDays() {
        let issued = day(2024, 9, 27)
        #expect(within(90, .days).bindingDay(issued: issued) == day(2024, 12, 26))
        #expect(within(2, .weeks).bindingDay(issued: issued) == day(2024, 10, 11))
        #expect(within(2, .years).bindingDay(issued: issued) == day(2026, 9, 27))
        #expect(month(.noLaterThan, 2025, 2).bindingDay(issued: nil) == day(2025, 2, 28))
        #expect(month(.before, 2025, 3).bindingDay(issued: nil) == day(2025, 2, 28))
        #expect(year(.deadline, 2025).bindingDay(issued: nil) == day(2025, 12, 31))
        #expect(month(.from, 2025, 1).bindingDay(issued: nil) == day(2025, 1, 1))
    }
}
