@testable import DeadlineCore
import Foundation
import Testing

/// The alert log's line format, read by `FlatJSONObject` and written with `ByteWriter`, checked
/// against what the earlier Foundation-based code (JSONDecoder, String(format:)) did with the
/// same lines: logs written before must read back identically.
@Suite("Alert log lines: reading and writing without Foundation")
struct LedgerLineTests {
    /// The reader the alert log used before: JSONDecoder into this shape.
    struct FoundationLine: Decodable {
        var id: String
        var statement: String
        var commitment: String
        var milestone: String?
        var kind: String
        var lead: String?
        var occurrence: Int?
        var fire_at: Int64
        var target: Int64
        var sent_at: Double
        var message: String

        static func record(_ line: String) -> LedgerRecord? {
            guard let line = try? JSONDecoder().decode(FoundationLine.self, from: Data(line.utf8)),
                  let kind = AlertKind(rawValue: line.kind),
                  abs(line.sent_at) < 1e12,
                  (-1_000_000_000_000...1_000_000_000_000).contains(line.fire_at),
                  (-1_000_000_000_000...1_000_000_000_000).contains(line.target)
            else { return nil }
            let sentSeconds = line.sent_at.rounded(.down)
            return LedgerRecord(
                alertID: line.id, statementID: line.statement, commitmentID: line.commitment, milestoneID: line.milestone,
                kind: kind, lead: line.lead, occurrence: line.occurrence ?? 0,
                fireAt: Instant(seconds: line.fire_at), target: Instant(seconds: line.target),
                sentAt: Instant(seconds: Int64(sentSeconds), nanoseconds: Int32(((line.sent_at - sentSeconds) * 1e9).rounded())),
                message: line.message)
        }
    }

    /// A deterministic generator, so that a failure can be reproduced.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [String] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}",
                                     "\u{627}", "\u{e9}", "e\u{301}", "\u{1F600}", "\u{FFFD}", "\u{2028}", "{", "}", ":", ","]

    static func text(_ generator: inout Generator, maximum: Int = 12) -> String {
        (0..<Int.random(in: 0...maximum, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    static func record(_ generator: inout Generator) -> LedgerRecord {
        let seconds = Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator)
        return LedgerRecord(
            alertID: text(&generator), statementID: text(&generator), commitmentID: text(&generator),
            milestoneID: Bool.random(using: &generator) ? text(&generator) : nil,
            kind: AlertKind.allCases.randomElement(using: &generator)!,
            lead: Bool.random(using: &generator) ? text(&generator) : nil,
            occurrence: Int.random(in: 0...3, using: &generator),
            fireAt: Instant(seconds: seconds), target: Instant(seconds: seconds + Int64.random(in: 0...10_000_000, using: &generator)),
            sentAt: Instant(seconds: seconds + Int64.random(in: 0...100, using: &generator),
                            nanoseconds: Int32.random(in: 0..<1_000_000_000, using: &generator)),
            message: text(&generator, maximum: 40))
    }

    @Test("lines written now are the lines written before, and read back as before")
    func roundTrips() throws {
        var generator = Generator(state: 2)
        for _ in 0..<3_000 {
            let record = Self.record(&generator)
            let line = record.jsonLine
            let sentAt = Double(record.sentAt.seconds) + Double(record.sentAt.nanoseconds) / 1e9
            #expect(line.contains("\"sent_at\":\(String(format: "%.6f", sentAt)),"))
            let ours = try #require(LedgerRecord(jsonLine: line))
            #expect(ours == FoundationLine.record(line))
            #expect(ours.alertID == record.alertID && ours.message == record.message && ours.lead == record.lead)
            #expect(abs(ours.sentAt.interval(since: record.sentAt)) < 1e-6)
        }
    }

    @Test(
        "lines not written by jsonLine but valid JSON read as JSONDecoder read them",
        arguments: [
            #"{"message":"m","sent_at":1.5,"target":2,"fire_at":1,"kind":"due","commitment":"c","statement":"s","id":"a"}"#,
            #" { "id" : "a" , "statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m" } "#,
            #"{"id":"a","statement":"s","commitment":"c","milestone":null,"lead":null,"occurrence":null,"kind":"due","fire_at":1,"target":2,"sent_at":1e3,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"approaching","lead":"30d","occurrence":2,"fire_at":-1,"target":-0,"sent_at":-0.5E-2,"message":"m"}"#,
            #"{"id":"\u0061\/\"\\\b\f\n\r\t\u00e9\u0627\ud83d\ude00\u0000","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\uFFFD"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","extra":[1,{"x":[true,false,null,"s",-1.5e+3]}],"more":{},"less":[],"flag":true}"#,
        ])
    func validJSON(line: String) throws {
        let ours = try #require(LedgerRecord(jsonLine: line))
        #expect(ours == FoundationLine.record(line))
    }

    @Test(
        "malformed lines are refused",
        arguments: [
            "", " ", "{", "}", "[]", "null", "{}", #"{"id":"a"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m"} x"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m",}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m""#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":01,"target":2,"sent_at":1,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1.0,"target":2,"sent_at":1,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1.,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":.5,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":+1,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1e,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":NaN,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":null}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":"1","message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\ud83d"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\ude00"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\ud83d\u0041"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\x"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"\u12"}"#,
            "{\"id\":\"a\",\"statement\":\"s\",\"commitment\":\"c\",\"kind\":\"due\",\"fire_at\":1,\"target\":2,\"sent_at\":1,\"message\":\"tab\there\"}",
            #"{"id":"a","statement":"s","commitment":"c","kind":"later","fire_at":1,"target":2,"sent_at":1,"message":"m"}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","x":[1,]}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","x":tru}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","occurrence":1.5}"#,
            #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":99999999999999999999,"target":2,"sent_at":1,"message":"m"}"#,
            #"{'id':'a'}"#,
        ])
    func malformed(line: String) {
        #expect(LedgerRecord(jsonLine: line) == nil)
    }

    @Test("nesting deeper than 64 levels is refused, without exhausting the stack")
    func deepNesting() {
        let good = #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","x":"#
        #expect(LedgerRecord(jsonLine: good + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "}") != nil)
        #expect(LedgerRecord(jsonLine: good + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "}") == nil)
        #expect(LedgerRecord(jsonLine: good + String(repeating: "[", count: 100_000)) == nil)
        #expect(LedgerRecord(jsonLine: good + String(repeating: "{\"a\":", count: 100_000)) == nil)
    }

    @Test("a key given twice counts as its last value")
    func duplicateKeys() throws {
        let line = #"{"id":"a","statement":"s","commitment":"c","kind":"due","fire_at":1,"target":2,"sent_at":1,"message":"m","id":"b"}"#
        #expect(try #require(LedgerRecord(jsonLine: line)).alertID == "b")
        #expect(LedgerRecord(jsonLine: line.replacingOccurrences(of: #""id":"b""#, with: #""id":2"#)) == nil)
    }

    @Test("damaged copies of good lines read as JSONDecoder read them, or not at all")
    func damagedLines() throws {
        var generator = Generator(state: 3)
        var disagreements: [String] = []
        for _ in 0..<300 {
            let line = Self.record(&generator).jsonLine
            var variants = (0..<line.utf8.count).map { String(decoding: Array(line.utf8.prefix($0)), as: UTF8.self) }
            for _ in 0..<30 {
                var bytes = Array(line.utf8)
                let index = Int.random(in: bytes.indices, using: &generator)
                bytes[index] = Array(#"{}[]":,\0123456789.eE+-nul tfaxs"#.utf8).randomElement(using: &generator)!
                variants.append(String(decoding: bytes, as: UTF8.self))
            }
            for variant in variants {
                let ours = LedgerRecord(jsonLine: variant)
                let theirs = FoundationLine.record(variant)
                // JSONDecoder also takes 1.0 and 1e2 for integers, which the log never writes:
                // this reader refuses them.
                if ours != theirs, !(ours == nil && Self.hasNonIntegerInteger(variant)), disagreements.count < 10 {
                    disagreements.append(variant)
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    /// Whether an integer key holds a number with a fraction or exponent, or a key is duplicated.
    static func hasNonIntegerInteger(_ line: String) -> Bool {
        guard let object = FlatJSONObject(line) else { return false }
        let keys = object.members.map(\.key)
        if Set(keys).count != keys.count { return true }
        return object.members.contains { member in
            ["fire_at", "target", "occurrence"].contains(member.key) && member.value.int64 == nil && member.value.double != nil
        }
    }
}
