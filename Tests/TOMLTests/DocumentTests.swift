import Testing

@testable import TOML

/// Whole documents: positions, a realistic config, limits and large inputs.
struct DocumentTests {
    static let config = """
        [daemon]
        timezone = "Asia/Baghdad"
        lead_times = ["90d", "30d", "7d", "1d"]
        [statement]
        id = "us-iraq-2024-09-27"
        issued = 2024-09-27
        [[commitment]]
        id = "iraq-mission-end"
        within = "12 months"
        [[commitment.milestone]]
        id = "m1"
        at = 2025-03-31
        [[commitment]]
        id = "syria"
        """

    @Test func realisticConfig() throws {
        let root = try TOMLDocument.parse(Self.config)
        #expect(root.keys == ["daemon", "statement", "commitment"])
        guard case .table(let daemon)? = root["daemon"], case .table(let statement)? = root["statement"],
            case .array(let commitments)? = root["commitment"]
        else {
            Issue.record("unexpected shape: \(root)")
            return
        }
        #expect(daemon["timezone"] == .string("Asia/Baghdad"))
        #expect(daemon["lead_times"] == .array([.string("90d"), .string("30d"), .string("7d"), .string("1d")]))
        #expect(statement["issued"] == .localDate(TOMLLocalDate(year: 2024, month: 9, day: 27)))
        #expect(commitments.count == 2)
        let first: TOMLTable = [
            "id": .string("iraq-mission-end"), "within": .string("12 months"),
            "milestone": .array([.table(["id": .string("m1"), "at": .localDate(TOMLLocalDate(year: 2025, month: 3, day: 31))])]),
        ]
        #expect(commitments[0] == .table(first))
        #expect(commitments[1] == .table(["id": .string("syria")]))
    }

    @Test func positionsOfKeysValuesAndElements() throws {
        let root = try TOMLDocument.parse(Self.config)
        let daemon = try #require(root.entry("daemon"))
        #expect(daemon.keyPosition == TOMLPosition(line: 1, column: 2))
        #expect(daemon.valuePosition == TOMLPosition(line: 1, column: 1))
        guard case .table(let daemonTable) = daemon.value else {
            Issue.record("daemon is not a table")
            return
        }
        #expect(daemonTable.position == TOMLPosition(line: 1, column: 1))
        let leadTimes = try #require(daemonTable.entry("lead_times"))
        #expect(leadTimes.keyPosition == TOMLPosition(line: 3, column: 1))
        #expect(leadTimes.valuePosition == TOMLPosition(line: 3, column: 14))
        #expect(leadTimes.elementPositions == [15, 22, 29, 35].map { TOMLPosition(line: 3, column: $0) })
        let commitment = try #require(root.entry("commitment"))
        #expect(commitment.keyPosition == TOMLPosition(line: 7, column: 3))
        #expect(commitment.elementPositions == [TOMLPosition(line: 7, column: 1), TOMLPosition(line: 13, column: 1)])
        guard case .array(let elements) = commitment.value, case .table(let first) = elements[0] else {
            Issue.record("commitment is not an array of tables")
            return
        }
        #expect(first.position == TOMLPosition(line: 7, column: 1))
        #expect(first.entry("within")?.valuePosition == TOMLPosition(line: 9, column: 10))
        #expect(first.entry("milestone")?.keyPosition == TOMLPosition(line: 10, column: 14))
    }

    @Test func positionsCountUnicodeScalarsAndSkipTheByteOrderMark() throws {
        let root = try TOMLDocument.parse("\u{FEFF}a = 1\n\"مدينة\" = \"بغداد\" # ✓\nb = [ 'é', 2 ]")
        #expect(root.entry("a")?.keyPosition == TOMLPosition(line: 1, column: 1))
        #expect(root.entry("مدينة")?.valuePosition == TOMLPosition(line: 2, column: 11))
        #expect(root.entry("b")?.elementPositions == [TOMLPosition(line: 3, column: 7), TOMLPosition(line: 3, column: 12)])
    }

    @Test func impliedTablesArePositionedWhereFirstImplied() throws {
        let root = try TOMLDocument.parse("x = 1\n  a.b.c = 2\n[p.q]\n")
        let a = try #require(root.entry("a"))
        #expect(a.keyPosition == TOMLPosition(line: 2, column: 3))
        guard case .table(let aTable) = a.value else { return }
        #expect(aTable.position == TOMLPosition(line: 2, column: 3))
        #expect(aTable.entry("b")?.keyPosition == TOMLPosition(line: 2, column: 5))
        let p = try #require(root.entry("p"))
        #expect(p.keyPosition == TOMLPosition(line: 3, column: 2))
        guard case .table(let pTable) = p.value else { return }
        #expect(pTable.entry("q")?.keyPosition == TOMLPosition(line: 3, column: 4))
        #expect(pTable.entry("q")?.valuePosition == TOMLPosition(line: 3, column: 1))
    }

    @Test func errorsAfterMultilineStringsCountLines() {
        #expect(throws: TOMLError(line: 4, column: 7, message: "expected the end of the line after the value, found 'x'")) {
            try TOMLDocument.parse("a = \"\"\"\none\ntwo\"\"\"\nb = 1 x")
        }
    }

    @Test(arguments: ["[", "{a="])
    func deepNestingIsAnErrorNotACrash(_ opener: String) {
        let document = "x = " + String(repeating: opener, count: 10_000)
        #expect(throws: TOMLError.self) { try TOMLDocument.parse(document) }
        do {
            _ = try TOMLDocument.parse(document)
        } catch {
            #expect(error.message == "arrays and inline tables nest deeper than 128 levels")
            #expect(error.line == 1)
        }
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = Parser.maximumDepth - 1
        let document = "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try #require(try TOMLDocument.parse(document)["x"])
        for _ in 1..<depth {
            guard case .array(let inner) = value, inner.count == 1 else {
                Issue.record("lost a level")
                return
            }
            value = inner[0]
        }
        #expect(value == .array([]))
    }

    @Test(arguments: ["[" + Array(repeating: "a", count: 10_000).joined(separator: ".") + "]",
                      Array(repeating: "a", count: 10_000).joined(separator: ".") + " = 1"])
    func deepTablePathsAreAnError(_ document: String) {
        #expect(throws: TOMLError.self) { try TOMLDocument.parse(document) }
    }

    @Test func oneMegabyteString() throws {
        let body = String(repeating: "abcdefghij", count: 100_000)
        let root = try TOMLDocument.parse("s = \"\(body)\"\nt = \"\(body)\\n\"")
        #expect(root["s"] == .string(body))
        #expect(root["t"] == .string(body + "\n"))
    }

    @Test func thousandsOfArrayOfTablesElementsKeepOrder() throws {
        let document = (0..<5_000).map { "[[c]]\nid = \($0)" }.joined(separator: "\n")
        guard case .array(let elements)? = try TOMLDocument.parse(document)["c"] else {
            Issue.record("c is not an array")
            return
        }
        #expect(elements.count == 5_000)
        #expect(elements[4_321] == .table(["id": .integer(4_321)]))
    }

    @Test func errorDescriptionNamesLineAndColumn() {
        let error = TOMLError(line: 12, column: 5, message: "expected '=' after key `lead_times`")
        #expect(error.description == "12:5: expected '=' after key `lead_times`")
    }
}
