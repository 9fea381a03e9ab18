import CivilCalendar

/// RFC 3339 dates and times as TOML 1.0 allows them: offset date-times, local date-times,
/// local dates and local times.
///
/// Fields are range-checked against the real calendar (2024-02-29 exists, 2025-02-29 does not).
/// Seconds run 00–60: RFC 3339 allows a leap second, and without a leap-second table the parser
/// cannot tell which minutes have one, so `:60` is accepted everywhere. Fractions keep nine
/// digits (nanoseconds); further digits are dropped, not rounded.
extension Parser {
    /// At `YYYY-`: a local date, optionally followed by a time (after `T`, `t` or a space) and
    /// an offset (`Z`, `z`, `+HH:MM`, `-HH:MM`).
    mutating func parseDateOrDateTime() throws(TOMLError) -> TOMLValue {
        let start = pos
        let year = try fixedDigits(4, "the year", start: start)
        try expectSeparator(UInt8(ascii: "-"), start: start)
        let monthOffset = pos
        let month = try fixedDigits(2, "the month", start: start)
        try expectSeparator(UInt8(ascii: "-"), start: start)
        let dayOffset = pos
        let day = try fixedDigits(2, "the day", start: start)
        // Built only for a message: most documents have no bad date, and many good ones.
        var text: String { String(decoding: self.text[start..<dayOffset + 2], as: UTF8.self) }
        guard (1...12).contains(month) else {
            throw error("invalid date \(text): there is no month \(month)", at: monthOffset)
        }
        let monthLength = CivilDate.daysIn(year: year, month: month)
        guard day != 0 else {
            throw error("invalid date \(text): days start at 01", at: dayOffset)
        }
        guard day <= monthLength else {
            throw error(
                "invalid date \(text): \(CivilDate.monthName(month)) \(year) has \(monthLength) days",
                at: dayOffset)
        }
        let date = TOMLLocalDate(year: year, month: month, day: day)

        let separator = peek()
        let hasTime =
            separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || separator == UInt8(ascii: " ") && isDigit(peek(1)) && isDigit(peek(2)) && peek(3) == UInt8(ascii: ":")
        guard hasTime else { return .localDate(date) }
        pos += 1
        let time = try parseTime()

        switch peek() {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            pos += 1
            return .offsetDateTime(TOMLOffsetDateTime(date: date, time: time, offsetMinutes: 0))
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = peek() == UInt8(ascii: "-") ? -1 : 1
            let offsetStart = pos
            pos += 1
            let hours = try fixedDigits(2, "the offset hours", start: offsetStart)
            try expectSeparator(UInt8(ascii: ":"), start: offsetStart)
            let minutes = try fixedDigits(2, "the offset minutes", start: offsetStart)
            guard hours <= 23, minutes <= 59 else {
                throw error("invalid UTC offset \(timeText(from: offsetStart)): hours run 00–23, minutes 00–59", at: offsetStart)
            }
            let offset = sign * (hours * 60 + minutes)
            return .offsetDateTime(TOMLOffsetDateTime(date: date, time: time, offsetMinutes: offset))
        default:
            return .localDateTime(TOMLLocalDateTime(date: date, time: time))
        }
    }

    /// At `HH:`: `HH:MM:SS` with an optional fraction.
    mutating func parseTime() throws(TOMLError) -> TOMLLocalTime {
        let start = pos
        let hour = try fixedDigits(2, "the hour", start: start)
        try expectSeparator(UInt8(ascii: ":"), start: start)
        let minuteOffset = pos
        let minute = try fixedDigits(2, "the minute", start: start)
        try expectSeparator(UInt8(ascii: ":"), start: start)
        let secondOffset = pos
        let second = try fixedDigits(2, "the second", start: start)
        guard hour <= 23 else {
            throw error("invalid time \(timeText(from: start)): hours run 00–23", at: start)
        }
        guard minute <= 59 else {
            throw error("invalid time \(timeText(from: start)): minutes run 00–59", at: minuteOffset)
        }
        guard second <= 60 else {
            throw error("invalid time \(timeText(from: start)): seconds run 00–60", at: secondOffset)
        }
        var nanosecond = 0
        if peek() == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(peek()) else {
                throw error("expected digits after the decimal point in the seconds, found \(describeCurrent())", at: pos)
            }
            var digits = 0
            while isDigit(peek()) {
                if digits < 9 {
                    nanosecond = nanosecond * 10 + Int(peek() - UInt8(ascii: "0"))
                    digits += 1
                }
                pos += 1
            }
            while digits < 9 {
                nanosecond *= 10
                digits += 1
            }
        }
        return TOMLLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// Exactly `count` decimal digits.
    private mutating func fixedDigits(_ count: Int, _ field: String, start: Int) throws(TOMLError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard isDigit(peek()) else {
                throw error(
                    "invalid date or time `\(timeText(from: start))`: expected \(count) digits for \(field), found \(describeCurrent())",
                    at: pos)
            }
            value = value * 10 + Int(peek() - UInt8(ascii: "0"))
            pos += 1
        }
        return value
    }

    private mutating func expectSeparator(_ separator: UInt8, start: Int) throws(TOMLError) {
        guard peek() == separator else {
            throw error(
                "invalid date or time `\(timeText(from: start))`: expected '\(Character(Unicode.Scalar(separator)))', found \(describeCurrent())",
                at: pos)
        }
        pos += 1
    }

    /// The date/time-like text from `start` (digits and `-:.TZtz+`), for messages (at most 40
    /// characters).
    private func timeText(from start: Int) -> String {
        var end = start
        while end < text.count {
            switch text[end] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "."),
                UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "Z"), UInt8(ascii: "z"), UInt8(ascii: "+"):
                end += 1
            default:
                return excerpt(text[start..<end])
            }
        }
        return excerpt(text[start..<end])
    }
}
