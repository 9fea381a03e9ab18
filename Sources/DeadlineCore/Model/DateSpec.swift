import CivilCalendar

/// A date as the config writes it, with its precision: a year ("2030"), a month ("2025-09"),
/// a day (2025-09-27), or an exact instant (2025-09-27T12:00:00+03:00). A Hijri year or month
/// ("1447 AH", "1447-09 AH") is a period of its own; a Hijri day is the Gregorian day it falls on.
///
/// A statement that says "by September 2025" means the whole of September: a period, not a
/// point. `end` is the first instant after the period, `start` its first instant; a day
/// ends at midnight in the configured zone.
public struct DateSpec: Hashable, Sendable, CustomStringConvertible {
    public enum Value: Hashable, Sendable {
        case year(Int)
        case month(year: Int, month: Int)
        /// Whole days from `first` through `last`: a Hijri year or month, whose days the
        /// Umm al-Qura table gives when the config is read.
        case days(first: CivilDate, last: CivilDate)
        case day(CivilDate)
        /// A wall-clock time read in the configured zone.
        case local(CivilDateTime)
        /// An exact instant (written with an offset).
        case instant(Instant)
    }

    public var value: Value
    /// As written, for messages: "2025-09", "2025-09-27".
    public var text: String

    public init(_ value: Value, text: String) {
        self.value = value
        self.text = text
    }

    public var description: String { text }

    /// The first instant of the period.
    public func start(in zone: Zone) -> Instant {
        switch value {
        case .year(let year): zone.startOfDay(CivilDate(year: year, month: 1, day: 1))
        case .month(let year, let month): zone.startOfDay(CivilDate(year: year, month: month, day: 1))
        case .days(let first, _): zone.startOfDay(first)
        case .day(let date): zone.startOfDay(date)
        case .local(let local): zone.instant(of: local)
        case .instant(let instant): instant
        }
    }

    /// The first instant after the period: when "by <this date>" has passed.
    public func end(in zone: Zone) -> Instant {
        switch value {
        case .year(let year): zone.startOfDay(CivilDate(year: year + 1, month: 1, day: 1))
        case .month(let year, let month): zone.startOfDay(CivilDate(year: year, month: month, day: 1).adding(months: 1))
        case .days(_, let last): zone.startOfDay(last.adding(days: 1))
        case .day(let date): zone.startOfDay(date.adding(days: 1))
        case .local(let local): zone.instant(of: local)
        case .instant(let instant): instant
        }
    }

    /// True when the spec is written on the Umm al-Qura calendar ("1447-09 AH").
    public var isHijri: Bool { text.hasSuffix(DateSyntax.hijriSuffix) }

    /// True when the spec names a whole day or longer, so the deadline reads as a date.
    public var isDateOnly: Bool {
        switch value {
        case .year, .month, .days, .day: true
        case .local, .instant: false
        }
    }
}
