import CivilCalendar

@testable import DeadlineCore
import TOML
import Testing

/// A large document is parsed in two halves at once, cut at a `[[commitment]]` line near the
/// middle, only when that gives what one pass gives; otherwise it is parsed in one pass. Either
/// way the config, its positions and its errors are those of one pass.
@Suite("Large documents parsed in two halves: the result of one pass, or one pass")
struct DocumentHalvesTests {
    static let file = "big.toml"
    static let header = """
        # A config large enough to be cut in two.
        [daemon]
        timezone = "Asia/Baghdad"
        lead_times = ["30d", "1d"]

        [statement]
        id = "s"
        language = "ar"


        """

    /// Commitment `index`: Arabic text, an inline comment, and a milestone on every third.
    static func commitment(_ index: Int, id: String? = nil, deadline: String? = nil, end: String = "\n") -> String {
        let day = CivilDate(year: 2030, month: 1, day: 1).adding(days: index)
        var text = "[[commitment]]\(end)id = \"\(id ?? "c\(index)")\"  # its id\(end)"
        text += "title = \"إنهاء المهمة \(index)\"\(end)deadline = \(deadline ?? day.description)\(end)"
        if index % 3 == 0 {
            text += "\(end)[[commitment.milestone]]\(end)id = \"m\"\(end)at = \(day.adding(days: -10))\(end)"
        }
        return text + end
    }

    static func commitments(_ range: Range<Int>, end: String = "\n") -> String {
        range.map { commitment($0, end: end) }.joined()
    }

    static let count = 200

    /// The number of the first (or last) line of `text` that starts with `start`.
    static func line(of start: String, in text: String, last: Bool) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.hasPrefix(start) }
        return 1 + (last ? lines.last! : lines.first!).offset
    }

    /// The document loaded as `ConfigLoader.load(bytes:file:)` does, in halves when it can
    /// (`halvesFrom: 0`) or in one pass (`halvesFrom: .max`).
    static func load(_ text: String, halvesFrom minimum: Int) -> Result<Config, ConfigError> {
        Result { () throws(ConfigError) -> Config in
            let main = try ConfigLoader.read(
                bytes: Array(text.utf8), file: file, kind: .main(requireStatement: true), halvesFrom: minimum)
            return try ConfigLoader.assemble(daemon: main.daemon, documents: main.statement.map { [$0] } ?? [], errors: [], file: file)
        }
    }

    /// Whether the document is cut in two (rather than parsed in one pass).
    static func isCut(_ text: String) -> Bool {
        ConfigLoader.parseInHalves(Array(text.utf8), file: file, kind: .main(requireStatement: true)) != nil
    }

    /// Loads `text` both ways, checks that they agree and whether it was cut; the result.
    @discardableResult
    static func expectSame(_ text: String, cut: Bool, sourceLocation: SourceLocation = #_sourceLocation) -> Result<Config, ConfigError> {
        let halves = load(text, halvesFrom: 0)
        let onePass = load(text, halvesFrom: .max)
        #expect(halves == onePass, sourceLocation: sourceLocation)
        #expect(isCut(text) == cut, sourceLocation: sourceLocation)
        return onePass
    }

    @Test("cut in two: every commitment in order, with the positions of one pass")
    func cut() throws {
        let text = Self.header + Self.commitments(0..<Self.count)
        let config = try Self.expectSame(text, cut: true).get()
        #expect(config.commitments.map(\.id) == (0..<Self.count).map { "c\($0)" })
        #expect(config.commitments.last?.position == TOMLPosition(line: Self.line(of: "[[commitment]]", in: text, last: true), column: 1))
    }

    @Test("CR LF line ends: cut in two, the same config")
    func crlf() throws {
        let text = Self.header.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
            + Self.commitments(0..<Self.count, end: "\r\n")
        #expect(try Self.expectSame(text, cut: true).get().commitments.count == Self.count)
    }

    @Test("a header line followed by spaces or a comment is a cut; `[[commitments]]` is not")
    func headerLines() {
        let bytes = Array("a = 1\n[[commitment]]  # c\n[[commitments]]\n[[commitment]]\r\n[[commitment]]".utf8)
        #expect(TOMLDocument.headerLine("commitment", in: bytes, from: 0) == 6)
        #expect(TOMLDocument.headerLine("commitment", in: bytes, from: 7) == 42)
        #expect(TOMLDocument.headerLine("commitment", in: bytes, from: 43) == 58)
        #expect(TOMLDocument.headerLine("commitment", in: bytes, from: 59) == nil)
    }

    /// The document with a value from `open` to `close` in commitment `count / 4`'s quote, with
    /// `[[commitment]]` lines in it, longer than the rest of the document (so the middle is in it).
    static func withQuote(open: String, close: String) -> String {
        let lines = Array(repeating: "[[commitment]]\nline", count: Self.count * 10).joined(separator: "\n")
        return Self.header + Self.commitments(0..<(Self.count / 4))
            + "[[commitment]]\nid = \"quoted\"\ndeadline = 2031-01-01\nquote = \(open)\n\(lines)\n\(close)\n\n"
            + Self.commitments((Self.count / 4)..<Self.count)
    }

    @Test("the middle `[[commitment]]` line inside a multi-line basic string: one pass")
    func basicString() throws {
        let config = try Self.expectSame(Self.withQuote(open: "\"\"\"", close: "\"\"\""), cut: false).get()
        #expect(config.commitments.count == Self.count + 1)
    }

    @Test("the middle `[[commitment]]` line inside a multi-line literal string: one pass")
    func literalString() throws {
        let config = try Self.expectSame(Self.withQuote(open: "'''", close: "'''"), cut: false).get()
        #expect(config.commitments.count == Self.count + 1)
    }

    @Test("the middle `[[commitment]]` line inside a multi-line array: one pass, its error")
    func array() {
        let text = Self.withQuote(open: "[", close: "]")
        guard case .failure(let error) = Self.expectSame(text, cut: false) else {
            Issue.record("loaded an array holding `[[commitment]]`")
            return
        }
        #expect(error.diagnostics.count == 1)
    }

    @Test("[daemon] after the cut: one pass, its settings apply to every commitment")
    func daemonAfterCut() throws {
        let text = "[statement]\nid = \"s\"\n\n" + Self.commitments(0..<Self.count) + "[daemon]\nlead_times = [\"3d\"]\n"
        let config = try Self.expectSame(text, cut: false).get()
        #expect(config.commitments.allSatisfy { $0.leadTimes.map(\.text) == ["3d"] })
    }

    @Test("another table or [statement] after the cut: one pass, its errors")
    func tableAfterCut() {
        for table in ["[extra]\nx = 1\n", "[statement.notes]\nx = 1\n", "[statement]\nid = \"t\"\n"] {
            let text = Self.header + Self.commitments(0..<Self.count) + table
            guard case .failure = Self.expectSame(text, cut: false) else {
                Issue.record("loaded a config ending in \(table)")
                continue
            }
        }
    }

    @Test("an id repeated across the halves: reported at the second, naming the first's line:column")
    func repeatedID() {
        let text = Self.header + Self.commitments(0..<Self.count - 1) + Self.commitment(Self.count - 1, id: "c1")
        guard case .failure(let error) = Self.expectSame(text, cut: true) else {
            Issue.record("loaded a config with an id used twice")
            return
        }
        let first = Self.line(of: "id = \"c1\"", in: text, last: false)
        #expect(error.diagnostics.map(\.message) == ["commitment id `c1` is used twice (first at \(first):6); ids must be unique"])
        #expect(error.diagnostics.first?.position == TOMLPosition(line: Self.line(of: "id = \"c1\"", in: text, last: true), column: 6))
    }

    @Test("an error in the second half, of syntax or of a commitment: one pass, its message and position")
    func errorInSecondHalf() {
        let near = Self.count - 3
        for deadline in ["2030-13-01", "\"2025-02-29\"", "[1, 2"] {
            let text = Self.header + Self.commitments(0..<near) + Self.commitment(near, deadline: deadline)
                + Self.commitments((near + 1)..<Self.count)
            guard case .failure(let error) = Self.expectSame(text, cut: false) else {
                Issue.record("loaded a config with deadline = \(deadline)")
                continue
            }
            #expect(error.diagnostics.count == 1)
        }
    }

    @Test("an error in the first half: one pass, its message and position")
    func errorInFirstHalf() {
        let text = Self.header + Self.commitment(0, deadline: "\"2025-02-29\"") + Self.commitments(1..<Self.count)
        guard case .failure(let error) = Self.expectSame(text, cut: false) else {
            Issue.record("loaded a config with a wrong deadline")
            return
        }
        #expect(error.diagnostics.count == 1)
    }

    @Test("no `[[commitment]]` line after the middle: one pass")
    func noHeaderAfterMiddle() throws {
        let long = String(repeating: "x", count: 40_000)
        let text = Self.header + Self.commitments(0..<Self.count) + "[[ commitment ]]\nid = \"last\"\ndeadline = 2031-01-01\nquote = \"\(long)\"\n"
        #expect(try Self.expectSame(text, cut: false).get().commitments.count == Self.count + 1)
    }

    @Test("a statement file is cut the same way, and read with the daemon's settings")
    func statementFile() throws {
        let daemon = ConfigLoader.defaultDaemon
        let text = "[statement]\nid = \"s\"\n\n" + Self.commitments(0..<Self.count)
        let bytes = Array(text.utf8)
        let kind = ConfigLoader.DocumentKind.statementFile(daemon: daemon)
        #expect(ConfigLoader.parseInHalves(bytes, file: Self.file, kind: kind) != nil)
        let halves = try ConfigLoader.read(bytes: bytes, file: Self.file, kind: kind, halvesFrom: 0).statement
        let onePass = try ConfigLoader.read(bytes: bytes, file: Self.file, kind: kind, halvesFrom: .max).statement
        #expect(halves?.commitments == onePass?.commitments)
        #expect(halves?.commitments.count == Self.count)
    }
}
