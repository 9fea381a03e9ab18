import CivilCalendar

@testable import DeadlineCore
import TOML
import Testing

/// Large configs, whose commitments are read while the document is parsed when `[daemon]` and
/// `[statement]` come first, and from the whole tree otherwise: the same result either way, in
/// document order.
@Suite("Large configs: commitments read while parsed, same result as from the whole tree")
struct LargeConfigTests {
    static let count = 25_000

    /// Commitment `index` as a table of four lines: header, id, deadline (one day per index), blank.
    static func commitment(_ index: Int, deadline: String? = nil, id: String? = nil) -> String {
        let day = CivilDate(year: 2030, month: 1, day: 1).adding(days: index)
        return "[[commitment]]\nid = \"\(id ?? "c\(index)")\"\ndeadline = \(deadline ?? day.description)\n\n"
    }

    static let header = "[statement]\nid = \"s\"\n\n"
    /// Line of commitment `index`'s `id` (the header block is three lines).
    static func idLine(_ index: Int) -> Int { 3 + index * 4 + 2 }

    @Test("every commitment, in document order, each with its own deadline")
    func order() throws {
        let text = Self.header + (0..<Self.count).map { Self.commitment($0) }.joined()
        let config = try ConfigLoader.load(bytes: Array(text.utf8), file: "large.toml")
        #expect(config.commitments.count == Self.count)
        #expect(config.commitments.map(\.id) == (0..<Self.count).map { "c\($0)" })
        let labels = (0..<Self.count).map { CivilDate(year: 2030, month: 1, day: 1).adding(days: $0).description }
        #expect(config.commitments.map(\.deadlineLabel) == labels)
        #expect(config.commitments[Self.count - 1].position == TOMLPosition(line: Self.idLine(Self.count - 1) - 1, column: 1))
    }

    @Test("errors early, late and last, and an id repeated far apart: each reported once, in file order")
    func errors() throws {
        let last = Self.count - 1
        let broken = [5, Self.count / 2 + 3, last]
        let text = Self.header + (0..<Self.count).map { index in
            if broken.contains(index) { return Self.commitment(index, deadline: "\"2025-02-29\"") }
            if index == last - 1 { return Self.commitment(index, id: "c7") }
            return Self.commitment(index)
        }.joined()
        do throws(ConfigError) {
            _ = try ConfigLoader.load(bytes: Array(text.utf8), file: "large.toml")
            Issue.record("loaded a config with errors")
        } catch {
            let expected = broken.map { index in
                ("\(Self.idLine(index) + 1):12", "`deadline` \"2025-02-29\" is not a date: February 2025 has 28 days")
            } + [("\(Self.idLine(last - 1)):6", "commitment id `c7` is used twice (first at \(Self.idLine(7)):6); ids must be unique")]
            let found = error.diagnostics.map { ("\($0.position!.line):\($0.position!.column)", $0.message) }
            #expect(found.count == expected.count)
            for ((place, message), (foundPlace, foundMessage)) in zip(expected.sorted { $0.0 < $1.0 }, found.sorted { $0.0 < $1.0 }) {
                #expect(foundPlace == place)
                #expect(foundMessage.hasPrefix(message) || foundMessage == message)
            }
        }
    }

    /// Party and lead-time lists repeat across commitments, more distinct ones than are kept
    /// at hand, some a prefix of another: each commitment keeps exactly the lists it wrote.
    static func lists(_ index: Int) -> (parties: [String], leadTimes: [String]) {
        let k = index % 13
        let parties = k % 4 == 0 ? ["Party \(k)"] : ["Party \(k)", "Other \(k % 3)"]
        let leadTimes = k % 5 == 0 ? ["\(k + 1)d"] : ["\(k + 1)d", "\(k % 3 + 1)h"]
        return (parties, leadTimes)
    }

    static func written(_ words: [String]) -> String { "[" + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }

    @Test("repeated party and lead-time lists: each commitment keeps its own")
    func repeatedLists() throws {
        let text = Self.header + (0..<300).map { index in
            let (parties, leadTimes) = Self.lists(index)
            return "[[commitment]]\nid = \"c\(index)\"\nparties = \(Self.written(parties))\nlead_times = \(Self.written(leadTimes))\ndeadline = 2031-01-01\n\n"
        }.joined()
        let config = try ConfigLoader.load(bytes: Array(text.utf8), file: "large.toml")
        for (index, commitment) in config.commitments.enumerated() {
            let (parties, leadTimes) = Self.lists(index)
            #expect(commitment.parties == parties)
            #expect(commitment.leadTimes.map(\.text) == leadTimes)
        }
    }

    @Test("a list like one seen before but holding a number is still reported")
    func repeatedListWithANumber() throws {
        let text = Self.header + "[[commitment]]\nid = \"a\"\nparties = [\"P\", \"Q\"]\nlead_times = [\"2d\", \"1d\"]\ndeadline = 2031-01-01\n\n"
            + "[[commitment]]\nid = \"b\"\nparties = [\"P\", 2]\nlead_times = [\"2d\", 1]\ndeadline = 2031-01-01\n"
        do throws(ConfigError) {
            _ = try ConfigLoader.load(bytes: Array(text.utf8), file: "large.toml")
            Issue.record("loaded a config with errors")
        } catch {
            let found = error.diagnostics.map { "\($0.position!.line):\($0.position!.column) \($0.message)" }
            #expect(found == [
                "12:17 `parties` in commitment `b` must hold strings only; element 2 is an integer",
                "13:21 `lead_times` in commitment `b` must hold strings only; element 2 is an integer",
            ])
        }
    }

    @Test("[statement] after the commitments: the same commitments, read from the tree")
    func statementLast() throws {
        let commitments = (0..<100).map { Self.commitment($0) }.joined()
        let first = try ConfigLoader.load(bytes: Array((Self.header + commitments).utf8), file: "first.toml")
        let last = try ConfigLoader.load(bytes: Array((commitments + Self.header).utf8), file: "last.toml")
        #expect(last.commitments.map(\.id) == first.commitments.map(\.id))
        #expect(last.commitments.map(\.deadline) == first.commitments.map(\.deadline))
    }

    @Test("[daemon] after the commitments: its time zone and lead times apply to them")
    func daemonLast() throws {
        let daemon = "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"3d\"]\n"
        let text = Self.header + Self.commitment(0, deadline: "2030-01-01T12:00:00") + daemon
        let config = try ConfigLoader.load(bytes: Array(text.utf8), file: "large.toml")
        let commitment = try #require(config.commitments.first)
        // 12:00 in Baghdad (UTC+3) is 09:00 UTC.
        #expect(commitment.deadline?.instant == Instant(seconds: 1_893_488_400))
        #expect(commitment.leadTimes.map(\.text) == ["3d"])
    }
}
