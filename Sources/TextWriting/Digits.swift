/// Integers as text: decimal (optionally zero-padded to a width) and hexadecimal. The one way
/// the project writes a number, from dates and offsets to alert ids and error messages.
public enum Digits {
    /// `value` in decimal with at least `width` digits, zeros in front; a minus sign first when
    /// negative (`-0042` for -42 at width 4).
    @inlinable
    public static func write<Sink: ByteSink>(_ value: Int64, width: Int = 1, to sink: inout Sink) {
        if value < 0 { sink.append(UInt8(ascii: "-")) }
        // The digits lowest first into a buffer on the stack, each one division by the constant
        // 10 (a multiplication once compiled), then out highest first.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = value.magnitude
            var start = 20
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            var padding = width - (20 - start)
            while padding > 0 {
                sink.append(UInt8(ascii: "0"))
                padding -= 1
            }
            for position in start..<20 { sink.append(buffer[position]) }
        }
    }

    @inlinable
    public static func write<Sink: ByteSink>(_ value: Int, width: Int = 1, to sink: inout Sink) {
        write(Int64(value), width: width, to: &sink)
    }

    /// `value` in decimal, zero-padded to `width` digits: `padded(7, 2)` is `07`.
    public static func padded(_ value: Int, _ width: Int) -> String {
        String { write(value, width: width, to: &$0) }
    }

    /// The low `width` hex digits of `value` (`width` 16 writes all of them), lowercase unless
    /// asked otherwise.
    @inlinable
    public static func writeHex<Sink: ByteSink>(_ value: UInt64, width: Int, uppercase: Bool = false, to sink: inout Sink) {
        let letters = uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")
        for shift in stride(from: 4 * (width - 1), through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: (value >> UInt64(shift)) & 0xf)
            sink.append(digit < 10 ? UInt8(ascii: "0") + digit : letters + digit - 10)
        }
    }

    /// `value` in hex with at least `width` digits: `hex(0xa0, 4, uppercase: true)` is `00A0`.
    public static func hex(_ value: UInt64, _ width: Int = 1, uppercase: Bool = false) -> String {
        var digits = 1
        while digits < 16, value >> UInt64(4 * digits) != 0 { digits += 1 }
        return String { writeHex(value, width: max(width, digits), uppercase: uppercase, to: &$0) }
    }
}
