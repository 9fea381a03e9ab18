/// A calendar date without time or zone: statements name days, not instants, and the daemon's
/// config decides the zone. Only valid Gregorian dates can be built.
public struct CivilDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for dates that do not exist (month 13, 31 April, 29 February 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        case 1...12: return 31
        default: return 0
        }
    }

    /// The last day of a month, which is what a month-precision deadline binds to.
    public static func lastDay(year: Int, month: Int) -> CivilDay? {
        CivilDay(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Adds calendar months, clamping the day to the target month's length
    /// (31 August + 1 month = 30 September), as a "within N months" span is read.
    public func adding(months: Int) -> CivilDay? {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        guard total >= 0 else { return nil }
        let newDay = min(day, CivilDay.daysIn(month: newMonth, year: newYear))
        return CivilDay(year: newYear, month: newMonth, day: newDay)
    }

    public func adding(days: Int) -> CivilDay? {
        CivilDay(dayNumber: dayNumber + days)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), the basis for day arithmetic and weekdays.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday. Lets "today, Friday" confirm a written date.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 form, which is also a TOML local date.
    public var description: String {
        "\(Padded.four(year))-\(Padded.two(month))-\(Padded.two(day))"
    }
}

/// Zero padding for ISO dates without Foundation's formatters.
enum Padded {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
