/// A day of the Umm al-Qura calendar (the Hijri calendar of Saudi Arabia, the one Arabic
/// statements cite with هـ). Only days inside the published table can be built, so every
/// `HijriDate` converts to a Gregorian day and back without a guess.
///
/// Conversions go through the day number (days since 1970-01-01), the count the project's
/// Gregorian dates use, which keeps this module free of Gregorian arithmetic.
public struct HijriDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years the table covers.
    public static let supportedYears: ClosedRange<Int> =
        UmmAlQuraTable.firstYear...(UmmAlQuraTable.firstYear + UmmAlQuraTable.monthLengths.count - 1)

    /// The day numbers the table covers: 1 Muharram 1343 (1924-08-01) to 30 Dhu al-Hijjah 1500 (2077-11-16).
    public static var supportedDayNumbers: ClosedRange<Int> {
        monthStarts[0]...(monthStarts[monthStarts.count - 1] - 1)
    }

    /// Throws when the year is outside the table, the month is not 1-12, or the day is not in that month.
    public init(year: Int, month: Int, day: Int) throws(HijriError) {
        let length = try HijriDate.monthLength(year: year, month: month)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(day: day, year: year, month: month, monthLength: length)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Hijri day that falls on `dayNumber` (days since 1970-01-01).
    public init(dayNumber: Int) throws(HijriError) {
        let starts = HijriDate.monthStarts
        guard HijriDate.supportedDayNumbers.contains(dayNumber) else { throw .dayNumberOutsideTable(dayNumber) }
        // The last month start at or before the day.
        var low = 0, high = starts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= dayNumber { low = middle } else { high = middle - 1 }
        }
        year = UmmAlQuraTable.firstYear + low / 12
        month = low % 12 + 1
        day = dayNumber - starts[low] + 1
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        HijriDate.monthStarts[HijriDate.monthIndex(year: year, month: month)] + day - 1
    }

    /// 28 to 31 days: most months have 29 or 30, and a few of the early years 28 or 31, as printed.
    public static func monthLength(year: Int, month: Int) throws(HijriError) -> Int {
        guard supportedYears.contains(year) else { throw .yearOutsideTable(year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        let index = monthIndex(year: year, month: month)
        return monthStarts[index + 1] - monthStarts[index]
    }

    /// The last day of a month, the day a month-precision bound ("1447-09 AH") ends on.
    public static func lastDay(year: Int, month: Int) throws(HijriError) -> HijriDate {
        try HijriDate(year: year, month: month, day: monthLength(year: year, month: month))
    }

    public static func < (lhs: HijriDate, rhs: HijriDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `1447-09-01 AH`, the form a config bound is written in.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) AH"
    }

    private static func monthIndex(year: Int, month: Int) -> Int {
        (year - UmmAlQuraTable.firstYear) * 12 + month - 1
    }

    /// The day number of every month start, and one past the last month's end.
    private static let monthStarts: [Int] = {
        var starts = [UmmAlQuraTable.firstDayNumber]
        starts.reserveCapacity(UmmAlQuraTable.monthLengths.count * 12 + 1)
        for year in UmmAlQuraTable.monthLengths {
            for length in year.split(separator: " ") {
                starts.append(starts[starts.count - 1] + Int(length)!)
            }
        }
        return starts
    }()
}
