/// The four string kinds. A string without escapes (the common case) is decoded straight from
/// its slice of the document; only escapes and CR LF normalisation go through a byte buffer.
/// Each non-ASCII sequence is checked as it is scanned, so the `String` is made from bytes
/// already known to be UTF-8 (`UTF8Validation.string`), and whether they are all ASCII.
/// Single-line strings skip plain text eight bytes at a time (`skipPlainText`).
extension Parser {
    /// `"basic"`: escapes allowed, no newlines, no control characters except tab.
    mutating func parseBasicString() throws(TOMLError) -> String {
        let open = pos
        pos += 1
        let start = pos
        var isASCII = true
        while true {
            pos = skipPlainText(from: pos, quote: UInt8(ascii: "\""), isASCII: &isASCII)
            guard pos < text.count else { break }
            let byte = text[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return checkedString(start..<(pos - 1), isASCII: isASCII)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte >= 0x80 {
                isASCII = false
                try skipMultibyteSequence()
                continue
            }
            if byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F {
                throw singleLineStringError(byte, open: open)
            }
            pos += 1
        }
        guard pos < text.count else { throw unterminatedString(open: open) }
        var buffer = Array(text[start..<pos])
        while pos < text.count {
            let byte = text[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return buffer.withUnsafeBufferPointer { UTF8Validation.string(checked: $0, isASCII: isASCII) }
            }
            if byte == UInt8(ascii: "\\") {
                try appendEscape(to: &buffer, isASCII: &isASCII)
                continue
            }
            if byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F {
                throw singleLineStringError(byte, open: open)
            }
            if byte >= 0x80 {
                isASCII = false
                let sequenceStart = pos
                try skipMultibyteSequence()
                buffer.append(contentsOf: text[sequenceStart..<pos])
                continue
            }
            buffer.append(byte)
            pos += 1
        }
        throw unterminatedString(open: open)
    }

    /// `'literal'`: taken as written, no escapes, no newlines, no control characters except tab.
    mutating func parseLiteralString() throws(TOMLError) -> String {
        let open = pos
        pos += 1
        let start = pos
        var isASCII = true
        while true {
            pos = skipPlainText(from: pos, quote: UInt8(ascii: "'"), isASCII: &isASCII)
            guard pos < text.count else { break }
            let byte = text[pos]
            if byte == UInt8(ascii: "'") {
                pos += 1
                return checkedString(start..<(pos - 1), isASCII: isASCII)
            }
            if byte >= 0x80 {
                isASCII = false
                try skipMultibyteSequence()
                continue
            }
            if byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F {
                throw singleLineStringError(byte, open: open, literal: true)
            }
            pos += 1
        }
        throw unterminatedString(open: open)
    }

    /// The offset of the first byte at or after `offset` that is `quote`, a backslash, a
    /// control character, DEL or not ASCII, stepping over whole 8-byte words of plain ASCII
    /// and well-formed two-byte sequences (Arabic, Cyrillic, accented Latin; clearing
    /// `isASCII` when it steps over one); near the end of the document, the offset where fewer
    /// than eight bytes are left. `offset` must start a character. The usual bit tricks:
    /// `hasZero(w ^ c)` marks bytes equal to `c`, `(w - 0x20…) & ~w` bytes below 0x20 (the
    /// lowest mark of each is exact: only a borrow from a marked byte can mark one above it).
    @inline(__always)
    func skipPlainText(from offset: Int, quote: UInt8, isASCII: inout Bool) -> Int {
        guard let base = text.baseAddress else { return offset }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
        var index = offset
        while index &+ 8 <= text.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let high = word & highs
            let special = hasZero(word ^ (ones &* UInt64(quote))) | hasZero(word ^ (ones &* 0x5C))
                | hasZero(word ^ (ones &* 0x7F)) | ((word &- ones &* 0x20) & ~word & highs)
            if special | high == 0 {
                index &+= 8
                continue
            }
            if special == 0 {
                // Bit 7 of each byte of these: bit 6 and bit 5 of the byte, and whether its
                // bits 1–4 are not all zero (adding 0x1E to them carries into bit 5).
                let bit6 = (word &<< 1) & highs
                let bit5 = (word &<< 2) & highs
                let notOverlong = (((word & 0x1E1E_1E1E_1E1E_1E1E) &+ 0x1E1E_1E1E_1E1E_1E1E) &<< 2) & highs
                let leads = high & bit6 & ~bit5
                let continuations = high & ~bit6
                // Only C2–DF leads and 80–BF continuations, each continuation right after a
                // lead, each lead but one in the last byte followed by its continuation.
                if leads | continuations == high, leads & ~notOverlong == 0, continuations == leads &<< 8 {
                    isASCII = false
                    index &+= leads &>> 63 == 0 ? 8 : 7
                    continue
                }
            }
            return index &+ (special | high).trailingZeroBitCount &>> 3
        }
        return index
    }

    /// `"""multi-line basic"""` and `'''multi-line literal'''`.
    ///
    /// A newline right after the opening delimiter is dropped; CR LF inside becomes LF; up to two
    /// quotes may sit right before the closing delimiter (`"""a"""""` is `a""`). In basic
    /// strings a backslash at the end of a line removes it and all whitespace that follows.
    mutating func parseMultilineString(literal: Bool) throws(TOMLError) -> String {
        let quote = literal ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        let open = pos
        let openLine = line
        let openLineStart = lineStart
        pos += 3
        if peek() == UInt8(ascii: "\n") || peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") {
            try consumeNewline()
        }
        // Bytes are copied into `buffer` lazily: `runStart` marks the part not yet copied.
        var buffer: [UInt8] = []
        var buffered = false
        var isASCII = true
        var runStart = pos
        while pos < text.count {
            let byte = text[pos]
            switch byte {
            case quote:
                var run = 1
                while peek(run) == quote { run += 1 }
                if run < 3 {
                    pos += run
                    continue
                }
                if run > 5 {
                    throw error("too many quotes: at most two may come right before the closing delimiter", at: pos + 5)
                }
                let end = pos + run - 3
                pos += run
                if !buffered { return checkedString(runStart..<end, isASCII: isASCII) }
                buffer.append(contentsOf: text[runStart..<end])
                return buffer.withUnsafeBufferPointer { UTF8Validation.string(checked: $0, isASCII: isASCII) }
            case UInt8(ascii: "\n"):
                try consumeNewline()
            case UInt8(ascii: "\r"):
                guard peek(1) == UInt8(ascii: "\n") else {
                    throw error("a carriage return must be followed by a line feed", at: pos)
                }
                buffer.append(contentsOf: text[runStart..<pos])
                buffer.append(UInt8(ascii: "\n"))
                buffered = true
                try consumeNewline()
                runStart = pos
            case UInt8(ascii: "\\") where !literal:
                buffer.append(contentsOf: text[runStart..<pos])
                buffered = true
                if try !skipLineEndingBackslash() {
                    try appendEscape(to: &buffer, isASCII: &isASCII)
                }
                runStart = pos
            case 0x80...:
                isASCII = false
                try skipMultibyteSequence()
            case 0..<0x20 where byte != UInt8(ascii: "\t"), 0x7F:
                throw controlCharacterError(byte, at: pos, in: literal ? "a literal string" : "a string")
            default:
                pos += 1
            }
        }
        let column = scalarCount(from: openLineStart, to: open) + 1
        let closing = literal ? "'''" : "\"\"\""
        throw TOMLError(
            line: openLine, column: column,
            message: "unterminated multi-line string: expected \(closing) before the end of the document")
    }

    /// A backslash followed by optional spaces and a newline: skips it and all whitespace and
    /// newlines after it. Returns false (consuming nothing) when the backslash starts an escape.
    private mutating func skipLineEndingBackslash() throws(TOMLError) -> Bool {
        var offset = 1
        while peek(offset) == UInt8(ascii: " ") || peek(offset) == UInt8(ascii: "\t") { offset += 1 }
        let next = peek(offset)
        guard next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") else { return false }
        pos += offset
        while pos < text.count {
            switch text[pos] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): pos += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try consumeNewline()
            default: return true
            }
        }
        return true
    }

    /// Decodes the escape at the cursor (a backslash) and appends its UTF-8 bytes; clears
    /// `isASCII` when they are not ASCII.
    private mutating func appendEscape(to buffer: inout [UInt8], isASCII: inout Bool) throws(TOMLError) {
        let escape = pos
        let letter = peek(1)
        pos += 2
        switch letter {
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for offset in 0..<digits {
                guard let digit = hexValue(peek(offset)) else {
                    let form = letter == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw error("invalid escape: \(form) needs exactly \(digits) hexadecimal digits", at: escape)
                }
                value = value << 4 | UInt32(digit)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("invalid escape: \(scalarName(value)) is not a Unicode scalar value", at: escape)
            }
            pos += digits
            buffer.append(contentsOf: UTF8.encode(scalar)!)
            if !scalar.isASCII { isASCII = false }
        default:
            pos = escape + 1
            let shown = atEnd ? "" : describeCurrent()
            pos = escape
            throw error("invalid escape sequence '\\' followed by \(shown.isEmpty ? "the end of the document" : shown)", at: escape)
        }
    }

    /// The document's bytes in `range`, which the scan has checked as UTF-8.
    @inline(__always)
    func checkedString(_ range: Range<Int>, isASCII: Bool) -> String {
        UTF8Validation.string(checked: UnsafeBufferPointer(rebasing: text[range]), isASCII: isASCII)
    }

    @inline(__always)
    func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private func singleLineStringError(_ byte: UInt8, open: Int, literal: Bool = false) -> TOMLError {
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") {
            return error(
                "unterminated string: a single-line string cannot contain a newline (use \(literal ? "'''" : "\"\"\"") for multi-line strings)",
                at: open)
        }
        return controlCharacterError(byte, at: pos, in: literal ? "a literal string" : "a string")
    }

    private func unterminatedString(open: Int) -> TOMLError {
        error("unterminated string: expected a closing quote before the end of the document", at: open)
    }
}
