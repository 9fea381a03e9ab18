/// Fixed-point decimal text for a `Double`, digit for digit what printf writes.
///
/// The alert log has always written `sent_at` with printf's "%.6f"; lines written before and
/// after must not differ. printf rounds the exact binary value of the double (not its shortest
/// decimal form) to the nearest millionth, halfway cases to even, and so does this.
enum FixedPoint {
    /// `String(format: "%.6f", value)`.
    static func sixDecimals(_ value: Double) -> String {
        if value.isNaN { return value.sign == .minus ? "-nan" : "nan" }
        let sign = value.sign == .minus ? "-" : ""
        if value.isInfinite { return sign + "inf" }
        // value = significand * 2^exponent exactly.
        let bits = value.magnitude.bitPattern
        let biased = Int(bits >> 52)
        let fraction = bits & (1 << 52 - 1)
        let significand = biased == 0 ? fraction : fraction | 1 << 52
        let exponent = (biased == 0 ? 1 : biased) - 1075
        if exponent >= 0 {
            // A whole number, possibly of hundreds of digits.
            return sign + integerDigits(significand, shiftedBy: exponent) + ".000000"
        }
        // Millionths: significand * 10^6 / 2^-exponent, rounded to nearest, ties to even. The
        // product is below 2^73; past a shift of 74 bits it rounds to zero.
        let scaled = UInt128(significand) * 1_000_000
        let shift = -exponent
        var millionths: UInt128 = 0
        if shift < 100 {
            let quotient = scaled >> shift
            let remainder = scaled - quotient << shift
            let half = UInt128(1) << (shift - 1)
            millionths = quotient + (remainder > half || (remainder == half && quotient & 1 == 1) ? 1 : 0)
        }
        let whole = UInt64(millionths / 1_000_000)
        let part = String(UInt64(millionths % 1_000_000))
        return sign + String(whole) + "." + String(repeating: "0", count: 6 - part.count) + part
    }

    /// Decimal digits of `significand * 2^shift`, by long division on 32-bit limbs.
    private static func integerDigits(_ significand: UInt64, shiftedBy shift: Int) -> String {
        var limbs = [UInt32](repeating: 0, count: shift / 32)
        var wide = UInt128(significand) << (shift % 32)
        while wide > 0 {
            limbs.append(UInt32(truncatingIfNeeded: wide))
            wide >>= 32
        }
        while limbs.last == 0 { limbs.removeLast() }
        if limbs.isEmpty { return "0" }
        // Groups of nine digits, least significant first.
        var groups: [UInt32] = []
        while !limbs.isEmpty {
            var remainder: UInt64 = 0
            for index in limbs.indices.reversed() {
                let current = remainder << 32 | UInt64(limbs[index])
                limbs[index] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            groups.append(UInt32(remainder))
            while limbs.last == 0 { limbs.removeLast() }
        }
        var text = String(groups.removeLast())
        for group in groups.reversed() {
            let digits = String(group)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
