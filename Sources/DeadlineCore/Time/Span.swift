import CivilCalendar

/// A length of time as people write it: calendar months and days, plus exact seconds.
///
/// "90d" before a deadline means the same wall-clock time 90 calendar days earlier, not
/// 90 × 86 400 seconds: across a daylight-saving change the two differ by an hour.
/// Hours and minutes are exact durations.
public struct Span: Hashable, Sendable {
    public var months: Int
    public var days: Int
    public var seconds: Int64

    public init(months: Int = 0, days: Int = 0, seconds: Int64 = 0) {
        self.months = months
        self.days = days
        self.seconds = seconds
    }

    public var isZero: Bool { months == 0 && days == 0 && seconds == 0 }

    /// A rough length in seconds, for ordering and for estimating repeat counts only.
    public var approximateSeconds: Int64 {
        Int64(months) * 2_629_746 + Int64(days) * 86_400 + seconds
    }

    /// `count` times this span.
    public func times(_ count: Int) -> Span {
        Span(months: months * count, days: days * count, seconds: seconds * Int64(count))
    }

    /// The instant this span after `instant` (before it when `forward` is false), on `zone`'s calendar.
    public func moving(_ instant: Instant, in zone: Zone, forward: Bool = true) -> Instant {
        let sign = forward ? 1 : -1
        var result = instant
        if months != 0 {
            var local = zone.civil(at: instant)
            local.date = local.date.adding(months: sign * months).adding(days: sign * days)
            result = zone.instant(of: local)
        } else if days != 0 {
            // Every civil day has 86,400 wall-clock seconds: whole days move the wall-clock
            // reading, with no calendar date worked out (a large config moves many deadlines).
            let wall = instant.seconds + Int64(zone.offset(atEpochSeconds: instant.seconds)) + Int64(sign * days) * 86_400
            result = zone.instant(ofWall: wall)
        }
        return result.adding(seconds: Int64(sign) * seconds)
    }
}

/// A span together with the text it was written as, so that messages and alert ids
/// say "30d" exactly as the config does.
public struct WrittenSpan: Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }

    public var description: String { text }
}
