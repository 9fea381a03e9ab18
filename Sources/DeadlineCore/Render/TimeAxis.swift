import CivilCalendar

/// The ticks of a time axis: the finest calendar step (days, weeks, months, years, decades,
/// centuries) whose labels still fit side by side in the width, placed on the config zone's
/// calendar boundaries (midnight, Mondays, the first of a month, the first of January).
public struct TimeAxis: Sendable {
    public struct Tick: Sendable, Equatable {
        public var instant: Instant
        /// "2025-03-05" for days and weeks, "2025-03" for months, "2025" for years.
        public var label: String
    }

    /// A calendar step and the label its ticks carry.
    enum Step: Sendable, Equatable {
        case days(Int)
        /// Every Monday.
        case weeks
        case months(Int)
        case years(Int)

        /// Characters of a label at this step.
        var labelLength: Int {
            switch self {
            case .days, .weeks: 10
            case .months: 7
            case .years: 4
            }
        }

        static let candidates: [Step] = [
            .days(1), .days(2), .weeks, .months(1), .months(3), .months(6),
            .years(1), .years(2), .years(5), .years(10), .years(20), .years(50), .years(100), .years(200), .years(500),
        ]
    }

    public let start: Instant
    public let end: Instant
    public let ticks: [Tick]
    let step: Step

    /// Ticks for `start...end` drawn `width` units wide, labels `characterWidth` units per character.
    public init(start: Instant, end: Instant, zone: Zone, width: Double, characterWidth: Double) {
        self.start = start
        self.end = end
        let seconds = max(Double(end.seconds - start.seconds), 1)
        let days = seconds / 86_400
        var chosen = Step.candidates[Step.candidates.count - 1]
        for step in Step.candidates {
            // A label plus the space of four characters between labels.
            let room = Double(step.labelLength + 4) * characterWidth
            let approximateDays: Double = switch step {
            case .days(let n): Double(n)
            case .weeks: 7
            case .months(let n): Double(n) * 28
            case .years(let n): Double(n) * 365
            }
            if width * approximateDays / days >= room {
                chosen = step
                break
            }
        }
        step = chosen
        ticks = Self.ticks(step: chosen, start: start, end: end, zone: zone)
    }

    /// The instants of `step` within `start...end`, on the zone's calendar.
    static func ticks(step: Step, start: Instant, end: Instant, zone: Zone) -> [Tick] {
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
                ticks.append(Tick(instant: instant, label: label))
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
}
