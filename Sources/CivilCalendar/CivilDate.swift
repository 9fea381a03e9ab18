import TextWriting

/// A date on the proleptic Gregorian calendar, with no zone and no time of day: the one calendar
/// of the project (the TOML parser's date checks, the config's deadlines, the dates a statement
/// names).
///
/// Arguments always run year, month, day. Date arithmetic ("90 days before 2025-03-31", "12
/// months after 2024-09-27") is done on civil dates, then turned into an instant in a zone, so a
/// daylight-saving change between the two dates does not shift the wall-clock time.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date known to be valid (input is checked with `isValid` or the failable initialiser).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date, or nil when it does not exist (month 13, 31 April, 29 February 2025).
    public init?(checkingYear year: Int, month: Int, day: Int) {
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        day >= 1 && day <= daysIn(year: year, month: month)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The length of a month; 0 for a month outside 1...12.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        case 1...12: 31
        default: 0
        }
    }

    /// The last day of a month (1...12).
    public static func lastDay(year: Int, month: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: daysIn(year: year, month: month))
    }

    /// English month names, for messages about dates ("February 2025 has 28 days").
    public static func monthName(_ month: Int) -> String {
        monthNames[month - 1]
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    public var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01. Howard Hinnant's civil_from_days.
    public init(daysSinceEpoch days: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: Int(yearOfEra + era * 400 + (m <= 2 ? 1 : 0)), month: Int(m), day: Int(d))
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + Int64(days))
    }

    /// Calendar months later; the day is clamped to the end of a shorter month (Jan 31 + 1 month
    /// = Feb 28), as "within N months" is read.
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return CivilDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysIn(year: newYear, month: newMonth)))
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (4).
        let offset = Int((daysSinceEpoch % 7 + 7 + 3) % 7)
        return Weekday(rawValue: offset + 1)!
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 and TOML's local date: `2025-09-27`.
    public var description: String {
        String { write(to: &$0) }
    }

    /// `2025-09-27`, into any sink.
    @inlinable
    public func write<Sink: ByteSink>(to sink: inout Sink) {
        Digits.write(year, width: 4, to: &sink)
        sink.append(UInt8(ascii: "-"))
        Digits.write(month, width: 2, to: &sink)
        sink.append(UInt8(ascii: "-"))
        Digits.write(day, width: 2, to: &sink)
    }
}

/// ISO 8601's numbering: Monday is 1, Sunday 7. (The POSIX TZ rules' `d`, Sunday 0, is turned
/// into this where it is read.)
public enum Weekday: Int, CaseIterable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
}
