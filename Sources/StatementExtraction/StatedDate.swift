import CivilCalendar

/// The dates a statement can name: real days whose year has four digits, as ISO 8601 and TOML
/// write them. Arithmetic that leaves those years gives nil rather than a date no config holds.
extension CivilDate {
    static let statedYears = 1...9999

    /// The date, or nil when it does not exist or its year is not 0001...9999.
    public init?(statedYear year: Int, month: Int, day: Int) {
        guard Self.statedYears.contains(year) else { return nil }
        self.init(checkingYear: year, month: month, day: day)
    }

    /// The last day of a month, which is what a month-precision deadline binds to.
    static func statedLastDay(year: Int, month: Int) -> CivilDate? {
        CivilDate(statedYear: year, month: month, day: daysIn(year: year, month: month))
    }

    /// `days` later (earlier when negative), or nil outside the four-digit years.
    func stated(addingDays days: Int) -> CivilDate? {
        // More days than the four-digit years hold cannot land in them (and would overflow).
        guard days.magnitude <= 3_652_059 else { return nil }
        return adding(days: days).withinStatedYears
    }

    /// Calendar months later, the day clamped to a shorter month; nil outside the four-digit years.
    func stated(addingMonths months: Int) -> CivilDate? {
        guard months.magnitude <= 120_000 else { return nil }
        return adding(months: months).withinStatedYears
    }

    private var withinStatedYears: CivilDate? {
        Self.statedYears.contains(year) ? self : nil
    }
}
