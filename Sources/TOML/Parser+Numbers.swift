/// Integers (decimal, `0x`, `0o`, `0b`) and floats (fraction, exponent, `inf`, `nan`).
///
/// Underscores may only sit between two digits; decimal integers have no leading zeros; only
/// decimal numbers take a sign. Integers must fit in `Int64` exactly (so
/// `-9223372036854775808` is accepted and `9223372036854775808` is not).
extension Parser {
    mutating func parseNumber() throws(TOMLError) -> TOMLValue {
        let start = pos
        var negative = false
        var signed = false
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
            negative = peek() == UInt8(ascii: "-")
            signed = true
            pos += 1
        }
        switch peek() {
        case UInt8(ascii: "i"):
            try expectWord("inf")
            return .float(negative ? -.infinity : .infinity)
        case UInt8(ascii: "n"):
            try expectWord("nan")
            return .float(negative ? -.nan : .nan)
        default:
            break
        }
        if peek() == UInt8(ascii: "0") {
            let radix: UInt64
            switch peek(1) {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 10
            }
            if radix != 10 {
                if signed {
                    throw error("a sign is not allowed on a hexadecimal, octal or binary integer", at: start)
                }
                return try parsePrefixedInteger(radix: radix, start: start)
            }
        }

        let integerStart = pos
        let integerDigits = try scanDigits(start: start, what: "a number")
        if integerDigits > 1, text[integerStart] == UInt8(ascii: "0") {
            throw error("leading zeros are not allowed in `\(lexeme(from: start))`", at: integerStart)
        }
        var isFloat = false
        if peek() == UInt8(ascii: ".") {
            isFloat = true
            pos += 1
            guard isDigit(peek()) else {
                throw error("a float needs digits after the decimal point in `\(lexeme(from: start))`", at: pos)
            }
            _ = try scanDigits(start: start, what: "a float")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isFloat = true
            pos += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
            _ = try scanDigits(start: start, what: "an exponent")
        }
        if isFloat {
            var digits = ""
            digits.reserveCapacity(pos - start)
            for byte in text[start..<pos] where byte != UInt8(ascii: "_") {
                digits.unicodeScalars.append(Unicode.Scalar(byte))
            }
            guard let value = Double(digits) else {
                throw error("invalid float `\(lexeme(from: start))`", at: start)
            }
            return .float(value)
        }

        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        var magnitude: UInt64 = 0
        for byte in text[integerStart..<pos] where byte != UInt8(ascii: "_") {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2, sum <= limit else {
                throw error("integer \(lexeme(from: start)) does not fit in 64 bits", at: start)
            }
            magnitude = sum
        }
        if negative {
            return .integer(magnitude == limit ? Int64.min : -Int64(magnitude))
        }
        return .integer(Int64(magnitude))
    }

    /// `0x1F`, `0o17`, `0b101`: leading zeros allowed after the prefix, no sign.
    private mutating func parsePrefixedInteger(radix: UInt64, start: Int) throws(TOMLError) -> TOMLValue {
        pos += 2
        let digitsStart = pos
        var magnitude: UInt64 = 0
        var previousWasDigit = false
        while pos < text.count {
            let byte = text[pos]
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit, let next = hexValue(peek(1)), UInt64(next) < radix else {
                    throw error("an underscore must sit between two digits in `\(lexeme(from: start))`", at: pos)
                }
                previousWasDigit = false
                pos += 1
                continue
            }
            guard let digit = hexValue(byte) else { break }
            guard UInt64(digit) < radix else {
                throw error("invalid digit '\(Character(Unicode.Scalar(byte)))' in `\(lexeme(from: start))`", at: pos)
            }
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
            let sum = shifted + UInt64(digit)
            guard !overflow1, sum <= UInt64(Int64.max) else {
                throw error("integer \(lexeme(from: start)) does not fit in 64 bits", at: start)
            }
            magnitude = sum
            previousWasDigit = true
            pos += 1
        }
        guard pos > digitsStart else {
            throw error("expected digits after `\(lexeme(from: start))`", at: pos)
        }
        return .integer(Int64(magnitude))
    }

    /// Consumes `1_000`-style decimal digits; returns how many digits (not underscores) it read.
    private mutating func scanDigits(start: Int, what: String) throws(TOMLError) -> Int {
        guard isDigit(peek()) else {
            throw error("expected a digit in \(what), found \(describeCurrent())", at: pos)
        }
        var count = 0
        while pos < text.count {
            let byte = text[pos]
            if isDigit(byte) {
                count += 1
                pos += 1
            } else if byte == UInt8(ascii: "_") {
                guard isDigit(peek(1)) else {
                    throw error("an underscore must sit between two digits in `\(lexeme(from: start))`", at: pos)
                }
                pos += 1
            } else {
                break
            }
        }
        return count
    }

    /// The number-like text from `start` for messages: `0123`, `1__0`, `9223372036854775808`
    /// (at most 40 characters).
    func lexeme(from start: Int) -> String {
        var end = start
        while end < text.count {
            let byte = text[end]
            let continues =
                isBareKeyByte(byte) || byte == UInt8(ascii: ".")
                || (byte == UInt8(ascii: "+") && end > start
                    && (text[end - 1] == UInt8(ascii: "e") || text[end - 1] == UInt8(ascii: "E")))
            guard continues || end == start else { break }
            end += 1
        }
        return excerpt(text[start..<end])
    }
}
