import CivilCalendar

@testable import DeadlineCore
import TOML
import Testing

/// Configs large enough to be read in several runs of commitments at once: the result must be
/// the one a single run would give, in document order.
@Suite("Large configs: read in parallel runs, same result as one run")
struct LargeConfigTests {
    static let count = 3 * ConfigLoader.commitmentsPerThread + 17

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

    @Test("errors in every run and an id repeated across runs: each reported once, in file order")
    func errors() throws {
        let last = Self.count - 1
        let broken = [5, ConfigLoader.commitmentsPerThread + 3, last]
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
}
