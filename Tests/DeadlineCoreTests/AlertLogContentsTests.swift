import DeadlineCore
import Testing

@Suite("Alert log lines: round trip, torn tails, damage")
struct AlertLogContentsTests {
    static let record = LedgerRecord(
        alertID: "0123456789abcdef0123456789abcdef", statementID: "s", commitmentID: "c", milestoneID: nil,
        kind: .approaching, lead: "30d", occurrence: 0, fireAt: Instant(seconds: 1_756_000_000),
        target: Instant(seconds: 1_758_592_000), sentAt: Instant(seconds: 1_756_000_000, nanoseconds: 2_500_000),
        message: "c: 30 days left until 2025-09-27 (\"quoted\", \u{627}\u{644}\u{639}\u{631}\u{627}\u{642})")

    @Test("a record survives a round trip through its JSON line")
    func roundTrip() throws {
        let line = Self.record.jsonLine
        #expect(!line.contains("\n"))
        let back = try #require(LedgerRecord(jsonLine: line))
        #expect(back.alertID == Self.record.alertID)
        #expect(back.message == Self.record.message)
        #expect(back.lead == "30d")
        #expect(abs(back.lateness - 0.0025) < 1e-6)
    }

    @Test("a torn last line is dropped and the good length points before it")
    func tornTail() {
        let good = Self.record.jsonLine + "\n"
        let bytes = Array((good + good + String(good.prefix(40))).utf8)
        let contents = AlertLogContents.parse(bytes)
        #expect(contents.records.count == 2)
        #expect(contents.hasTornTail)
        #expect(contents.corruptLines.isEmpty)
        #expect(contents.goodLength == good.utf8.count * 2)
    }

    @Test("garbage between good lines is reported by line number")
    func damagedMiddle() {
        let good = Self.record.jsonLine + "\n"
        let contents = AlertLogContents.parse(Array((good + "garbage\n" + good + good).utf8))
        #expect(contents.records.count == 3)
        #expect(contents.corruptLines == [2])
        #expect(!contents.hasTornTail)
    }
}
