import Hijri
import TOML
import CivilCalendar

/// Reads a date the way the config may write it: a TOML date or date-time, or a string
/// holding a year ("2030"), a month ("2025-09") or a day ("2025-09-27"), on the Gregorian
/// calendar or, ending in " AH", on the Umm al-Qura calendar ("1447 AH", "1447-09 AH",
/// "1447-09-01 AH").
enum DateSyntax {
    /// Deadlines outside these years are typos, and far-off years would overflow date arithmetic.
    static let years = 1970...2200

    static func parse(_ value: TOMLValue) -> Result<DateSpec, SpanError> {
        switch value {
        case .localDate(let date):
            return checkYear(date.year).map { DateSpec(.day(CivilDate(year: date.year, month: date.month, day: date.day)), text: date.description) }
        case .localDateTime(let local):
            let civil = CivilDateTime(
                date: CivilDate(year: local.date.year, month: local.date.month, day: local.date.day),
                hour: local.time.hour, minute: local.time.minute, second: min(local.time.second, 59))
            return checkYear(local.date.year).map { DateSpec(.local(civil), text: local.description) }
        case .offsetDateTime(let moment):
            let civil = CivilDateTime(
                date: CivilDate(year: moment.date.year, month: moment.date.month, day: moment.date.day),
                hour: moment.time.hour, minute: moment.time.minute, second: min(moment.time.second, 59))
            // The fraction of a second is kept (`12:00:00.25Z` fires at .25, not 0.25 s early):
            // the daemon arms its timers to the nanosecond, so 10,000 deadlines written within
            // 2 s fire 10,000 times, 200 µs apart, instead of in two bursts (`make bench`, timers).
            // Lead times and repeats count from it in whole calendar units, as before.
            let instant = Instant(
                seconds: civil.utcSeconds - Int64(moment.offsetMinutes) * 60,
                nanoseconds: Int32(clamping: moment.time.nanosecond))
            return checkYear(moment.date.year).map { DateSpec(.instant(instant), text: moment.description) }
        case .integer(let year):
            return checkYear(Int(clamping: year)).map { DateSpec(.year(Int(year)), text: String(year)) }
        case .string(let text):
            return parse(text)
        default:
            return .failure(SpanError("must be a date (2025-09-27), a month (\"2025-09\") or a year (\"2030\"), not \(value.kindDescription)"))
        }
    }

    static func parse(_ text: String) -> Result<DateSpec, SpanError> {
        if text.hasSuffix(hijriSuffix) { return parseHijri(text) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { part in part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) ? Int(part) : nil }
        let expected = "write a year (\"2030\"), a month (\"2025-09\") or a date (2025-09-27)"
        guard !parts.isEmpty, parts[0].count == 4, numbers.allSatisfy({ $0 != nil }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
            return .failure(SpanError("\(quoted(text)) is not a date; \(expected)"))
        }
        let year = numbers[0]!
        if case .failure(let error) = checkYear(year) { return .failure(error) }
        switch parts.count {
        case 1:
            return .success(DateSpec(.year(year), text: text))
        case 2:
            let month = numbers[1]!
            guard (1...12).contains(month) else {
                return .failure(SpanError("\(quoted(text)) is not a month: months run from 01 to 12"))
            }
            return .success(DateSpec(.month(year: year, month: month), text: text))
        case 3:
            let (month, day) = (numbers[1]!, numbers[2]!)
            guard (1...12).contains(month) else {
                return .failure(SpanError("\(quoted(text)) is not a date: months run from 01 to 12"))
            }
            guard CivilDate.isValid(year: year, month: month, day: day) else {
                let days = CivilDate.daysIn(year: year, month: month)
                return .failure(SpanError("\(quoted(text)) is not a date: \(CivilDate.monthName(month)) \(year) has \(days) days"))
            }
            return .success(DateSpec(.day(CivilDate(year: year, month: month, day: day)), text: text))
        default:
            return .failure(SpanError("\(quoted(text)) is not a date; \(expected)"))
        }
    }

    /// What marks a Hijri date in the config.
    static let hijriSuffix = " AH"

    /// "1447 AH" (the whole year), "1447-09 AH" (the whole month), "1447-09-01 AH" (a day).
    private static func parseHijri(_ text: String) -> Result<DateSpec, SpanError> {
        let expected = "write a Hijri year (\"1447 AH\"), month (\"1447-09 AH\") or day (\"1447-09-01 AH\")"
        let parts = text.dropLast(hijriSuffix.count).split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.map { part in part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) ? Int(part) : nil }
        guard (1...3).contains(parts.count), parts[0].count == 4, numbers.allSatisfy({ $0 != nil }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
            return .failure(SpanError("\(quoted(text)) is not a Hijri date; \(expected)"))
        }
        let year = numbers[0]!
        let value: DateSpec.Value
        let first: CivilDate
        do throws(HijriError) {
            switch parts.count {
            case 1:
                first = CivilDate(try HijriDate(year: year, month: 1, day: 1))
                value = .days(first: first, last: CivilDate(try HijriDate.lastDay(year: year, month: 12)))
            case 2:
                first = CivilDate(try HijriDate(year: year, month: numbers[1]!, day: 1))
                value = .days(first: first, last: CivilDate(try HijriDate.lastDay(year: year, month: numbers[1]!)))
            default:
                first = CivilDate(try HijriDate(year: year, month: numbers[1]!, day: numbers[2]!))
                value = .day(first)
            }
        } catch {
            return .failure(SpanError("\(quoted(text)) is not a Hijri date: \(error)"))
        }
        return checkYear(first.year).map { DateSpec(value, text: text) }
    }

    private static func checkYear(_ year: Int) -> Result<Void, SpanError> {
        years.contains(year) ? .success(()) : .failure(SpanError("year \(year) is out of range (\(years.lowerBound)-\(years.upperBound))"))
    }
}
