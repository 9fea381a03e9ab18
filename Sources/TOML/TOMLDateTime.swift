import TextWriting

/// A calendar date with no time zone (`1979-05-27`). Always a valid proleptic Gregorian date.
///
/// The fields are stored in 32 bits each at most (TOML years have four digits), so that a
/// date-time value, and with it every `TOMLValue`, stays small.
public struct TOMLLocalDate: Hashable, Sendable, CustomStringConvertible {
    private var storedYear: Int32
    private var storedMonth: UInt8
    private var storedDay: UInt8

    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(truncatingIfNeeded: newValue) }
    }
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = UInt8(truncatingIfNeeded: newValue) }
    }
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = UInt8(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    public init(year: Int, month: Int, day: Int) {
        self.storedYear = Int32(truncatingIfNeeded: year)
        self.storedMonth = UInt8(truncatingIfNeeded: month)
        self.storedDay = UInt8(truncatingIfNeeded: day)
    }

    public var description: String {
        var buffer = ASCIIBuffer()
        buffer.appendDate(self)
        return buffer.string
    }
}

/// A time of day with no date and no zone (`07:32:00.999`). Fractions are kept to the nanosecond.
public struct TOMLLocalTime: Hashable, Sendable, CustomStringConvertible {
    private var storedNanosecond: Int32
    private var storedHour: UInt8
    private var storedMinute: UInt8
    private var storedSecond: UInt8

    public var hour: Int {
        get { Int(storedHour) }
        set { storedHour = UInt8(truncatingIfNeeded: newValue) }
    }
    public var minute: Int {
        get { Int(storedMinute) }
        set { storedMinute = UInt8(truncatingIfNeeded: newValue) }
    }
    public var second: Int {
        get { Int(storedSecond) }
        set { storedSecond = UInt8(truncatingIfNeeded: newValue) }
    }
    public var nanosecond: Int {
        get { Int(storedNanosecond) }
        set { storedNanosecond = Int32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.storedNanosecond = Int32(truncatingIfNeeded: nanosecond)
        self.storedHour = UInt8(truncatingIfNeeded: hour)
        self.storedMinute = UInt8(truncatingIfNeeded: minute)
        self.storedSecond = UInt8(truncatingIfNeeded: second)
    }

    public var description: String {
        var buffer = ASCIIBuffer()
        buffer.appendTime(self)
        return buffer.string
    }
}

/// A date and time with no zone (`1979-05-27T07:32:00`).
public struct TOMLLocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: TOMLLocalDate
    public var time: TOMLLocalTime

    public init(date: TOMLLocalDate, time: TOMLLocalTime) {
        self.date = date
        self.time = time
    }

    public var description: String {
        var buffer = ASCIIBuffer()
        buffer.appendDate(date)
        buffer.append(UInt8(ascii: "T"))
        buffer.appendTime(time)
        return buffer.string
    }
}

/// A date and time at a UTC offset (`1979-05-27T00:32:00-07:00`, `...Z`).
public struct TOMLOffsetDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: TOMLLocalDate
    public var time: TOMLLocalTime
    private var storedOffsetMinutes: Int32

    /// Minutes east of UTC (`-07:00` is -420; `Z` is 0).
    public var offsetMinutes: Int {
        get { Int(storedOffsetMinutes) }
        set { storedOffsetMinutes = Int32(truncatingIfNeeded: newValue) }
    }

    @inline(__always)
    public init(date: TOMLLocalDate, time: TOMLLocalTime, offsetMinutes: Int) {
        self.date = date
        self.time = time
        self.storedOffsetMinutes = Int32(truncatingIfNeeded: offsetMinutes)
    }

    public var description: String {
        var buffer = ASCIIBuffer()
        buffer.appendDate(date)
        buffer.append(UInt8(ascii: "T"))
        buffer.appendTime(time)
        if offsetMinutes == 0 {
            buffer.append(UInt8(ascii: "Z"))
        } else {
            buffer.append(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = abs(offsetMinutes)
            buffer.appendPadded(magnitude / 60, width: 2)
            buffer.append(UInt8(ascii: ":"))
            buffer.appendPadded(magnitude % 60, width: 2)
        }
        return buffer.string
    }
}

/// A fixed buffer for the text of a date or time (at most 35 bytes: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn+HH:MM`),
/// turned into a `String` once: the descriptions are asked for once per deadline of a config.
struct ASCIIBuffer: ByteSink {
    private var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
    private var count = 0

    mutating func append(_ byte: UInt8) {
        guard count < 48 else { return }
        withUnsafeMutableBytes(of: &bytes) { $0[count] = byte }
        count += 1
    }

    @inline(__always)
    mutating func appendPadded(_ value: Int, width: Int) {
        Digits.write(value, width: width, to: &self)
    }

    mutating func appendDate(_ date: TOMLLocalDate) {
        appendPadded(date.year, width: 4)
        append(UInt8(ascii: "-"))
        appendPadded(date.month, width: 2)
        append(UInt8(ascii: "-"))
        appendPadded(date.day, width: 2)
    }

    mutating func appendTime(_ time: TOMLLocalTime) {
        appendPadded(time.hour, width: 2)
        append(UInt8(ascii: ":"))
        appendPadded(time.minute, width: 2)
        append(UInt8(ascii: ":"))
        appendPadded(time.second, width: 2)
        var fraction = time.nanosecond
        if fraction != 0 {
            append(UInt8(ascii: "."))
            var width = 9
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            appendPadded(fraction, width: width)
        }
    }

    var string: String {
        var copy = bytes
        let count = count
        return withUnsafeBytes(of: &copy) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
}
