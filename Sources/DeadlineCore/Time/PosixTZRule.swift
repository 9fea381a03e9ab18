import CivilCalendar

/// A POSIX TZ string (POSIX.1-2017 section 8.3, with the extensions of RFC 8536 section 3.3.1):
/// the rule a TZif file's footer gives for instants after its last transition.
///
///     CET-1CEST,M3.5.0,M10.5.0/3      names, standard offset (west of UTC), start and end of DST
///     <+0330>-3:30                    quoted names; no daylight-saving time
///     IST-1GMT0,M10.5.0,M3.5.0/1      "negative" DST (Europe/Dublin): the daylight part is winter
///     IST-2IDT,M3.4.4/26,M10.5.0      a change at 26:00, i.e. 02:00 the next day
///     <-02>2<-01>,M3.5.0/-1,M10.5.0/0 a change at -1:00, i.e. 23:00 the day before
///
/// Offsets in the string count hours west of UTC (`-1` is an hour east); this type stores them
/// east of UTC, like everything else here.
struct PosixTZRule: Hashable, Sendable {
    /// Seconds east of UTC outside daylight-saving time.
    var standardOffset: Int
    /// Nil when the zone keeps one offset all year.
    var daylight: Daylight?

    struct Daylight: Hashable, Sendable {
        /// Seconds east of UTC during daylight-saving time.
        var offset: Int
        /// When it starts, in standard local time.
        var start: Change
        /// When it ends, in daylight local time.
        var end: Change
    }

    /// A day of the year and a time on it.
    struct Change: Hashable, Sendable {
        var day: Day
        /// Seconds after the local midnight that starts `day`; -167 h through 167 h.
        var time: Int
    }

    enum Day: Hashable, Sendable {
        /// `Jn`: day 1...365, never counting February 29.
        case julian(Int)
        /// `n`: day 0...365, counting February 29 in leap years.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday `d` of week `w` (1...5, 5 = the last) of month `m`.
        case monthWeekDay(month: Int, week: Int, weekday: Weekday)
    }

    /// POSIX's default for a TZ string that names a daylight time but gives no rule (the US rule,
    /// as glibc also assumes).
    static let defaultStart = Change(day: .monthWeekDay(month: 3, week: 2, weekday: .sunday), time: 7200)
    static let defaultEnd = Change(day: .monthWeekDay(month: 11, week: 1, weekday: .sunday), time: 7200)

    init(standardOffset: Int, daylight: Daylight? = nil) {
        self.standardOffset = standardOffset
        self.daylight = daylight
    }

    /// Nil when `text` is not a TZ string this reader understands (a damaged footer).
    init?(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init?(bytes: [UInt8]) {
        var parser = Parser(bytes: bytes)
        guard let rule = parser.rule() else { return nil }
        self = rule
    }

    // MARK: - Evaluation

    /// Gregorian dates repeat every 400 years, weekdays included (146,097 days are 20,871
    /// weeks), so the rule gives the same changes 400 years apart.
    static let cycleSeconds: Int64 = 146_097 * 86_400

    /// The UTC instants at which daylight-saving time starts and ends in `year` (nil without it).
    /// For a zone in the southern hemisphere (or with "negative" DST) the end comes first.
    func changes(in year: Int) -> (start: Int64, end: Int64)? {
        guard let daylight else { return nil }
        let start = Self.daysSinceEpoch(daylight.start.day, year: year) * 86_400 + Int64(daylight.start.time - standardOffset)
        let end = Self.daysSinceEpoch(daylight.end.day, year: year) * 86_400 + Int64(daylight.end.time - daylight.offset)
        return (start, end)
    }

    /// Seconds east of UTC at `seconds` since the epoch, computed from the rule alone.
    func offset(atEpochSeconds seconds: Int64) -> Int {
        guard let daylight else { return standardOffset }
        // Into 1970...2369 first, so that the year arithmetic below cannot overflow.
        let remainder = seconds % Self.cycleSeconds
        let reduced = remainder < 0 ? remainder + Self.cycleSeconds : remainder
        let year = CivilDateTime(utcSeconds: reduced).date.year
        // The latest change at or before the instant. A change may fall a week outside its
        // year (day 365 at 167:00), so two years back are looked at. An end and a start at the
        // same instant (DST all year) leave daylight time in force: the start is taken last.
        var latest: (time: Int64, isDaylight: Bool)?
        for candidateYear in (year - 2)...(year + 1) {
            guard let (start, end) = changes(in: candidateYear) else { continue }
            for (time, isDaylight) in [(end, false), (start, true)] where time <= reduced {
                if time >= (latest?.time ?? Int64.min) { latest = (time, isDaylight) }
            }
        }
        return latest?.isDaylight == true ? daylight.offset : standardOffset
    }

    /// Days since 1970-01-01 of the rule's day in `year`.
    static func daysSinceEpoch(_ day: Day, year: Int) -> Int64 {
        let january1 = CivilDate(year: year, month: 1, day: 1).daysSinceEpoch
        switch day {
        case .julian(let number):
            return january1 + Int64(number - 1) + (CivilDate.isLeap(year) && number >= 60 ? 1 : 0)
        case .zeroBased(let number):
            return january1 + Int64(number)
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilDate(year: year, month: month, day: 1)
            var day = 1 + (weekday.rawValue - first.weekday.rawValue + 7) % 7 + (week - 1) * 7
            let length = CivilDate.daysIn(year: year, month: month)
            while day > length { day -= 7 }
            return first.daysSinceEpoch + Int64(day - 1)
        }
    }

    // MARK: - Parsing

    /// Reads `std offset [dst [offset] [,start[/time],end[/time]]]`.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var next: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard next == byte else { return false }
            index += 1
            return true
        }

        mutating func rule() -> PosixTZRule? {
            guard name(), let standardWest = offset(maximumHours: 24) else { return nil }
            let standardOffset = -standardWest
            if next == nil { return PosixTZRule(standardOffset: standardOffset) }
            guard name() else { return nil }
            var daylightOffset = standardOffset + 3600
            if let byte = next, byte != UInt8(ascii: ",") {
                guard let west = offset(maximumHours: 24) else { return nil }
                daylightOffset = -west
            }
            var start = PosixTZRule.defaultStart
            var end = PosixTZRule.defaultEnd
            if take(UInt8(ascii: ",")) {
                guard let first = change(), take(UInt8(ascii: ",")), let second = change() else { return nil }
                start = first
                end = second
            }
            guard next == nil else { return nil }
            return PosixTZRule(
                standardOffset: standardOffset,
                daylight: Daylight(offset: daylightOffset, start: start, end: end))
        }

        /// `CET` (three or more letters) or `<+0330>` (three or more letters, digits, '+', '-').
        mutating func name() -> Bool {
            let isQuoted = take(UInt8(ascii: "<"))
            let start = index
            while let byte = next, Self.isLetter(byte) || (isQuoted && (Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"))) {
                index += 1
            }
            let length = index - start
            if isQuoted, !take(UInt8(ascii: ">")) { return false }
            return length >= 3
        }

        /// `[+|-]hh[:mm[:ss]]` in seconds, hours at most `maximumHours`.
        mutating func offset(maximumHours: Int) -> Int? {
            var sign = 1
            if take(UInt8(ascii: "-")) { sign = -1 } else { _ = take(UInt8(ascii: "+")) }
            guard let hours = number(maximumDigits: 3), hours <= maximumHours else { return nil }
            var seconds = hours * 3600
            if take(UInt8(ascii: ":")) {
                guard let minutes = number(maximumDigits: 2), minutes <= 59 else { return nil }
                seconds += minutes * 60
                if take(UInt8(ascii: ":")) {
                    guard let extra = number(maximumDigits: 2), extra <= 59 else { return nil }
                    seconds += extra
                }
            }
            return sign * seconds
        }

        /// `date[/time]`; the time defaults to 02:00 and may lie outside 0...24 h (RFC 8536).
        mutating func change() -> Change? {
            guard let day = day() else { return nil }
            var time = 7200
            if take(UInt8(ascii: "/")) {
                guard let given = offset(maximumHours: 167) else { return nil }
                time = given
            }
            return Change(day: day, time: time)
        }

        mutating func day() -> Day? {
            if take(UInt8(ascii: "J")) {
                guard let number = number(maximumDigits: 3), (1...365).contains(number) else { return nil }
                return .julian(number)
            }
            if take(UInt8(ascii: "M")) {
                guard let month = number(maximumDigits: 2), (1...12).contains(month), take(UInt8(ascii: ".")),
                      let week = number(maximumDigits: 1), (1...5).contains(week), take(UInt8(ascii: ".")),
                      let posixWeekday = number(maximumDigits: 1), (0...6).contains(posixWeekday)
                else { return nil }
                // POSIX counts Sunday as 0.
                let weekday = Weekday(rawValue: posixWeekday == 0 ? 7 : posixWeekday)!
                return .monthWeekDay(month: month, week: week, weekday: weekday)
            }
            guard let number = number(maximumDigits: 3), (0...365).contains(number) else { return nil }
            return .zeroBased(number)
        }

        /// One to `maximumDigits` decimal digits.
        mutating func number(maximumDigits: Int) -> Int? {
            var value = 0
            var digits = 0
            while let byte = next, Self.isDigit(byte) {
                digits += 1
                guard digits <= maximumDigits else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                index += 1
            }
            return digits > 0 ? value : nil
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }

        static func isDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }
}
