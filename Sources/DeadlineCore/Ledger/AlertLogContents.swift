/// The alert log as read back from disk, with what is wrong with it.
///
/// A crash in the middle of an append leaves a torn last line: that is expected, and the
/// daemon repairs it. Anything unreadable before the last line means the file was damaged
/// some other way: the daemon then moves it aside rather than guess.
public struct AlertLogContents: Sendable {
    public var records: [LedgerRecord]
    /// Bytes of the file up to the end of its last good line: truncating to this repairs a torn tail.
    public var goodLength: Int
    /// The last line is incomplete or unreadable (a crash mid-write).
    public var hasTornTail: Bool
    /// 1-based numbers of unreadable lines before the last one.
    public var corruptLines: [Int]

    /// The ledger in the alert log at `path`, or nil when it cannot be read (no alert sent yet):
    /// for the read-only commands, which never repair a log (the daemon does, on start).
    public static func readLedger(path: String) -> Ledger? {
        guard case .success(let bytes) = FileContents.read(path: path) else { return nil }
        return Ledger(records: parse(bytes).records)
    }

    public static func parse(_ bytes: [UInt8]) -> AlertLogContents {
        var contents = AlertLogContents(records: [], goodLength: 0, hasTornTail: false, corruptLines: [])
        var lineStart = 0
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: newline)
            let end = lineEnd ?? bytes.count
            let line = bytes[lineStart..<end]
            let isBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }
            let record = isBlank ? nil : LedgerRecord(jsonLine: String(decoding: line, as: UTF8.self))
            if let lineEnd {
                if let record {
                    contents.records.append(record)
                } else if !isBlank {
                    contents.corruptLines.append(lineNumber)
                }
                contents.goodLength = lineEnd + 1
                lineStart = lineEnd + 1
            } else {
                // The last line has no newline: whatever it holds, a crash cut it short.
                contents.hasTornTail = true
                lineStart = bytes.count
            }
        }
        // A damaged last complete line (no newline after it would have made it a torn tail)
        // is still the tail when nothing good follows it.
        if let last = contents.corruptLines.last, last == lineNumber - (contents.hasTornTail ? 1 : 0),
           contents.corruptLines.count == 1 {
            contents.corruptLines.removeLast()
            contents.hasTornTail = true
            contents.goodLength = lastGoodLength(bytes, before: last)
        }
        return contents
    }

    /// Offset just after line `number - 1`.
    private static func lastGoodLength(_ bytes: [UInt8], before number: Int) -> Int {
        var line = 1
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            if line == number { return offset + 1 }
        }
        return 0
    }
}
