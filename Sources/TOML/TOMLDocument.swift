/// Entry point: a whole TOML 1.0.0 document to its root table.
public enum TOMLDocument {
    /// Parses UTF-8 bytes. Throws the first error with its line and column.
    public static func parse(_ bytes: some Collection<UInt8>) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: Array(bytes))
        return try parser.parseDocument()
    }

    /// Parses UTF-8 bytes, handing the elements of the top-level array of tables `sink.key` to
    /// `sink` as they are finished (when its `begin` accepts them).
    public static func parse(_ bytes: some Collection<UInt8>, elementsTo sink: some TOMLElementSink) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: Array(bytes))
        parser.sink = sink
        return try parser.parseDocument()
    }

    /// Parses `bytes[range]` as a document of its own, in place, with the positions the whole
    /// document gives it: `range` must start at the start of a line (or of `bytes`). One half of
    /// a large document read in two at once (see `headerLine`).
    public static func parse(
        _ bytes: [UInt8], range: Range<Int>, elementsTo sink: some TOMLElementSink
    ) throws(TOMLError) -> TOMLTable {
        var parser = Parser(bytes: bytes, range: range, line: 1 + lineFeeds(in: bytes, before: range.lowerBound))
        parser.sink = sink
        return try parser.parseDocument()
    }

    /// The offset of the first line at or after `offset` that is the header `[[key]]` exactly
    /// (then spaces, a comment or the line's end), when the line before it ends at or after
    /// `offset`: where a document may be cut in two. Only a cut both halves parse at without
    /// error is at the top level (inside a multi-line string or array, the first half would
    /// end unterminated); the caller checks that.
    public static func headerLine(_ key: String, in bytes: [UInt8], from offset: Int) -> Int? {
        let header = Array("[[\(key)]]".utf8)
        return bytes.withUnsafeBufferPointer { text -> Int? in
            var index = max(offset, 0)
            while index < text.count {
                guard let lineFeed = text[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
                let start = lineFeed + 1
                let end = start + header.count
                if end <= text.count, text[start..<end].elementsEqual(header) {
                    switch end < text.count ? text[end] : UInt8(ascii: "\n") {
                    case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"):
                        return start
                    default:
                        break
                    }
                }
                index = start
            }
            return nil
        }
    }

    /// How many line feeds `bytes` holds before `end`: the number of lines before the one `end`
    /// starts (a line ends in LF or CR LF). Eight bytes at a time: the second half of a large
    /// document counts the first half's lines before it starts.
    static func lineFeeds(in bytes: [UInt8], before end: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var count = 0
            var index = 0
            while index + 8 <= end {
                // A byte of `word` is zero exactly where a line feed is; the high bit of each byte
                // of `marked` is set when that byte is not zero (no carry crosses bytes).
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ (ones &* 0x0A)
                let marked = ((word & (ones &* 0x7F)) &+ (ones &* 0x7F)) | word
                count &+= (~marked & (ones &* 0x80)).nonzeroBitCount
                index &+= 8
            }
            while index < end {
                if raw[index] == UInt8(ascii: "\n") { count &+= 1 }
                index &+= 1
            }
            return count
        }
    }

    /// Parses a string (convenience for tests and literals).
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}
