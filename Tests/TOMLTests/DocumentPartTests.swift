import Testing

@testable import TOML

/// A part of a document, from a line start, parsed in place with the whole document's positions.
struct DocumentPartTests {
    final class Collector: TOMLElementSink {
        let key = "commitment"
        var taken: [TOMLTable] = []
        func begin(before top: TOMLTable) -> Bool { true }
        func take(_ table: TOMLTable) { taken.append(table) }
    }

    /// Arabic before the cut and on its lines, CR LF line ends, the cut's header with a comment.
    static func text(afterTitle: String = "") -> String {
        "# شرح\r\n[statement]\nid = \"s\"\n[[commitment]]\nid = \"a\"\n[[commitment]] # ب\r\n"
            + "title = \"ج\" \(afterTitle)\nid = \"b\"\n[[commitment]]\nid = \"c\"\n"
    }

    @Test("the part from a `[[commitment]]` line: its elements at the whole document's positions")
    func positions() throws {
        let bytes = Array(Self.text().utf8)
        let cut = try #require(TOMLDocument.headerLine("commitment", in: bytes, from: 40))
        let part = Collector()
        let whole = Collector()
        let root = try TOMLDocument.parse(bytes, range: cut..<bytes.count, elementsTo: part)
        _ = try TOMLDocument.parse(bytes, elementsTo: whole)
        #expect(root.keys == ["commitment"])
        #expect(part.taken.count == 2)
        #expect(part.taken == Array(whole.taken.suffix(2)))
        #expect(part.taken.map(\.position) == [TOMLPosition(line: 6, column: 1), TOMLPosition(line: 9, column: 1)])
        #expect(part.taken.first?.valuePosition("title") == TOMLPosition(line: 7, column: 9))
    }

    @Test("an error in the part: where the whole document has it, columns after Arabic too")
    func errorPosition() throws {
        let bytes = Array(Self.text(afterTitle: "x").utf8)
        let cut = try #require(TOMLDocument.headerLine("commitment", in: bytes, from: 40))
        do {
            _ = try TOMLDocument.parse(bytes, elementsTo: Collector())
            Issue.record("parsed a stray `x` after a value")
        } catch {
            #expect(error.position == TOMLPosition(line: 7, column: 13))
        }
        do {
            _ = try TOMLDocument.parse(bytes, range: cut..<bytes.count, elementsTo: Collector())
            Issue.record("parsed a stray `x` after a value")
        } catch {
            #expect(error.position == TOMLPosition(line: 7, column: 13))
        }
    }

    @Test("line feeds are counted eight bytes at a time as one at a time")
    func lineFeeds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("a\n\r\u{0B}\u{8A}\u{0A}\u{09}".utf8)
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            for end in [0, length / 3, length] {
                #expect(TOMLDocument.lineFeeds(in: bytes, before: end) == bytes[..<end].count { $0 == UInt8(ascii: "\n") })
            }
        }
    }
}
