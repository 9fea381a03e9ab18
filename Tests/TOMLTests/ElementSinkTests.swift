import Testing

@testable import TOML

/// A sink takes the elements of one top-level array of tables as each is finished.
struct ElementSinkTests {
    final class Collector: TOMLElementSink {
        let key = "commitment"
        let accept: Bool
        var before: TOMLTable?
        var taken: [TOMLTable] = []

        init(accept: Bool) { self.accept = accept }

        func begin(before top: TOMLTable) -> Bool {
            before = top
            return accept
        }

        func take(_ table: TOMLTable) { taken.append(table) }
    }

    @Test("each element whole (its sub-tables too), in order; the tree keeps empty tables at the headers")
    func takesEachElement() throws {
        let sink = Collector(accept: true)
        let root = try TOMLDocument.parse(Array(DocumentTests.config.utf8), elementsTo: sink)
        let whole = try TOMLDocument.parse(DocumentTests.config)
        guard case .array(let expected)? = whole["commitment"], case .array(let kept)? = root["commitment"] else {
            Issue.record("no commitment array")
            return
        }
        #expect(sink.taken.map { TOMLValue.table($0) } == expected)
        #expect(sink.taken.map(\.position) == [TOMLPosition(line: 7, column: 1), TOMLPosition(line: 13, column: 1)])
        #expect(kept == [.table(TOMLTable()), .table(TOMLTable())])
        #expect(root["daemon"] == whole["daemon"])
        #expect(sink.before?.keys == ["daemon", "statement"])
        #expect(sink.before?["statement"] == whole["statement"])
    }

    @Test("a sink that declines leaves the tree as without one")
    func declined() throws {
        let sink = Collector(accept: false)
        let root = try TOMLDocument.parse(Array(DocumentTests.config.utf8), elementsTo: sink)
        #expect(root == (try TOMLDocument.parse(DocumentTests.config)))
        #expect(sink.taken.isEmpty)
    }

    @Test("only the top-level array of that name")
    func onlyTopLevel() throws {
        let sink = Collector(accept: true)
        let root = try TOMLDocument.parse(Array("[[a.commitment]]\nx = 1\n[[a.commitment]]\nx = 2\n".utf8), elementsTo: sink)
        #expect(sink.before == nil)
        #expect(sink.taken.isEmpty)
        #expect(root == (try TOMLDocument.parse("[[a.commitment]]\nx = 1\n[[a.commitment]]\nx = 2\n")))
    }
}
