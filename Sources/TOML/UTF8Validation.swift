import TextWriting

/// Finds where bytes stop being well-formed UTF-8 (RFC 3629): stray continuation bytes,
/// overlong encodings, UTF-16 surrogates, code points above U+10FFFF, truncated sequences.
///
/// Non-ASCII text may only appear in strings and comments, so the parser checks each non-ASCII
/// sequence there as it scans (`Parser.skipMultibyteSequence()`); anywhere else such a byte is a
/// syntax error whose message uses this check to name the byte.
enum UTF8Validation {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// The length of the multi-byte sequence whose lead byte is `text[index]` (at least 0x80),
    /// if it is well formed and ends before `end`.
    static func sequenceLength(at index: Int, in text: UnsafeBufferPointer<UInt8>, end: Int) -> Result<Int, Failure> {
        let lead = text[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        var problem = ""
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF; problem = " (overlong encoding)"
        case 0xED: length = 3; secondRange = 0x80...0x9F; problem = " (UTF-16 surrogate)"
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF; problem = " (overlong encoding)"
        case 0xF4: length = 4; secondRange = 0x80...0x8F; problem = " (beyond U+10FFFF)"
        case 0xF1...0xF3: length = 4
        default:
            return .failure(Failure(offset: index, message: "invalid UTF-8 byte \(hexByte(lead))"))
        }
        guard index + length <= end, text[index + 1] & 0xC0 == 0x80 else {
            return .failure(truncated(lead, at: index))
        }
        let second = text[index + 1]
        guard secondRange.contains(second) else {
            return .failure(
                Failure(offset: index, message: "invalid UTF-8 sequence \(hexByte(lead)) \(hexByte(second))\(problem)"))
        }
        for offset in 2..<length where text[index + offset] & 0xC0 != 0x80 {
            return .failure(truncated(lead, at: index))
        }
        return .success(length)
    }

    /// A `String` of `bytes` that the caller has already checked (`sequenceLength`, or bare-key
    /// bytes): copied without the second validation that `String(decoding:as:)` makes.
    /// `isASCII` must be exact, as the string keeps it to compare and hash faster.
    @inline(__always)
    static func string(checked bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        if #available(macOS 26, *) {
            return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func truncated(_ lead: UInt8, at index: Int) -> Failure {
        Failure(offset: index, message: "truncated UTF-8 sequence starting with byte \(hexByte(lead))")
    }

    /// `0xFF`
    static func hexByte(_ byte: UInt8) -> String {
        "0x" + Digits.hex(UInt64(byte), 2, uppercase: true)
    }
}
