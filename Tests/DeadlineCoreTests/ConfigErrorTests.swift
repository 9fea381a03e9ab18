import DeadlineCore
import Foundation
import TOML
import Testing

@Suite("Config errors: where, what, and every one at once")
struct ConfigErrorTests {
    @Test("the shipped config is valid: four commitments, two of them dated")
    func shippedConfig() throws {
        let config = try ConfigFile.load(path: Fixtures.shippedConfigPath)
        #expect(config.commitments.map(\.id) == ["iraq-mission-end", "syria-mission-end", "transition-procedures", "protect-advisers"])
        #expect(config.commitments.filter { $0.deadline != nil }.count == 2)
        #expect(config.commitments[0].deadline?.binding.kind == .within)
        #expect(config.commitments[1].deadlineLabel == "2026-09-30")
        #expect(config.commitments.allSatisfy { $0.quote?.isEmpty == false })
    }

    @Test("a broken copy of the shipped config is reported at the right line and column")
    func brokenShippedConfig() throws {
        var lines = try String(contentsOfFile: Fixtures.shippedConfigPath, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("lead_times = [\"90d\"") })
        lines[index] = "lead_times [\"90d\"]"
        let error = try #require(Fixtures.error(lines.joined(separator: "\n"), file: "Config/deadlined.toml"))
        #expect(error.diagnostics.count == 1)
        #expect(error.description.hasPrefix("Config/deadlined.toml:\(index + 1):12: error: "))
    }

    @Test(
        "each mistake gets its message at its position",
        arguments: [
            ("[daemon]\nlead_time = [\"1d\"]\n[statement]\nid = \"s\"", "2:1", "unknown key `lead_time` in [daemon] (did you mean `lead_times`?)"),
            ("[daemon]\ntimezone = \"Asia/Bagdad\"\n[statement]\nid = \"s\"", "2:12", "unknown time zone \"Asia/Bagdad\" (did you mean `Asia/Baghdad`?)"),
            ("[daemon]\nlead_times = [\"30d\", \"-5d\"]\n[statement]\nid = \"s\"", "2:22", "lead time \"-5d\" is negative"),
            ("[daemon]\nlead_times = [\"0d\"]\n[statement]\nid = \"s\"", "2:15", "lead time \"0d\" is zero"),
            ("[daemon]\nlead_times = [\"99999999d\"]\n[statement]\nid = \"s\"", "2:15", "is longer than 100 years"),
            ("[daemon]\nlead_times = [\"5x\"]\n[statement]\nid = \"s\"", "2:15", "unknown unit 'x'"),
            ("[daemon]\ncatch_up = \"lates\"\n[statement]\nid = \"s\"", "2:12", "(did you mean `latest`?)"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = \"2025-02-29\"", "5:12", "\"2025-02-29\" is not a date: February 2025 has 28 days"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = \"2024-13\"", "5:12", "months run from 01 to 12"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\nwithin = \"12 months\"", "5:10", "[statement] has no `issued`"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\nstatus = \"done\"", "5:10", "`status` must be one of open, met, missed, extended, withdrawn"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\n[[commitment]]\nid = \"c\"", "6:6", "commitment id `c` is used twice (first at 4:6)"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\nwithn = \"1 month\"", "5:1", "(did you mean `within`?)"),
            ("[statement]\nid = \"s\"\n[[commitment]]\ntitle = \"no id\"", "3:1", "[[commitment]] needs `id`"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\nlead_times = \"7d\"", "5:14", "must be an array of strings, not a string"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = 2025-09-30\n[[commitment.milestone]]\nid = \"m\"", "6:1", "needs `at`"),
            ("[statement]\nid = \"bad id\"", "2:6", "statement id \"bad id\" must be"),
            ("[daemon]\n[statment]\nid = \"s\"", "2:2", "(did you mean `statement`?)"),
            ("[daemon]\nnotify_command = [\"notify-send\"]\n[statement]\nid = \"s\"", "2:19", "must start with an absolute program path"),
            ("[statement]\nid = \"s\"\n[[commitment]]\nid = \"c\"\ndeadline = 1969", "5:12", "year 1969 is out of range"),
            ("[daemon]\nmetrics_file = \"/var/lib/deadlined/metrics.txt\"\n[statement]\nid = \"s\"", "2:16", "must name a file ending in \".prom\""),
            ("[daemon]\nmetrics_every = \"2h\"\n[statement]\nid = \"s\"", "2:17", "`metrics_every` \"2h\" is too long; at most 1h"),
            ("[daemon]\nmetrics_every = \"5\"\n[statement]\nid = \"s\"", "2:17", "`metrics_every` \"5\" has no unit"),
        ])
    func diagnostics(text: String, place: String, fragment: String) throws {
        let error = try #require(Fixtures.error(text))
        let first = try #require(error.diagnostics.first)
        let position = first.position.map { "\($0.line):\($0.column)" } ?? "-"
        #expect(position == place, "\(error)")
        #expect(first.message.contains(fragment), "\(error)")
    }

    @Test("several errors are reported at once, in file order")
    func severalErrors() throws {
        let error = try #require(Fixtures.error("""
            [daemon]
            lead_times = ["1q"]
            colour = "red"
            [statement]
            id = "s"
            [[commitment]]
            id = "c"
            deadline = "2025-02-30"
            """))
        #expect(error.diagnostics.map { $0.position?.line } == [2, 3, 8])
        #expect(error.description.components(separatedBy: "\n").count == 3)
    }

    @Test("a TOML syntax error is one diagnostic with the parser's position")
    func syntaxError() throws {
        let error = try #require(Fixtures.error("[statement]\nid = \"s\"\nissued = 2025-02-30\n"))
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].position?.line == 3)
    }

    @Test("missing file, directory, and no [statement] are errors without a position")
    func fileProblems() throws {
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: "/nonexistent/deadlined.toml") }
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: "/tmp") }
        let error = try #require(Fixtures.error("[daemon]\n"))
        #expect(error.description == "test.toml: error: the config needs a [statement] table with at least `id = \"...\"`")
    }
}
