import CivilCalendar
import Testing
import StatementExtraction

@Suite struct BindingDayTests {
    @Test("a stated date has a four-digit year and exists", arguments: [
        (2024, 2, 29, true), (2025, 2, 29, false), (2025, 4, 31, false), (2025, 13, 1, false),
        (0, 1, 1, false), (1, 1, 1, true), (9999, 12, 31, true), (10_000, 1, 1, false),
    ])
    func statedDates(_ y: Int, _ m: Int, _ d: Int, _ valid: Bool) {
        #expect((CivilDate(statedYear: y, month: m, day: d) != nil) == valid)
    }

    @Test("each bound binds to the last day it allows (the first, for from)")
    func bindingDays() {
        let issued = day(2024, 9, 27)
        #expect(within(90, .days).bindingDay(issued: issued) == day(2024, 12, 26))
        #expect(within(2, .weeks).bindingDay(issued: issued) == day(2024, 10, 11))
        #expect(within(2, .years).bindingDay(issued: issued) == day(2026, 9, 27))
        #expect(month(.noLaterThan, 2025, 2).bindingDay(issued: nil) == day(2025, 2, 28))
        #expect(month(.before, 2025, 3).bindingDay(issued: nil) == day(2025, 2, 28))
        #expect(year(.deadline, 2025).bindingDay(issued: nil) == day(2025, 12, 31))
        #expect(month(.from, 2025, 1).bindingDay(issued: nil) == day(2025, 1, 1))
    }

    @Test("a span that leaves the four-digit years binds to no day")
    func spansBeyondYear9999() {
        #expect(within(8000, .years).bindingDay(issued: day(2024, 9, 27)) == nil)
        #expect(within(Int.max / 2, .days).bindingDay(issued: day(2024, 9, 27)) == nil)
    }
}
