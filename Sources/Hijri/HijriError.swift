/// Why a Hijri date could not be built. The cases carry the numbers, so a caller (the config
/// loader) can say where the date was written and what would be valid instead.
public enum HijriError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The year is outside the Umm al-Qura table; months there are not published.
    case yearOutsideTable(Int)
    case monthOutOfRange(Int)
    case dayOutOfRange(day: Int, year: Int, month: Int, monthLength: Int)
    /// A Gregorian day before 1 Muharram 1343 or after the end of 1500 AH.
    case dayNumberOutsideTable(Int)

    public var description: String {
        let years = HijriDate.supportedYears
        switch self {
        case .yearOutsideTable(let year):
            return "\(year) AH is outside the Umm al-Qura table (\(years.lowerBound)-\(years.upperBound) AH)"
        case .monthOutOfRange(let month):
            return "month \(month) does not exist: a Hijri year has months 1-12"
        case .dayOutOfRange(let day, let year, let month, let length):
            return "day \(day) does not exist: \(HijriMonth.englishNames[month - 1]) \(year) AH has \(length) days"
        case .dayNumberOutsideTable:
            return "the day is outside the Umm al-Qura table (\(years.lowerBound)-\(years.upperBound) AH, 1924-08-01 to 2077-11-16)"
        }
    }
}
