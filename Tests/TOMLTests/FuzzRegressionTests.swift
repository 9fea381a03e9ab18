import Testing

@testable import TOML

/// Inputs the fuzzer (`make fuzz`, target `toml`) found to break a property of the parser,
/// kept as tests once fixed. The property: any bytes parse or give one error at a place in the
/// document, whose message quotes at most 40 characters of what it found.
@Suite("TOML fuzz regressions")
struct TOMLFuzzRegressionTests {
    /// Parses `bytes`, which must fail at `line`:`column` with `message`, in under 512 bytes.
    func expectBoundedError(
        _ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try TOMLDocument.parse(bytes)
            Issue.record("accepted an invalid document", sourceLocation: sourceLocation)
        } catch {
            #expect(error.line == line && error.column == column, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message == message, sourceLocation: sourceLocation)
            #expect(error.message.utf8.count < 512, sourceLocation: sourceLocation)
        }
    }

    /// crash-5c2616be345f37d30efa69a52ef954d2bbd88955 (577 bytes): a 575-character bare key
    /// with no `=`; the message echoed the whole key.
    @Test("a long bare key without '=' is quoted to 40 characters")
    func longBareKeyWithoutEquals() {
        let key = "a" + String(repeating: "w", count: 112) + String(repeating: "-", count: 56) + String(repeating: "w", count: 47)
            + String(repeating: "-", count: 96) + String(repeating: "w", count: 25) + String(repeating: "-", count: 56)
            + String(repeating: "w", count: 47) + String(repeating: "-", count: 131) + String(repeating: "w", count: 4)
        expectBoundedError(
            Array((key + "\r\n").utf8), 1, 576,
            "expected '=' after key `a\(String(repeating: "w", count: 39))…`, found the end of the line")
    }

    @Test("every message that quotes the document stays short for a 1 MB token")
    func longTokens() {
        let long = String(repeating: "7", count: 1 << 20)
        let shown = String(repeating: "7", count: 40) + "…"
        expectBoundedError(Array("x = \(long)".utf8), 1, 5, "integer \(shown) does not fit in 64 bits")
        expectBoundedError(Array("x = 0\(long)".utf8), 1, 5, "leading zeros are not allowed in `0\(String(repeating: "7", count: 39))…`")
        expectBoundedError(
            Array("x = 2025-13-01T\(long)".utf8), 1, 10,
            "invalid date 2025-13-01: there is no month 13")
        expectBoundedError(
            Array("x = 2025-01-01T1\(long)".utf8), 1, 18,
            "invalid date or time `1\(String(repeating: "7", count: 39))…`: expected ':', found '7'")
        expectBoundedError(
            Array("x = t\(String(repeating: "r", count: 1 << 20))".utf8), 1, 5,
            "expected a value, found `t\(String(repeating: "r", count: 39))…` (strings need quotes)")
        let key = String(repeating: "k", count: 1 << 20)
        expectBoundedError(
            Array("\(key) = 1\n\(key) = 2".utf8), 2, 1,
            "duplicate key `\(String(repeating: "k", count: 40))…` (first defined at 1:1)")
        expectBoundedError(
            Array("[\"\(key)\"]\n[\"\(key)\"]".utf8), 2, 1,
            "table [\(String(repeating: "k", count: 40))…] is defined twice (first at 1:1)")
        let dotted = Array(repeating: key.prefix(1000), count: 100).joined(separator: ".")
        do {
            _ = try TOMLDocument.parse("\(dotted) = 1\n\(dotted) = 2")
            Issue.record("accepted a duplicate dotted key")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.utf8.count < 512, "\(error.message.utf8.count) bytes")
        }
    }
}
