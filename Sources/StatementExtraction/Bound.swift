import CivilCalendar
import Hijri
import TextWriting

/// A time limit attached to a commitment, as the statement words it.
public struct Bound: Sendable, Equatable, Hashable {
    /// How the date limits the commitment. The raw values are the config's key names.
    public enum Kind: String, Sendable, CaseIterable {
        /// "خلال 12 شهراً", "within 12 months": a span from the date of issue.
        case within
        /// "في موعد أقصاه", "على ألا تتجاوز", "no later than".
        case noLaterThan = "no_later_than"
        /// "ستستمر حتى", "until": the commitment holds up to this date.
        case until
        /// "بحلول", "by".
        case deadline
        /// "قبل", "before": strictly before the date.
        case before
        /// "اعتباراً من", "starting from": a start, not a limit.
        case from
    }

    public var kind: Kind
    public var value: BoundValue

    public init(kind: Kind, value: BoundValue) {
        self.kind = kind
        self.value = value
    }

    /// The last day the bound allows (for `from`, the first day it starts), given the date of
    /// issue for spans. Nil when a span has no issue date to count from.
    public func bindingDay(issued: CivilDate?) -> CivilDate? {
        switch (kind, value) {
        case (_, .span(let count, let unit)):
            guard let issued else { return nil }
            switch unit {
            case .days: return issued.stated(addingDays: count)
            case .weeks: return issued.stated(addingDays: count * 7)
            case .months: return issued.stated(addingMonths: count)
            case .years: return issued.stated(addingMonths: count * 12)
            }
        case (.from, .year(let y)): return CivilDate(statedYear: y, month: 1, day: 1)
        case (.from, .month(let y, let m)): return CivilDate(statedYear: y, month: m, day: 1)
        case (.before, .year(let y)): return CivilDate(statedYear: y - 1, month: 12, day: 31)
        case (.before, .month(let y, let m)):
            return CivilDate(statedYear: y, month: m, day: 1)?.stated(addingDays: -1)
        case (.before, .day(let d)): return d.stated(addingDays: -1)
        case (_, .year(let y)): return CivilDate(statedYear: y, month: 12, day: 31)
        case (_, .month(let y, let m)): return CivilDate.statedLastDay(year: y, month: m)
        case (_, .day(let d)): return d
        case (.from, .hijriYear(let y)): return Self.gregorian(try? HijriDate(year: y, month: 1, day: 1))
        case (.from, .hijriMonth(let y, let m)): return Self.gregorian(try? HijriDate(year: y, month: m, day: 1))
        case (.before, .hijriYear(let y)): return Self.gregorian(try? HijriDate(year: y, month: 1, day: 1))?.stated(addingDays: -1)
        case (.before, .hijriMonth(let y, let m)):
            return Self.gregorian(try? HijriDate(year: y, month: m, day: 1))?.stated(addingDays: -1)
        case (.before, .hijriDay(let d)): return Self.gregorian(d)?.stated(addingDays: -1)
        case (_, .hijriYear(let y)): return Self.gregorian(try? HijriDate.lastDay(year: y, month: 12))
        case (_, .hijriMonth(let y, let m)): return Self.gregorian(try? HijriDate.lastDay(year: y, month: m))
        case (_, .hijriDay(let d)): return Self.gregorian(d)
        }
    }

    /// The Gregorian day of a Hijri one (both count days from 1970-01-01); nil for a Hijri date
    /// the Umm al-Qura table does not have.
    private static func gregorian(_ hijri: HijriDate?) -> CivilDate? {
        hijri.map { CivilDate(daysSinceEpoch: Int64($0.dayNumber)) }
    }
}

/// The date part of a bound, at the precision and in the calendar the statement gives: a Hijri
/// month stays a Hijri month ("نهاية جمادى الآخرة 1448هـ" is "1448-06 AH"), which the config reads
/// on the same Umm al-Qura table.
public enum BoundValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case span(count: Int, unit: SpanUnit)
    case year(Int)
    case month(year: Int, month: Int)
    case day(CivilDate)
    case hijriYear(Int)
    case hijriMonth(year: Int, month: Int)
    case hijriDay(HijriDate)

    /// The config's spelling: "12 months", "2030", "2025-09", "2025-09-27", "1448 AH",
    /// "1448-06 AH", "1447-09-01 AH".
    public var description: String {
        switch self {
        case .span(let count, let unit): return "\(count) \(unit.rawValue)"
        case .year(let y): return Digits.padded(y, 4)
        case .month(let y, let m): return Digits.padded(y, 4) + "-" + Digits.padded(m, 2)
        case .day(let d): return d.description
        case .hijriYear(let y): return Digits.padded(y, 4) + " AH"
        case .hijriMonth(let y, let m): return Digits.padded(y, 4) + "-" + Digits.padded(m, 2) + " AH"
        case .hijriDay(let d): return d.description
        }
    }
}

public enum SpanUnit: String, Sendable, CaseIterable {
    case days, weeks, months, years
}
