import CivilCalendar
import Hijri

/// The ticks of a time axis, on the calendar the config shows dates in: the finest step (days,
/// weeks, months, years, decades, centuries) whose labels still fit side by side in the width,
/// placed on the config zone's calendar boundaries (midnight, Mondays, the first of a month or
/// of a year: 1 January, or 1 Muharram on the Umm al-Qura calendar).
///
/// `calendar = "both"` gives two rows: the Gregorian ticks, and the Hijri ticks under them at
/// their own month and year starts, each row with the step that fits its own labels (a Gregorian
/// month and a Hijri month do not start on the same day, so one label under the other would
/// name a day the tick is not on). Where the range leaves the Umm al-Qura table (before
/// 1924-08-01 or after 2077-11-16) the Hijri row has no ticks, and `calendar = "hijri"` is drawn
/// as `both`, so that no part of the axis goes unlabelled.
public struct TimeAxis: Sendable {
    public struct Tick: Sendable, Equatable {
        public var instant: Instant
        /// Gregorian: "2025-03-05" for days and weeks, "2025-03" for months, "2025" for years.
        /// Hijri: "5 رجب 1447", "رجب 1447", "1447 هـ" (English: "5 Rajab 1447", "Rajab 1447", "1447 AH").
        /// Digits as the wording writes them.
        public var label: String
    }

    /// A calendar step.
    enum Step: Sendable, Equatable {
        case days(Int)
        /// Every Monday.
        case weeks
        case months(Int)
        case years(Int)

        /// Roughly how many days apart its ticks are, to skip steps that cannot fit.
        var approximateDays: Double {
            switch self {
            case .days(let n): Double(n)
            case .weeks: 7
            case .months(let n): Double(n) * 29
            case .years(let n): Double(n) * 354
            }
        }

        static let candidates: [Step] = [
            .days(1), .days(2), .weeks, .months(1), .months(3), .months(6),
            .years(1), .years(2), .years(5), .years(10), .years(20), .years(50), .years(100), .years(200), .years(500),
        ]
    }

    enum Calendar: Sendable { case gregorian, hijri }

    public let start: Instant
    public let end: Instant
    /// The main row: its ticks are the grid lines of the picture.
    public let ticks: [Tick]
    /// The Hijri row under the Gregorian one (`calendar = "both"`), empty otherwise.
    public let secondTicks: [Tick]

    /// Ticks for `start...end` drawn `width` units wide, labels `characterWidth` units per character.
    public init(start: Instant, end: Instant, zone: Zone, width: Double, characterWidth: Double, wording: Wording = .english) {
        self.start = start
        self.end = end
        let firstDay = zone.civil(at: start).date
        let lastDay = zone.civil(at: end).date
        let hijriCovers = firstDay.hijri != nil && lastDay.hijri != nil
        let main: Calendar = wording.calendar == .hijri && hijriCovers ? .hijri : .gregorian
        ticks = Self.fitting(main, start: start, end: end, zone: zone, width: width, characterWidth: characterWidth, wording: wording)
        secondTicks = wording.calendar != .gregorian && main == .gregorian
            ? Self.fitting(.hijri, start: start, end: end, zone: zone, width: width, characterWidth: characterWidth, wording: wording)
            : []
    }

    /// The finest step whose neighbouring labels keep four characters between them.
    static func fitting(
        _ calendar: Calendar, start: Instant, end: Instant, zone: Zone, width: Double, characterWidth: Double, wording: Wording
    ) -> [Tick] {
        let scale = width / max(Double(end.seconds - start.seconds), 1)
        let days = max(Double(end.seconds - start.seconds), 1) / 86_400
        // No label is narrower than four characters ("2025"), plus the room between labels.
        let narrowest = 8 * characterWidth
        for step in Step.candidates where width * step.approximateDays / days >= narrowest {
            let ticks = self.ticks(step: step, calendar: calendar, start: start, end: end, zone: zone, wording: wording)
            let fits = zip(ticks, ticks.dropFirst()).allSatisfy { left, right in
                let room = (Double(left.label.count + right.label.count) / 2 + 4) * characterWidth
                return Double(right.instant.seconds - left.instant.seconds) * scale >= room
            }
            if fits { return ticks }
        }
        return ticks(step: Step.candidates[Step.candidates.count - 1], calendar: calendar, start: start, end: end, zone: zone, wording: wording)
    }

    /// The instants of `step` within `start...end`, on the zone's calendar.
    static func ticks(step: Step, calendar: Calendar, start: Instant, end: Instant, zone: Zone, wording: Wording) -> [Tick] {
        switch calendar {
        case .gregorian: gregorianTicks(step: step, start: start, end: end, zone: zone, wording: wording)
        case .hijri: hijriTicks(step: step, start: start, end: end, zone: zone, wording: wording)
        }
    }

    static func gregorianTicks(step: Step, start: Instant, end: Instant, zone: Zone, wording: Wording) -> [Tick] {
        let first = zone.civil(at: start).date
        var date: CivilDate
        switch step {
        case .days(let n):
            date = first
            while date.daysSinceEpoch % Int64(n) != 0 { date = date.adding(days: 1) }
        case .weeks:
            date = first
            while date.weekday != .monday { date = date.adding(days: 1) }
        case .months(let n):
            date = CivilDate(year: first.year, month: first.month, day: 1)
            while (date.month - 1) % n != 0 { date = date.adding(months: 1) }
        case .years(let n):
            let year = first.year + (n - ((first.year % n) + n) % n) % n
            date = CivilDate(year: year, month: 1, day: 1)
        }
        var ticks: [Tick] = []
        while true {
            let instant = zone.startOfDay(date)
            if instant > end { break }
            if instant >= start {
                let text = date.description
                let label = switch step {
                case .days, .weeks: text
                case .months: String(text.prefix(7))
                case .years: String(text.prefix(4))
                }
                ticks.append(Tick(instant: instant, label: wording.digits(in: label)))
            }
            switch step {
            case .days(let n): date = date.adding(days: n)
            case .weeks: date = date.adding(days: 7)
            case .months(let n): date = date.adding(months: n)
            case .years(let n): date = CivilDate(year: date.year + n, month: 1, day: 1)
            }
        }
        return ticks
    }

    /// Days and weeks fall where the Gregorian ones do, labelled with their Hijri day; months and
    /// years start on the Umm al-Qura table's month starts. Only days inside the table get a tick.
    static func hijriTicks(step: Step, start: Instant, end: Instant, zone: Zone, wording: Wording) -> [Tick] {
        let names = wording.language == .ar ? HijriMonth.arabicNames : HijriMonth.englishNames
        switch step {
        case .days, .weeks:
            return gregorianTicks(step: step, start: start, end: end, zone: zone, wording: .english).compactMap { gregorian in
                guard let hijri = zone.civil(at: gregorian.instant).date.hijri else { return nil }
                return Tick(instant: gregorian.instant, label: wording.digits(in: "\(hijri.day) \(names[hijri.month - 1]) \(hijri.year)"))
            }
        case .months, .years:
            let firstDay = zone.civil(at: start).date
            let tableStart = HijriDate.supportedYears.lowerBound
            guard let first = firstDay.hijri ?? (firstDay.daysSinceEpoch < Int64(HijriDate.supportedDayNumbers.lowerBound)
                ? try? HijriDate(year: tableStart, month: 1, day: 1) : nil) else { return [] }
            let yearMark = wording.language == .ar ? " هـ" : " AH"
            var (year, month) = (first.year, first.month)
            var ticks: [Tick] = []
            // Month by month until the end of the range or of the table.
            while let monthStart = try? HijriDate(year: year, month: month, day: 1) {
                let instant = zone.startOfDay(CivilDate(monthStart))
                if instant > end { break }
                let onStep = switch step {
                case .months(let n): (month - 1) % n == 0
                case .years(let n): month == 1 && year % n == 0
                case .days, .weeks: false
                }
                if onStep, instant >= start {
                    let label = if case .years = step { "\(year)\(yearMark)" } else { "\(names[month - 1]) \(year)" }
                    ticks.append(Tick(instant: instant, label: wording.digits(in: label)))
                }
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
            return ticks
        }
    }
}
