import DeadlineCore
import Foundation
import TOML
import Testing

/// Configs written to break the loader: huge, deep, binary, malformed, duplicated, or simply
/// late. Each must give one exact error at the exact place (or load, when it is valid), with a
/// description short enough for a journal entry, in bounded time and memory.
@Suite("Hostile configs: exact errors, bounded in size")
struct HostileConfigTests {
    /// The three lines every case starts with (a valid statement).
    static let statement = "[statement]\nid = \"s\"\nissued = 2024-09-27\n"

    /// Loads `bytes`, which must fail with exactly one diagnostic `message` at `place`
    /// ("line:column"), and a description under 2 KB.
    func expectError(
        _ bytes: [UInt8], at place: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            let config = try ConfigLoader.load(bytes: bytes, file: "hostile.toml")
            Issue.record("loaded a hostile config: \(config.commitments.count) commitments", sourceLocation: sourceLocation)
        } catch {
            #expect(error.diagnostics.count == 1, "\(error.description.prefix(2000))", sourceLocation: sourceLocation)
            let first = error.diagnostics.first
            #expect(first.flatMap(\.position).map { "\($0.line):\($0.column)" } == place, sourceLocation: sourceLocation)
            #expect(first?.message == message, sourceLocation: sourceLocation)
            #expect(error.description.utf8.count < 2048, "description of \(error.description.utf8.count) bytes", sourceLocation: sourceLocation)
        }
    }

    func expectError(_ text: String, at place: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectError(Array(text.utf8), at: place, message, sourceLocation: sourceLocation)
    }

    // MARK: - Size

    @Test("a commitment id may hold ASCII letters, digits, '-', '_' and '.', and no other character")
    func identifierCharacters() throws {
        var accepted = ""
        for scalar in (UInt8(0x21)...UInt8(0x7E)).map(Unicode.Scalar.init) + ["é", "٣", "\u{00A0}"] where scalar != "\"" && scalar != "\\" {
            let config = "\(Self.statement)[[commitment]]\nid = \"a\(scalar)b\"\n"
            if (try? ConfigLoader.load(bytes: Array(config.utf8), file: "ids.toml")) != nil { accepted.unicodeScalars.append(scalar) }
        }
        #expect(accepted == "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
    }

    @Test("a 100 MB file of valid-looking commitments is refused before it is read, with its size")
    func hundredMegabytes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("deadlined.toml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.statement.utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        var block = ""
        var index = 0
        while block.utf8.count < 1 << 20 {
            block += "\n[[commitment]]\nid = \"c\(index)\"\ndeadline = 2030-01-01\nlead_times = [\"30d\"]\n"
            index += 1
        }
        let chunk = Data(block.utf8)
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.close()

        do {
            _ = try ConfigFile.load(path: path)
            Issue.record("loaded a 100 MB config")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the config is 100 MB, more than the 48 MB limit; refusing to read it"])
            #expect(error.diagnostics.first?.position == nil)
            #expect(error.description == "\(path): error: the config is 100 MB, more than the 48 MB limit; refusing to read it")
        }
    }

    @Test("a single 10 MB string loads where free text is allowed, and is quoted to 40 characters in errors")
    func tenMegabyteString() throws {
        let huge = String(repeating: "x", count: 10 << 20)
        let title = try ConfigLoader.load(bytes: Array("\(Self.statement)title = \"\(huge)\"\n".utf8), file: "hostile.toml")
        #expect(title.statements[0].title?.utf8.count == 10 << 20)

        let shown = "\"" + String(repeating: "x", count: 40) + "…\""
        expectError(
            "[daemon]\ntimezone = \"\(huge)\"\n\(Self.statement)", at: "2:12",
            "unknown time zone \(shown); use an IANA name such as \"Asia/Baghdad\"")
        expectError(
            "\(Self.statement)[[commitment]]\nid = \"c\"\nstatus = \"\(huge)\"\n", at: "6:10",
            "`status` must be one of open, met, missed, extended, withdrawn, not \(shown)")
        expectError(
            "\(Self.statement)[[commitment]]\nid = \"c\"\ndeadline = \"\(huge)\"\n", at: "6:12",
            "`deadline` \(shown) is not a date; write a year (\"2030\"), a month (\"2025-09\") or a date (2025-09-27)")
        expectError(
            "\(Self.statement)[[commitment]]\nid = \"\(huge)\"\n", at: "5:6",
            "commitment id \(shown) must be 1-128 characters of letters, digits, '-', '_' or '.'")
        expectError(
            "\(Self.statement)\"\(huge)\" = 1\n", at: "4:1",
            "unknown key `\(String(repeating: "x", count: 40))…` in [statement]")
        expectError(
            "\(Self.statement)title = \"\(huge)\n", at: "4:9",
            "unterminated string: a single-line string cannot contain a newline (use \"\"\" for multi-line strings)")
        expectError(
            "\(Self.statement)title = \(String(repeating: "9", count: 10 << 20))\n", at: "4:9",
            "integer \(String(repeating: "9", count: 40))… does not fit in 64 bits")
        expectError(
            "\(Self.statement)[daemon]\nlead_times = [\"\(String(repeating: "9", count: 10 << 20))d\"]\n", at: "5:15",
            "lead time \"\(String(repeating: "9", count: 40))…\" is longer than 100 years")
    }

    // MARK: - Structure

    @Test("10,000-deep nesting is refused at the 129th level, without exhausting the stack")
    func deepNesting() {
        let depth = 10_000
        expectError(
            "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth), at: "1:133",
            "arrays and inline tables nest deeper than 128 levels")
        expectError(
            "a = " + String(repeating: "{b = ", count: depth) + "1" + String(repeating: "}", count: depth), at: "1:645",
            "arrays and inline tables nest deeper than 128 levels")
        expectError(
            "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]", at: "1:258",
            "tables nest deeper than 128 levels")
        expectError(
            Array(repeating: "a", count: depth).joined(separator: ".") + " = 1", at: "1:257",
            "tables nest deeper than 128 levels")
    }

    @Test("100,000 duplicate keys: the first duplicate is reported at its position")
    func duplicateKeys() {
        let repeated = String(repeating: "title = \"t\"\n", count: 100_000)
        expectError("[statement]\nid = \"s\"\n" + repeated, at: "4:1", "duplicate key `title` (first defined at 3:1)")

        // 100,000 distinct keys, then the first one again: the repeat is still found. How fast is a
        // figure in docs/RELIABILITY.md, not asserted here.
        var distinct = "[statement]\nid = \"s\"\n[t]\n"
        for index in 0..<100_000 { distinct += "k\(index) = 1\n" }
        distinct += "k0 = 2\n"
        expectError(distinct, at: "100004:1", "duplicate key `k0` (first defined at 4:1)")
    }

    @Test("100,000 commitments with one id: every duplicate is found, the description stays short")
    func duplicateCommitmentIDs() throws {
        let text = Self.statement + String(repeating: "[[commitment]]\nid = \"c\"\n", count: 100_000)
        do {
            _ = try ConfigLoader.load(bytes: Array(text.utf8), file: "hostile.toml")
            Issue.record("loaded 100,000 commitments with the same id")
        } catch {
            #expect(error.diagnostics.count == 99_999)
            #expect(error.diagnostics.first?.message == "commitment id `c` is used twice (first at 5:6); ids must be unique")
            #expect(error.diagnostics.first?.position == TOMLPosition(line: 7, column: 6))
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == ConfigError.printedDiagnostics + 1)
            #expect(lines.last == "hostile.toml: error: 99979 more errors not shown")
            #expect(error.description.utf8.count < 4096)
            #expect(error.summary == "hostile.toml:7:6: commitment id `c` is used twice (first at 5:6); ids must be unique (and 99998 more)")
        }
    }

    @Test("two commitments with the same id")
    func sameCommitmentID() {
        expectError(
            "\(Self.statement)[[commitment]]\nid = \"c\"\ndeadline = 2030\n[[commitment]]\nid = \"c\"\n", at: "8:6",
            "commitment id `c` is used twice (first at 5:6); ids must be unique")
    }

    // MARK: - Bytes

    @Test("NUL bytes: in a string, in a comment, and where a key should be")
    func nulBytes() {
        expectError(
            Array("\(Self.statement)title = \"a".utf8) + [0] + Array("b\"\n".utf8), at: "4:11",
            "control character U+0000 is not allowed in a string; write it as \\u0000")
        expectError(
            Array("\(Self.statement)# a comment ".utf8) + [0] + Array("\n".utf8), at: "4:13",
            "control character U+0000 is not allowed in a comment")
        expectError(
            Array(Self.statement.utf8) + [0, 0, 0], at: "4:1",
            "expected a key, found control character U+0000")
    }

    @Test("invalid UTF-8 is named by its bytes, at its position")
    func invalidUTF8() {
        expectError(
            Array("\(Self.statement)title = \"caf".utf8) + [0xC3, 0x28] + Array("\"\n".utf8), at: "4:13",
            "truncated UTF-8 sequence starting with byte 0xC3")
        expectError(
            Array("\(Self.statement)title = \"".utf8) + [0xFF] + Array("\"\n".utf8), at: "4:10",
            "invalid UTF-8 byte 0xFF")
        expectError(
            Array("\(Self.statement)title = \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"\n".utf8), at: "4:10",
            "invalid UTF-8 sequence 0xED 0xA0 (UTF-16 surrogate)")
        expectError(
            Array("\(Self.statement)# ".utf8) + [0xC0, 0xAF] + Array("\n".utf8), at: "4:3",
            "invalid UTF-8 byte 0xC0")
    }

    @Test("a byte order mark is skipped, and columns after it are counted without it")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let config = try ConfigLoader.load(bytes: bom + Array("\(Self.statement)[[commitment]]\nid = \"c\"\n".utf8), file: "bom.toml")
        #expect(config.commitments.map(\.id) == ["c"])
        expectError(bom + Array("[statement] x\nid = \"s\"\n".utf8), at: "1:13", "expected the end of the line after the table header, found 'x'")
        // A second mark is not a byte order mark: it is a stray character.
        expectError(Array(Self.statement.utf8) + bom + Array("x = 1\n".utf8), at: "4:1", "expected a key, found '\u{FEFF}'")
    }

    @Test("CRLF line endings load the same config as LF, and report the same positions")
    func crlf() throws {
        let lf = try String(contentsOfFile: Fixtures.shippedStatementPath, encoding: .utf8)
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let fromLF = try ConfigLoader.load(bytes: Array(lf.utf8), file: "lf.toml")
        let fromCRLF = try ConfigLoader.load(bytes: Array(crlf.utf8), file: "crlf.toml")
        #expect(fromCRLF.commitments.map(\.id) == fromLF.commitments.map(\.id))
        #expect(fromCRLF.commitments.map(\.quote) == fromLF.commitments.map(\.quote))
        #expect(fromCRLF.commitments.map(\.deadline?.instant) == fromLF.commitments.map(\.deadline?.instant))

        let broken = "\(Self.statement)[[commitment]]\nid = \"c\"\nlead_times = [\"0d\"]\n"
        expectError(broken.replacingOccurrences(of: "\n", with: "\r\n"), at: "6:15", "lead time \"0d\" is zero; a span must be at least 1 minute")
        expectError("\(Self.statement)title = \"t\"\r[[commitment]]\n", at: "4:12", "a carriage return must be followed by a line feed")
    }

    // MARK: - Values

    @Test(
        "impossible dates, as TOML dates and as strings",
        arguments: [
            ("deadline = 2025-02-29", "6:20", "invalid date 2025-02-29: February 2025 has 28 days"),
            ("deadline = 2024-13-01", "6:17", "invalid date 2024-13-01: there is no month 13"),
            ("deadline = \"2025-02-29\"", "6:12", "`deadline` \"2025-02-29\" is not a date: February 2025 has 28 days"),
            ("deadline = \"2024-13-01\"", "6:12", "`deadline` \"2024-13-01\" is not a date: months run from 01 to 12"),
            ("before = 2025-02-29T00:00:00Z", "6:18", "invalid date 2025-02-29: February 2025 has 28 days"),
        ])
    func impossibleDates(line: String, place: String, message: String) {
        expectError("\(Self.statement)[[commitment]]\nid = \"c\"\n\(line)\n", at: place, message)
    }

    @Test(
        "lead times that are zero, negative or absurd",
        arguments: [
            ("0d", "lead time \"0d\" is zero; a span must be at least 1 minute"),
            ("-5d", "lead time \"-5d\" is negative; write a positive span such as \"5d\""),
            ("99999999d", "lead time \"99999999d\" is longer than 100 years"),
        ])
    func leadTimes(lead: String, message: String) {
        expectError("\(Self.statement)[[commitment]]\nid = \"c\"\nlead_times = [\"7d\", \"\(lead)\"]\n", at: "6:21", message)
        expectError("[daemon]\nlead_times = [\"\(lead)\"]\n\(Self.statement)", at: "2:15", message)
    }

    @Test("a commitment whose every bound is in the past loads, and the schedule reports it overdue")
    func everyBoundInThePast() throws {
        let config = try ConfigLoader.load(
            bytes: Array("""
                [statement]
                id = "s"
                issued = 2019-01-01

                [[commitment]]
                id = "late"
                within = "6 months"
                deadline = 2020-01-01
                no_later_than = "2019-11"
                until = "2019"
                before = 2019-12-15

                [[commitment.milestone]]
                id = "first"
                at = 2019-03-01
                """.utf8),
            file: "late.toml")
        let commitment = try #require(config.commitments.first)
        #expect(commitment.deadline?.binding.kind == .within)
        #expect(commitment.deadlineLabel == "2019-07-01")

        let now = Fixtures.utc("2025-01-01T00:00:00Z")
        let schedule = Schedule(config: config)
        let due = schedule.due(ledger: Ledger(), now: now)
        #expect(due.map(\.kind) == [.overdue])
        #expect(due.first?.commitmentID == "late")
        let text = TimelineText.table(Timeline(schedule: schedule, ledger: nil, now: now))
        #expect(text.contains("overdue by"))
        // And nothing more until the next repeat: overdue_every defaults to 30 days.
        let next = try #require(schedule.next(ledger: Ledger(), now: now))
        #expect(next.kind == .overdue)
        #expect(next.fireAt > now && next.fireAt <= now.adding(seconds: 30 * 86_400))
    }
}
