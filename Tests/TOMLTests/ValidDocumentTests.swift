import Testing

@testable import TOML

/// Documents that follow TOML 1.0.0, section by section, with the tree each must produce.
struct ValidDocumentTests {
    static let keysAndCommentsCases: [ValidCase] = [
        ValidCase("bare key", "key = 1", ["key": .integer(1)]),
        ValidCase("bare key characters", "A-z_0-9 = 1\n1234 = 2", ["A-z_0-9": .integer(1), "1234": .integer(2)]),
        ValidCase("quoted key", #""a b" = 1"#, ["a b": .integer(1)]),
        ValidCase("quoted key with escape", #""\u00e9\"" = 1"#, ["é\"": .integer(1)]),
        ValidCase("literal key", "'c:\\path' = 1", ["c:\\path": .integer(1)]),
        ValidCase("empty quoted key", #""" = 1"#, ["": .integer(1)]),
        ValidCase("empty literal key", "'' = 1", ["": .integer(1)]),
        ValidCase(
            "dotted key", "a.b.c = 1",
            ["a": .table(["b": .table(["c": .integer(1)])])]),
        ValidCase(
            "dotted key with spaces and quotes", #"a . "b.c" . 'd' = 1"#,
            ["a": .table(["b.c": .table(["d": .integer(1)])])]),
        ValidCase(
            "dotted keys extend the same table", "a.b = 1\na.c = 2",
            ["a": .table(["b": .integer(1), "c": .integer(2)])]),
        ValidCase("float-like dotted key", "3.14159 = 'pi'", ["3": .table(["14159": .string("pi")])]),
        ValidCase("whitespace around key and value", " \t key \t = \t 1 \t ", ["key": .integer(1)]),
        ValidCase("no whitespace", "key=1", ["key": .integer(1)]),
        ValidCase("comments everywhere", "# top\nkey = 1 # after\n# end", ["key": .integer(1)]),
        ValidCase("comment with tab and unicode", "#\tكل شيء ✓\na = 1", ["a": .integer(1)]),
        ValidCase("empty document", "", [:]),
        ValidCase("only comments and blank lines", "\n\n# x\n\n", [:]),
        ValidCase("keys keep document order", "z = 1\na = 2\nm = 3", ["z": .integer(1), "a": .integer(2), "m": .integer(3)]),
        ValidCase("CRLF line endings", "a = 1\r\nb = 2\r\n# c\r\n[t]\r\nc = 3\r\n",
            ["a": .integer(1), "b": .integer(2), "t": .table(["c": .integer(3)])]),
        ValidCase("byte order mark is skipped", "\u{FEFF}a = 1", ["a": .integer(1)]),
        ValidCase("keys that look like values", "true = 1\ninf = 2\nnan = 3", ["true": .integer(1), "inf": .integer(2), "nan": .integer(3)]),
    ]

    static let stringsCases: [ValidCase] = [
        ValidCase("basic string", #"s = "hello""#, ["s": .string("hello")]),
        ValidCase("empty basic string", #"s = """#, ["s": .string("")]),
        ValidCase("escape \\b", #"s = "a\bb""#, ["s": .string("a\u{08}b")]),
        ValidCase("escape \\t", #"s = "a\tb""#, ["s": .string("a\tb")]),
        ValidCase("escape \\n", #"s = "a\nb""#, ["s": .string("a\nb")]),
        ValidCase("escape \\f", #"s = "a\fb""#, ["s": .string("a\u{0C}b")]),
        ValidCase("escape \\r", #"s = "a\rb""#, ["s": .string("a\rb")]),
        ValidCase("escape \\\"", #"s = "a\"b""#, ["s": .string("a\"b")]),
        ValidCase("escape \\\\", #"s = "a\\b""#, ["s": .string("a\\b")]),
        ValidCase("escape \\u", #"s = "\u0041\u00E9\u0628""#, ["s": .string("Aéب")]),
        ValidCase("escape \\U", #"s = "\U0001F600""#, ["s": .string("😀")]),
        ValidCase("escape \\u0000", #"s = "a\u0000b""#, ["s": .string("a\u{0}b")]),
        ValidCase("escape \\U0010FFFF", #"s = "\U0010FFFF""#, ["s": .string("\u{10FFFF}")]),
        ValidCase("tab allowed raw", "s = \"a\tb\"", ["s": .string("a\tb")]),
        ValidCase("unicode in basic string", #"s = "بغداد ✓""#, ["s": .string("بغداد ✓")]),
        ValidCase("literal string", #"s = 'C:\Users\nodejs\templates'"#, ["s": .string(#"C:\Users\nodejs\templates"#)]),
        ValidCase("literal string with double quotes", #"s = 'Tom "Dubs" Preston'"#, ["s": .string(#"Tom "Dubs" Preston"#)]),
        ValidCase("empty literal string", "s = ''", ["s": .string("")]),
        ValidCase("multi-line basic", "s = \"\"\"\nRoses\nViolets\"\"\"", ["s": .string("Roses\nViolets")]),
        ValidCase("multi-line basic first newline trimmed only once", "s = \"\"\"\n\nx\"\"\"", ["s": .string("\nx")]),
        ValidCase("multi-line basic CRLF becomes LF", "s = \"\"\"\r\na\r\nb\"\"\"", ["s": .string("a\nb")]),
        ValidCase(
            "multi-line line-ending backslash", "s = \"\"\"\nThe quick \\\n\n   brown \\   \n  fox\"\"\"",
            ["s": .string("The quick brown fox")]),
        ValidCase("multi-line backslash with CRLF", "s = \"\"\"a \\\r\n   b\"\"\"", ["s": .string("a b")]),
        ValidCase("multi-line escapes", #"s = """\t\u00e9\"""""#, ["s": .string("\té\"")]),
        ValidCase("multi-line one quote before delimiter", #"s = """a"""""#, ["s": .string("a\"")]),
        ValidCase("multi-line two quotes before delimiter", #"s = """a""""""#, ["s": .string("a\"\"")]),
        ValidCase("multi-line quotes inside", #"s = """a""b"c""""#, ["s": .string("a\"\"b\"c")]),
        ValidCase("multi-line empty", #"s = """""""#, ["s": .string("")]),
        ValidCase("multi-line literal", "s = '''\nfirst\n  second \\n'''", ["s": .string("first\n  second \\n")]),
        ValidCase("multi-line literal quotes before delimiter", "s = '''it''''' ", ["s": .string("it''")]),
        ValidCase("multi-line literal CRLF", "s = '''\r\na\r\nb'''", ["s": .string("a\nb")]),
        ValidCase("multi-line with tab", "s = \"\"\"a\tb\"\"\"", ["s": .string("a\tb")]),
    ]

    static let numbersCases: [ValidCase] = [
        ValidCase("integers", "a = 99\nb = +42\nc = 0\nd = -17\ne = +0\nf = -0",
            ["a": .integer(99), "b": .integer(42), "c": .integer(0), "d": .integer(-17), "e": .integer(0), "f": .integer(0)]),
        ValidCase("underscores", "a = 1_000\nb = 5_349_221\nc = 1_2_3_4_5", ["a": .integer(1000), "b": .integer(5_349_221), "c": .integer(12345)]),
        ValidCase("Int64 extremes", "max = 9223372036854775807\nmin = -9223372036854775808",
            ["max": .integer(.max), "min": .integer(.min)]),
        ValidCase("hexadecimal", "a = 0xDEADBEEF\nb = 0xdeadbeef\nc = 0xdead_beef\nd = 0x00ff",
            ["a": .integer(0xDEADBEEF), "b": .integer(0xDEADBEEF), "c": .integer(0xDEADBEEF), "d": .integer(255)]),
        ValidCase("hexadecimal maximum", "a = 0x7FFFFFFFFFFFFFFF", ["a": .integer(.max)]),
        ValidCase("octal", "a = 0o01234567\nb = 0o755\nc = 0o7_7", ["a": .integer(0o1234567), "b": .integer(0o755), "c": .integer(63)]),
        ValidCase("binary", "a = 0b11010110\nb = 0b1_0", ["a": .integer(214), "b": .integer(2)]),
        ValidCase("floats with fraction", "a = +1.0\nb = 3.1415\nc = -0.01", ["a": .float(1), "b": .float(3.1415), "c": .float(-0.01)]),
        ValidCase("floats with exponent", "a = 5e+22\nb = 1e06\nc = -2E-2\nd = 1e0",
            ["a": .float(5e22), "b": .float(1e6), "c": .float(-0.02), "d": .float(1)]),
        ValidCase("float with fraction and exponent", "a = 6.626e-34", ["a": .float(6.626e-34)]),
        ValidCase("float with underscores", "a = 224_617.445_991_228", ["a": .float(224_617.445_991_228)]),
        ValidCase("zero floats", "a = 0.0\nb = +0.0\nc = -0.0\nd = 0e0", ["a": .float(0), "b": .float(0), "c": .float(-0.0), "d": .float(0)]),
        ValidCase("infinity", "a = inf\nb = +inf\nc = -inf", ["a": .float(.infinity), "b": .float(.infinity), "c": .float(-.infinity)]),
        ValidCase("not a number", "a = nan\nb = +nan\nc = -nan", ["a": .float(.nan), "b": .float(.nan), "c": .float(.nan)]),
        ValidCase("booleans", "t = true\nf = false", ["t": .boolean(true), "f": .boolean(false)]),
        ValidCase("exponent leading zeros", "a = 1e-007", ["a": .float(1e-7)]),
    ]

    static let datesAndTimesCases: [ValidCase] = [
        ValidCase("offset date-time Z", "d = 1979-05-27T07:32:00Z",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(1979, 5, 27), time: time(7, 32, 0), offsetMinutes: 0))]),
        ValidCase("offset date-time lowercase", "d = 1979-05-27t07:32:00z",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(1979, 5, 27), time: time(7, 32, 0), offsetMinutes: 0))]),
        ValidCase("offset date-time negative offset", "d = 1979-05-27T00:32:00-07:00",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(1979, 5, 27), time: time(0, 32, 0), offsetMinutes: -420))]),
        ValidCase("offset date-time fraction and offset", "d = 1979-05-27T00:32:00.999999+05:30",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(1979, 5, 27), time: time(0, 32, 0, 999_999_000), offsetMinutes: 330))]),
        ValidCase("space separator", "d = 1979-05-27 07:32:00Z",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(1979, 5, 27), time: time(7, 32, 0), offsetMinutes: 0))]),
        ValidCase("local date-time", "d = 1979-05-27T07:32:00",
            ["d": .localDateTime(TOMLLocalDateTime(date: date(1979, 5, 27), time: time(7, 32, 0)))]),
        ValidCase("local date-time with fraction", "d = 1979-05-27T00:32:00.5",
            ["d": .localDateTime(TOMLLocalDateTime(date: date(1979, 5, 27), time: time(0, 32, 0, 500_000_000)))]),
        ValidCase("local date", "d = 1979-05-27", ["d": .localDate(date(1979, 5, 27))]),
        ValidCase("local date then comment", "d = 1979-05-27 # birthday", ["d": .localDate(date(1979, 5, 27))]),
        ValidCase("local time", "t = 07:32:00", ["t": .localTime(time(7, 32, 0))]),
        ValidCase("local time with fraction", "t = 00:32:00.999999", ["t": .localTime(time(0, 32, 0, 999_999_000))]),
        ValidCase("fraction truncated to nanoseconds", "t = 00:00:00.1234567899", ["t": .localTime(time(0, 0, 0, 123_456_789))]),
        ValidCase("leap day in a leap year", "d = 2024-02-29", ["d": .localDate(date(2024, 2, 29))]),
        ValidCase("leap day in 2000", "d = 2000-02-29", ["d": .localDate(date(2000, 2, 29))]),
        ValidCase("leap second", "t = 23:59:60", ["t": .localTime(time(23, 59, 60))]),
        ValidCase("end of day", "d = 2025-12-31T23:59:59+23:59",
            ["d": .offsetDateTime(TOMLOffsetDateTime(date: date(2025, 12, 31), time: time(23, 59, 59), offsetMinutes: 1439))]),
        ValidCase("dates in an array", "a = [2024-09-27, 07:00:00]", ["a": .array([.localDate(date(2024, 9, 27)), .localTime(time(7, 0, 0))])]),
    ]

    static let arraysAndTablesCases: [ValidCase] = [
        ValidCase("empty array", "a = []", ["a": .array([])]),
        ValidCase("integer array", "a = [1, 2, 3]", ["a": .array([.integer(1), .integer(2), .integer(3)])]),
        ValidCase("mixed types", #"a = [0.1, "x", 1, true, [], {}]"#,
            ["a": .array([.float(0.1), .string("x"), .integer(1), .boolean(true), .array([]), .table([:])])]),
        ValidCase("nested arrays", "a = [[1, 2], ['a']]", ["a": .array([.array([.integer(1), .integer(2)]), .array([.string("a")])])]),
        ValidCase("multi-line array with comments and trailing comma", "a = [\n  1, # one\n  # nothing\n  2,\n]",
            ["a": .array([.integer(1), .integer(2)])]),
        ValidCase("array with CRLF", "a = [\r\n1,\r\n2\r\n]", ["a": .array([.integer(1), .integer(2)])]),
        ValidCase("inline table", #"p = { x = 1, y = "two" }"#, ["p": .table(["x": .integer(1), "y": .string("two")])]),
        ValidCase("empty inline table", "p = {}", ["p": .table([:])]),
        ValidCase("inline table with dotted keys", "p = { a.b = 1, a.c = 2 }", ["p": .table(["a": .table(["b": .integer(1), "c": .integer(2)])])]),
        ValidCase("nested inline tables", "p = { q = { r = [ { s = 1 } ] } }",
            ["p": .table(["q": .table(["r": .array([.table(["s": .integer(1)])])])])]),
        ValidCase("table", "[t]\na = 1", ["t": .table(["a": .integer(1)])]),
        ValidCase("empty table", "[t]", ["t": .table([:])]),
        ValidCase("table header with spaces and quotes", #"[ a . "b c" . 'd' ]"#,
            ["a": .table(["b c": .table(["d": .table([:])])])]),
        ValidCase("sub-table implies super-tables", "[x.y.z]\na = 1", ["x": .table(["y": .table(["z": .table(["a": .integer(1)])])])]),
        ValidCase("super-table defined after sub-table", "[x.y]\na = 1\n[x]\nb = 2",
            ["x": .table(["y": .table(["a": .integer(1)]), "b": .integer(2)])]),
        ValidCase("sub-table under dotted-key table", "[fruit]\napple.color = 'red'\n[fruit.apple.texture]\nsmooth = true",
            ["fruit": .table(["apple": .table(["color": .string("red"), "texture": .table(["smooth": .boolean(true)])])])]),
        ValidCase("array of tables", "[[p]]\nn = 1\n[[p]]\n[[p]]\nn = 3",
            ["p": .array([.table(["n": .integer(1)]), .table([:]), .table(["n": .integer(3)])])]),
        ValidCase("nested arrays of tables", "[[f]]\nn = 'a'\n[f.p]\nc = 1\n[[f.v]]\nv = 1\n[[f.v]]\nv = 2\n[[f]]\nn = 'b'",
            ["f": .array([
                .table(["n": .string("a"), "p": .table(["c": .integer(1)]), "v": .array([.table(["v": .integer(1)]), .table(["v": .integer(2)])])]),
                .table(["n": .string("b")]),
            ])]),
        // A header repeated byte for byte reuses its path; these check it leads where the full
        // walk would, and that finished elements (converted at once) keep what they held.
        ValidCase("repeated nested array header, then a new outer element", "[[a]]\n[[a.b]]\nx = 1\n[[a.b]]\nx = 2\n[[a]]\n[[a.b]]\nx = 3",
            ["a": .array([
                .table(["b": .array([.table(["x": .integer(1)]), .table(["x": .integer(2)])])]),
                .table(["b": .array([.table(["x": .integer(3)])])]),
            ])]),
        ValidCase("repeated header with a sub-table and a dotted key between", "[[a]]\nx.y = 1\n[a.t]\nz = 2\n[[a]]\n[[ a ]]\nx.y = 3",
            ["a": .array([
                .table(["x": .table(["y": .integer(1)]), "t": .table(["z": .integer(2)])]),
                .table([:]),
                .table(["x": .table(["y": .integer(3)])]),
            ])]),
        ValidCase("repeated header after another table", "[[a]]\nn = 1\n[b]\n[[a]]\nn = 2",
            ["a": .array([.table(["n": .integer(1)]), .table(["n": .integer(2)])]), "b": .table([:])]),
        ValidCase("implied table later defined with array of tables inside", "[[a.b]]\nx = 1\n[a]\ny = 2",
            ["a": .table(["b": .array([.table(["x": .integer(1)])]), "y": .integer(2)])]),
        ValidCase("root keys before tables", "a = 1\n[t]\nb = 2", ["a": .integer(1), "t": .table(["b": .integer(2)])]),
        ValidCase("header after dotted table in another section", "a.b = 1\n[a.c]\nd = 2",
            ["a": .table(["b": .integer(1), "c": .table(["d": .integer(2)])])]),
        ValidCase("header comment", "[t] # the table\na = 1", ["t": .table(["a": .integer(1)])]),
    ]

    @Test(arguments: keysAndCommentsCases)
    func keysAndComments(_ testCase: ValidCase) { checkValid(testCase) }

    @Test(arguments: stringsCases)
    func strings(_ testCase: ValidCase) { checkValid(testCase) }

    @Test(arguments: numbersCases)
    func numbers(_ testCase: ValidCase) { checkValid(testCase) }

    @Test(arguments: datesAndTimesCases)
    func datesAndTimes(_ testCase: ValidCase) { checkValid(testCase) }

    @Test(arguments: arraysAndTablesCases)
    func arraysAndTables(_ testCase: ValidCase) { checkValid(testCase) }

    @Test func manyKeysUseTheIndexAndKeepOrder() throws {
        let names = (0..<40).map { "k\(($0 * 7) % 40)" }
        let table = try TOMLDocument.parse(names.enumerated().map { "\($1) = \($0)" }.joined(separator: "\n"))
        #expect(table.keys == names)
        #expect(table["k7"] == .integer(1))
        #expect(throws: TOMLError.self) { try TOMLDocument.parse("k1 = 1\n" + (2..<30).map { "k\($0) = 0" }.joined(separator: "\n") + "\nk1 = 2") }
    }
}
