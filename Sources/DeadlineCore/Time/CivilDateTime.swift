import CivilCalendar
import TextWriting

/// A date and a wall-clock time with no zone, to the second.
public struct CivilDateTime: Hashable, Comparable, Sendable {
    public var date: CivilDate
    /// Seconds since the start of the day, 0 ..< 86_400.
    public var secondOfDay: Int

    public init(date: CivilDate, secondOfDay: Int = 0) {
        self.date = date
        self.secondOfDay = secondOfDay
    }

    public init(date: CivilDate, hour: Int, minute: Int, second: Int) {
        self.init(date: date, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    /// The civil date-time that `seconds` since the epoch read as if the zone were UTC.
    public init(utcSeconds seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.init(date: CivilDate(daysSinceEpoch: days), secondOfDay: Int(seconds - days * 86_400))
    }

    /// Seconds since the epoch if this wall-clock time were UTC.
    public var utcSeconds: Int64 { date.daysSinceEpoch * 86_400 + Int64(secondOfDay) }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.secondOfDay) < (rhs.date, rhs.secondOfDay)
    }

    /// `2025-09-27T23:59:00`
    public var isoString: String {
        String { writeISO(to: &$0) }
    }

    /// `2025-09-27T23:59:00`, into any sink.
    func writeISO<Sink: ByteSink>(to sink: inout Sink) {
        date.write(to: &sink)
        sink.append(UInt8(ascii: "T"))
        Digits.write(hour, width: 2, to: &sink)
        sink.append(UInt8(ascii: ":"))
        Digits.write(minute, width: 2, to: &sink)
        sink.append(UInt8(ascii: ":"))
        Digits.write(second, width: 2, to: &sink)
    }
}
