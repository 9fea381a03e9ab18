import TextWriting

/// Reads a TOML document in one forward pass over its bytes.
///
/// The parser works on a borrowed `UnsafeBufferPointer` so that the hot loops (strings, keys,
/// whitespace) read bytes without Array's per-access bounds checks; every read past the end goes
/// through `peek`, which returns 0 there. It tracks the current line number and the offset where
/// that line starts, and turns an offset into a column (counted in Unicode scalars) only when a
/// position is actually recorded or an error is thrown.
///
/// Tables are assembled as a tree of `TableNode` references and converted to the public value
/// tree once at the end, so adding a key deep in the tree never copies the tables above it.
struct Parser {
    /// The nesting limit for arrays, inline tables and table paths. Deep enough for any real file,
    /// shallow enough that the recursive descent (and the release of the resulting value tree)
    /// stays well inside a 512 KB thread stack.
    static let maximumDepth = 128

    private let bytes: [UInt8]
    /// `bytes`, borrowed for the duration of `parseDocument()`.
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Offset of the next unread byte.
    var pos = 0
    /// 1-based number of the line holding `pos`.
    var line = 1
    /// Offset of the first byte of line `line`.
    var lineStart = 0
    /// The segments of the key being read (reused between keys to avoid an allocation per key).
    var keyPath: [KeySegment] = []
    /// Bare keys read recently, so that a key written on every table is made once.
    var keyCache = KeyCache()
    /// The previous header when it was `[[...]]` and nothing but key/value pairs followed it
    /// (see `repeatsLastArrayHeader`).
    var lastArrayHeader: ArrayHeader?
    /// Takes the elements of one top-level array of tables, if set (see `TOMLElementSink`).
    var sink: (any TOMLElementSink)?

    /// Where a `[[header]]` was written and the array of tables it leads to.
    struct ArrayHeader {
        var bytes: Range<Int>
        var parent: TableNode
        var array: TableArrayNode
    }

    /// The part of `bytes` read as the document (all of them, or one half of a document read in two).
    private let range: Range<Int>

    /// A parser of `bytes[range]`, whose first line is line `line`: when `range` starts at a line
    /// start of a larger document and `line` is that line's number, every position is the one
    /// the whole document gives it (columns count from the line start, and a backward scan for
    /// an earlier line stops at the range's start).
    init(bytes: [UInt8], range: Range<Int>? = nil, line: Int = 1) {
        self.bytes = bytes
        self.range = range ?? bytes.indices
        self.line = line
    }

    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        let bytes = self.bytes
        let range = self.range
        return try bytes.withUnsafeBufferPointer { (buffer) throws(TOMLError) -> TOMLTable in
            text = UnsafeBufferPointer(rebasing: buffer[range])
            defer { text = UnsafeBufferPointer(start: nil, count: 0) }
            return try parseExpressions()
        }
    }

    /// The top level: key/value pairs, `[table]` and `[[array]]` headers, comments, blank lines.
    private mutating func parseExpressions() throws(TOMLError) -> TOMLTable {
        // A UTF-8 byte order mark is not part of the document (TOML 1.0 is silent; editors write it).
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        let root = TableNode(origin: .header, position: TOMLPosition(line: 1, column: 1), depth: 0)
        var current = root
        while true {
            skipSpaces()
            guard pos < text.count else { break }
            switch text[pos] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try consumeNewline()
                continue
            case UInt8(ascii: "#"):
                try skipComment()
                continue
            case UInt8(ascii: "["):
                current = try parseHeader(root: root)
                try expectEndOfLine(after: "the table header")
            default:
                try parseKeyValue(into: current)
                try expectEndOfLine(after: "the value")
            }
        }
        return root.makeTable()
    }

    // MARK: - Bytes

    /// The byte `offset` bytes ahead of the cursor, or 0 past the end of the document.
    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt8 {
        let index = pos &+ offset
        return index < text.count ? text[index] : 0
    }

    @inline(__always)
    var atEnd: Bool { pos >= text.count }

    /// Skips spaces and tabs (the only whitespace TOML allows inside a line).
    @inline(__always)
    mutating func skipSpaces() {
        while pos < text.count, text[pos] == UInt8(ascii: " ") || text[pos] == UInt8(ascii: "\t") {
            pos += 1
        }
    }

    /// Consumes a line ending at the cursor: LF or CR LF. A carriage return on its own is an error.
    mutating func consumeNewline() throws(TOMLError) {
        if text[pos] == UInt8(ascii: "\r") {
            guard peek(1) == UInt8(ascii: "\n") else {
                throw error("a carriage return must be followed by a line feed", at: pos)
            }
            pos += 1
        }
        pos += 1
        line += 1
        lineStart = pos
    }

    /// Skips a comment from its `#` up to (not including) the end of the line.
    mutating func skipComment() throws(TOMLError) {
        pos += 1
        while pos < text.count {
            let byte = text[pos]
            if byte >= 0x80 {
                try skipMultibyteSequence()
            } else if byte >= 0x20 && byte != 0x7F || byte == UInt8(ascii: "\t") {
                pos += 1
            } else if byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n")
            {
                return
            } else {
                throw controlCharacterError(byte, at: pos, in: "a comment")
            }
        }
    }

    /// After a header or a key/value pair only spaces and a comment may follow on the same line.
    mutating func expectEndOfLine(after what: String) throws(TOMLError) {
        skipSpaces()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        guard atEnd || text[pos] == UInt8(ascii: "\n") || text[pos] == UInt8(ascii: "\r") else {
            throw error("expected the end of the line after \(what), found \(describeCurrent())", at: pos)
        }
    }

    /// Skips whitespace, newlines and comments (between array elements).
    mutating func skipBlankSpace() throws(TOMLError) {
        while pos < text.count {
            switch text[pos] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): pos += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try consumeNewline()
            case UInt8(ascii: "#"): try skipComment()
            default: return
            }
        }
    }

    // MARK: - Positions and errors

    /// Number of Unicode scalars in `text[start..<end]` (the bytes that are not UTF-8 continuations).
    /// Every key, value and array element records a position, so this is counted a word at a time.
    func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        if let base = text.baseAddress {
            while index &+ 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (shifted up into bit 7) clear.
                // The multiplication sums the one bit per byte into the top byte.
                let continuations = (word & ~(word &<< 1) & 0x8080_8080_8080_8080) &>> 7
                count &+= 8 &- Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) &>> 56)
                index &+= 8
            }
        }
        while index < end {
            if text[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The line and column of `offset`: cheap on the current line, a backward scan for an
    /// earlier one (only errors inside multi-line strings ask for that).
    func position(of offset: Int) -> TOMLPosition {
        if offset >= lineStart {
            return TOMLPosition(line: line, column: scalarCount(from: lineStart, to: offset) + 1)
        }
        var lineNumber = line
        var start = lineStart
        while start > offset {
            lineNumber -= 1
            start -= 1
            while start > 0, text[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        }
        return TOMLPosition(line: lineNumber, column: scalarCount(from: start, to: offset) + 1)
    }

    /// Steps over the multi-byte UTF-8 sequence at the cursor (and the well-formed two-byte
    /// sequences right after it), or throws where it is malformed. Strings and comments (the
    /// only places non-ASCII text may appear) call this at each byte at or above 0x80 they
    /// meet, so the document is checked without a separate pass.
    @inline(__always)
    mutating func skipMultibyteSequence() throws(TOMLError) {
        // Fast path for two-byte sequences (Arabic, Cyrillic, accented Latin): C2–DF, 80–BF,
        // and for the run of them that usually follows (the rest of the word).
        if text[pos] &- 0xC2 < 0x1E, pos + 1 < text.count, text[pos + 1] & 0xC0 == 0x80 {
            pos += 2
            while pos + 1 < text.count, text[pos] &- 0xC2 < 0x1E, text[pos + 1] & 0xC0 == 0x80 { pos += 2 }
            return
        }
        switch UTF8Validation.sequenceLength(at: pos, in: text, end: text.count) {
        case .success(let length): pos += length
        case .failure(let failure): throw error(failure.message, at: failure.offset)
        }
    }

    func error(_ message: String, at offset: Int) -> TOMLError {
        TOMLError(at: position(of: min(offset, text.count)), message)
    }

    func error(_ message: String, at position: TOMLPosition) -> TOMLError {
        TOMLError(at: position, message)
    }

    /// How a person should read the byte at the cursor in "found ..." messages.
    func describeCurrent() -> String {
        guard pos < text.count else { return "the end of the document" }
        let byte = text[pos]
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "the end of the line"
        case UInt8(ascii: " "): return "a space"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, 0x7F: return "control character \(scalarName(UInt32(byte)))"
        default:
            switch UTF8Validation.sequenceLength(at: pos, in: text, end: text.count) {
            case .success(let length): return "'\(String(decoding: text[pos..<(pos + length)], as: UTF8.self))'"
            case .failure(let failure): return failure.message
            }
        }
    }

    /// A control character where the grammar forbids it; `context` is "a string", "a comment", ...
    func controlCharacterError(_ byte: UInt8, at offset: Int, in context: String) -> TOMLError {
        if byte == UInt8(ascii: "\r") {
            return error("a carriage return must be followed by a line feed", at: offset)
        }
        let name = scalarName(UInt32(byte))
        var message = "control character \(name) is not allowed in \(context)"
        if context == "a string" {
            message += "; write it as \\u" + String(name.dropFirst(2))
        }
        return error(message, at: offset)
    }
}

/// At most `limit` characters of `text` for a message, ending in "…" when cut: errors quote
/// what they found, but never a whole 10 MB value or key.
func excerpt(_ text: some StringProtocol, limit: Int = 40) -> String {
    var characters = 0
    var end = text.startIndex
    while end < text.endIndex, characters < limit {
        end = text.index(after: end)
        characters += 1
    }
    return end == text.endIndex ? String(text) : String(text[..<end]) + "…"
}

/// `excerpt` of a slice of the document, decoding only as many bytes as it can show.
func excerpt(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, limit: Int = 40) -> String {
    let shown = bytes.prefix(limit * 4 + 4)
    let text = String(decoding: shown, as: UTF8.self)
    let cut = excerpt(text, limit: limit)
    return shown.count < bytes.count && !cut.hasSuffix("…") ? cut + "…" : cut
}

/// `U+0007`: the conventional name of a code point.
func scalarName(_ value: UInt32) -> String {
    "U+" + Digits.hex(UInt64(value), 4, uppercase: true)
}
