import DeadlineCore
import Foundation
import Testing

/// Inputs the fuzzer (`make fuzz`, targets `ledger` and `config`) found to break a property of
/// DeadlineCore, kept as tests once fixed.
@Suite("DeadlineCore fuzz regressions")
struct DeadlineCoreFuzzRegressionTests {
    static let good =
        #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1743368400,"target":1743368400,"sent_at":1743368400.000000,"message":"m"}"#

    /// crash-084f9435190cb45ec55c10df961fdfbe9dc8a653: `"sent_at":17433173500000068400.000000`
    /// (beyond Int64) trapped while converting to whole seconds: the daemon died reading its own
    /// alert log. Such a line is damaged, like any other unreadable line.
    @Test(
        "an alert log line whose numbers are out of range is a damaged line, not a crash",
        arguments: [
            #""sent_at":17433173500000068400.000000"#,
            #""sent_at":-9.3e18"#,
            #""sent_at":1e308"#,
            #""fire_at":-9223372036854775808"#,
            #""target":9223372036854775807"#,
        ])
    func outOfRangeNumbers(field: String) {
        let key = String(field.prefix { $0 != ":" })
        let damaged = Self.good.replacingOccurrences(
            of: #"(?<=[{,])\#(key):[-0-9.e]+"#, with: field, options: .regularExpression)
        #expect(damaged != Self.good)
        #expect(LedgerRecord(jsonLine: damaged) == nil)
        let contents = AlertLogContents.parse(Array("\(Self.good)\n\(damaged)\n\(Self.good)\n".utf8))
        #expect(contents.records.count == 2)
        #expect(contents.corruptLines == [2])
    }

    @Test("instants up to year 30,000 still read back")
    func farButSaneInstants() throws {
        let far = Self.good.replacingOccurrences(of: "1743368400", with: "884541427200")
        let record = try #require(LedgerRecord(jsonLine: far))
        #expect(record.fireAt.seconds == 884_541_427_200)
        #expect(record.sentAt.seconds == 884_541_427_200)
    }

    /// crash-60077bfd454b10d09b2d1419afab659fdbcdb40a (config target): `within = "77777777777777712
    /// months"` overflowed Int64 while converting the span to seconds, so `deadlined check` (and
    /// the daemon, at start or reload) trapped instead of reporting the value.
    @Test(
        "a `within` count too large for 64 bits is an error, not a crash",
        arguments: ["77777777777777712 months", "9223372036854775807 years", "9223372036854775807 days", "36526 days"])
    func hugeWithin(text: String) {
        let config = "[statement]\nid = \"s\"\nissued = 2024-09-27\n[[commitment]]\nid = \"c\"\nwithin = \"\(text)\"\n"
        do {
            _ = try ConfigLoader.load(bytes: Array(config.utf8), file: "fuzz.toml")
            Issue.record("accepted within = \(text)")
        } catch {
            #expect(error.description == "fuzz.toml:6:10: error: `within` \"\(text)\" is longer than 100 years")
        }
    }

    @Test("the longest `within` accepted is 100 years")
    func longestWithin() throws {
        let config = "[statement]\nid = \"s\"\nissued = 2024-09-27\n[[commitment]]\nid = \"c\"\nwithin = \"100 years\"\n"
        let loaded = try ConfigLoader.load(bytes: Array(config.utf8), file: "fuzz.toml")
        #expect(loaded.commitments.first?.deadlineLabel == "2124-09-27")
    }
}
