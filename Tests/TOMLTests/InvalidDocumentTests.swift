import Testing

@testable import TOML

/// Documents TOML 1.0.0 forbids, each with where the error must point and what it must say.
struct InvalidDocumentTests {
    static let syntaxCases: [InvalidCase] = [
        InvalidCase("missing equals", "lead_times [1]", 1, 12, "expected '=' after key `lead_times`"),
        InvalidCase("missing value", "a =", 1, 4, "expected a value"),
        InvalidCase("missing value before comment", "a = # no", 1, 5, "expected a value"),
        InvalidCase("missing key", "= 1", 1, 1, "expected a key"),
        InvalidCase("two pairs on one line", "a = 1 b = 2", 1, 7, "expected the end of the line"),
        InvalidCase("bare key with invalid character", "a@b = 1", 1, 2, "expected '='"),
        InvalidCase("non-ASCII bare key", "ключ = 1", 1, 1, "expected a key"),
        InvalidCase("empty bare key segment", "a..b = 1", 1, 3, "expected a key"),
        InvalidCase("trailing dot in key", "a. = 1", 1, 4, "expected a key"),
        InvalidCase("multi-line string key", "\"\"\"k\"\"\" = 1", 1, 1, "cannot be a multi-line string"),
        InvalidCase("key on two lines", "a\n= 1", 1, 2, "expected '='"),
        InvalidCase("unquoted string value", "a = hello", 1, 5, "expected a value"),
        InvalidCase("capitalised boolean", "a = True", 1, 5, "expected a value"),
        InvalidCase("lone carriage return", "a = 1\rb = 2", 1, 6, "carriage return"),
        InvalidCase("lone carriage return in comment", "# x\r", 1, 4, "carriage return"),
        InvalidCase("control character in comment", "# bell \u{07}", 1, 8, "control character U+0007 is not allowed in a comment"),
        InvalidCase("DEL in comment", "# \u{7F}", 1, 3, "U+007F"),
        InvalidCase("byte order mark not at the start", "a = \u{FEFF}1", 1, 5, "expected a value"),
    ]

    static let stringsCases: [InvalidCase] = [
        InvalidCase("unterminated basic string", "a = \"abc", 1, 5, "unterminated string"),
        InvalidCase("newline in basic string", "a = \"abc\ndef\"", 1, 5, "cannot contain a newline"),
        InvalidCase("unterminated literal string", "a = 'abc", 1, 5, "unterminated string"),
        InvalidCase("unterminated multi-line string", "a = \"\"\"abc\n\ndef", 1, 5, "unterminated multi-line string"),
        InvalidCase("unterminated multi-line literal", "a = '''abc", 1, 5, "unterminated multi-line string"),
        InvalidCase("control character in string", "a = \"x\u{07}\"", 1, 7,
            "control character U+0007 is not allowed in a string; write it as \\u0007"),
        InvalidCase("NUL in string", "a = \"\u{0}\"", 1, 6, "U+0000"),
        InvalidCase("DEL in string", "a = \"\u{7F}\"", 1, 6, "U+007F"),
        InvalidCase("control character in literal string", "a = 'x\u{1F}'", 1, 7, "U+001F is not allowed in a literal string"),
        InvalidCase("control character in multi-line string", "a = \"\"\"\nok\n\u{08}\"\"\"", 3, 1, "U+0008"),
        InvalidCase("lone CR in multi-line string", "a = \"\"\"a\rb\"\"\"", 1, 9, "carriage return"),
        InvalidCase("unknown escape", #"a = "\x41""#, 1, 6, "invalid escape"),
        InvalidCase("escape \\a", #"a = "\a""#, 1, 6, "invalid escape"),
        InvalidCase("uppercase escape letter", #"a = "\N""#, 1, 6, "invalid escape"),
        InvalidCase("short \\u escape", #"a = "\u12""#, 1, 6, "exactly 4 hexadecimal digits"),
        InvalidCase("short \\U escape", #"a = "\U0001F60""#, 1, 6, "exactly 8 hexadecimal digits"),
        InvalidCase("surrogate escape", #"a = "\uD800""#, 1, 6, "not a Unicode scalar value"),
        InvalidCase("escape beyond U+10FFFF", #"a = "\U00110000""#, 1, 6, "not a Unicode scalar value"),
        InvalidCase("backslash space in multi-line", "a = \"\"\"x\\ y\"\"\"", 1, 9, "invalid escape"),
        InvalidCase("six quotes closing multi-line", "a = \"\"\"x\"\"\"\"\"\"", 1, 14, "too many quotes"),
        InvalidCase("text after multi-line string", "a = '''x''' y", 1, 13, "expected the end of the line"),
    ]

    static let numbersCases: [InvalidCase] = [
        InvalidCase("leading zero", "a = 0123", 1, 5, "leading zeros are not allowed in `0123`"),
        InvalidCase("leading zero negative", "a = -01", 1, 6, "leading zeros"),
        InvalidCase("leading zero float", "a = 01.5", 1, 5, "leading zeros"),
        InvalidCase("integer too large", "a = 9223372036854775808", 1, 5, "integer 9223372036854775808 does not fit in 64 bits"),
        InvalidCase("integer too small", "a = -9223372036854775809", 1, 5, "does not fit in 64 bits"),
        InvalidCase("hex too large", "a = 0x8000000000000000", 1, 5, "does not fit in 64 bits"),
        InvalidCase("leading underscore", "a = _1", 1, 5, "expected a value"),
        InvalidCase("trailing underscore", "a = 1_", 1, 6, "underscore"),
        InvalidCase("double underscore", "a = 1__0", 1, 6, "underscore"),
        InvalidCase("underscore before fraction", "a = 1_.5", 1, 6, "underscore"),
        InvalidCase("underscore after prefix", "a = 0x_1", 1, 7, "underscore"),
        InvalidCase("signed hex", "a = +0x1", 1, 5, "sign is not allowed"),
        InvalidCase("signed binary", "a = -0b1", 1, 5, "sign is not allowed"),
        InvalidCase("empty hex", "a = 0x", 1, 7, "expected digits"),
        InvalidCase("bad octal digit", "a = 0o8", 1, 7, "invalid digit '8'"),
        InvalidCase("bad binary digit", "a = 0b102", 1, 9, "invalid digit '2'"),
        InvalidCase("uppercase prefix", "a = 0X1F", 1, 6, "expected the end of the line"),
        InvalidCase("float without integer part", "a = .5", 1, 5, "expected a value"),
        InvalidCase("float without fraction digits", "a = 1.", 1, 7, "digits after the decimal point"),
        InvalidCase("float point before exponent", "a = 1.e5", 1, 7, "digits after the decimal point"),
        InvalidCase("exponent without digits", "a = 1e", 1, 7, "expected a digit in an exponent"),
        InvalidCase("double sign", "a = +-1", 1, 6, "expected a digit"),
        InvalidCase("uppercase inf", "a = Inf", 1, 5, "expected a value"),
        InvalidCase("infinity spelled out", "a = infinity", 1, 8, "expected the end of the line"),
        InvalidCase("two points", "a = 1.2.3", 1, 8, "expected the end of the line"),
        InvalidCase("truncated boolean", "a = tru", 1, 5, "expected a value, found `tru`"),
    ]

    static let datesAndTimesCases: [InvalidCase] = [
        InvalidCase("February 30", "d = 2025-02-30", 1, 13, "invalid date 2025-02-30: February 2025 has 28 days"),
        InvalidCase("February 29 in a common year", "d = 2025-02-29", 1, 13, "February 2025 has 28 days"),
        InvalidCase("February 29 in 1900", "d = 1900-02-29", 1, 13, "February 1900 has 28 days"),
        InvalidCase("April 31", "d = 2025-04-31T00:00:00", 1, 13, "April 2025 has 30 days"),
        InvalidCase("month 13", "d = 2025-13-01", 1, 10, "there is no month 13"),
        InvalidCase("month 00", "d = 2025-00-01", 1, 10, "there is no month 0"),
        InvalidCase("day 00", "d = 2025-01-00", 1, 13, "days start at 01"),
        InvalidCase("hour 24", "t = 24:00:00", 1, 5, "hours run 00–23"),
        InvalidCase("minute 60", "d = 2025-01-01T10:60:00Z", 1, 19, "minutes run 00–59"),
        InvalidCase("second 61", "t = 10:00:61", 1, 11, "seconds run 00–60"),
        InvalidCase("time without seconds", "t = 10:00", 1, 10, "expected ':'"),
        InvalidCase("one-digit hour", "d = 2025-01-01T1:00:00", 1, 17, "expected 2 digits for the hour"),
        InvalidCase("one-digit day", "d = 2025-01-1", 1, 14, "expected 2 digits for the day"),
        InvalidCase("trailing T", "d = 2025-01-01T", 1, 16, "expected 2 digits for the hour"),
        InvalidCase("fraction without digits", "t = 10:00:00.", 1, 14, "digits after the decimal point"),
        InvalidCase("offset without minutes", "d = 2025-01-01T00:00:00+05", 1, 27, "expected ':'"),
        InvalidCase("offset hour 24", "d = 2025-01-01T00:00:00+24:00", 1, 24, "invalid UTC offset"),
        InvalidCase("offset on a local time", "t = 10:00:00Z", 1, 13, "expected the end of the line"),
        InvalidCase("five-digit year", "d = 12025-01-01", 1, 10, "expected the end of the line"),
    ]

    static let tablesCases: [InvalidCase] = [
        InvalidCase("duplicate key", "a = 1\nid = 2\n\nid = 3", 4, 1, "duplicate key `id` (first defined at 2:1)"),
        InvalidCase("duplicate key in different quoting", "a = 1\n\"a\" = 2", 2, 1, "duplicate key `a` (first defined at 1:1)"),
        InvalidCase("duplicate dotted key", "a.b = 1\na.b = 2", 2, 3, "duplicate key `a.b`"),
        InvalidCase("value then dotted key", "a = 1\na.b = 2", 2, 1, "`a` is already an integer"),
        InvalidCase("dotted table then value", "a.b.c = 1\na.b = 2", 2, 3, "duplicate key `a.b`"),
        InvalidCase("table defined twice", "[daemon]\nx = 1\n[daemon]", 3, 1, "table [daemon] is defined twice (first at 1:1)"),
        InvalidCase("table defined twice after sub-table", "[a]\n[a.b]\n[a]", 3, 1, "table [a] is defined twice (first at 1:1)"),
        InvalidCase("implied table defined twice", "[a.b]\n[a]\n[a]", 3, 1, "table [a] is defined twice (first at 2:1)"),
        InvalidCase("header redefines dotted-key table", "[fruit]\napple.color = 'red'\n[fruit.apple]", 3, 1,
            "table [fruit.apple] was already defined by the dotted key at 2:1"),
        InvalidCase("header redefines root dotted-key table", "a.b = 1\n[a]", 2, 1, "table [a] was already defined by the dotted key at 1:1"),
        InvalidCase("dotted key into header-defined table", "[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, 1, "cannot add keys to `b`"),
        InvalidCase("header over key", "a = 1\n[a]", 2, 1, "`a` is already an integer"),
        InvalidCase("header through a value", "a = 1\n[a.b]", 2, 1, "`a` is already an integer"),
        InvalidCase("header extends inline table", "a = {}\n[a]", 2, 1, "inline tables cannot be extended"),
        InvalidCase("header into inline table", "a = {b = {}}\n[a.b]", 2, 1, "is already a table"),
        InvalidCase("dotted key extends inline table", "a = {b = 1}\na.c = 2", 2, 1, "inline table `a` (defined at 1:1) cannot be extended"),
        InvalidCase("inline table extends itself", "a = {b = 1, b.c = 2}", 1, 13, "`b` is already an integer"),
        InvalidCase("duplicate key in inline table", "a = {b = 1, b = 2}", 1, 13, "duplicate key `b`"),
        InvalidCase("array of tables appended to static array", "a = []\n[[a]]", 2, 1, "cannot append to the static array `a`"),
        InvalidCase("table over array of tables", "[[a]]\n[a]", 2, 1, "is already an array of tables"),
        InvalidCase("repeated array header followed by text", "[[a]]\n[[a]]]", 2, 6, "expected the end of the line after the table header, found ']'"),
        InvalidCase("duplicate key in a repeated element", "[[a]]\nx = 1\n[[a]]\nx = 1\nx = 2", 5, 1, "duplicate key `x`"),
        InvalidCase("array of tables over table", "[a]\n[[a]]", 2, 1, "is already a table"),
        InvalidCase("dotted key into array of tables", "[[a.b]]\n[a]\nb.y = 2", 3, 1, "an array of tables"),
        InvalidCase("empty header", "[]", 1, 2, "expected a key"),
        InvalidCase("unclosed header", "[a\nb = 1", 1, 3, "expected ']'"),
        InvalidCase("unclosed array header", "[[a]\n", 1, 5, "expected ']]'"),
        InvalidCase("spaced array header brackets", "[[a] ]", 1, 5, "expected ']]'"),
        InvalidCase("text after header", "[a] b = 1", 1, 5, "expected the end of the line after the table header"),
        InvalidCase("header with trailing dot", "[a.]", 1, 4, "expected a key"),
    ]

    static let arraysAndInlineTablesCases: [InvalidCase] = [
        InvalidCase("unclosed array", "a = [1, 2", 1, 5, "unterminated array"),
        InvalidCase("missing comma", "a = [1 2]", 1, 8, "expected ',' or ']'"),
        InvalidCase("double comma", "a = [1,,2]", 1, 8, "expected a value"),
        InvalidCase("leading comma", "a = [,1]", 1, 6, "expected a value"),
        InvalidCase("unclosed inline table", "a = {b = 1", 1, 11, "unterminated inline table"),
        InvalidCase("trailing comma in inline table", "a = {b = 1,}", 1, 12, "trailing comma"),
        InvalidCase("newline in inline table", "a = {b = 1,\nc = 2}", 1, 12, "on one line"),
        InvalidCase("newline before inline key", "a = {\nb = 1}", 1, 6, "on one line"),
        InvalidCase("missing comma in inline table", "a = {b = 1 c = 2}", 1, 12, "expected ',' or '}'"),
        InvalidCase("comment in inline table", "a = {b = 1 # c\n}", 1, 12, "on one line"),
        InvalidCase("inline table value error inside array", "a = [{b = }]", 1, 11, "expected a value"),
    ]

    static let encodingCases: [InvalidCase] = [
        InvalidCase("invalid byte 0xFF", bytes: Array("a = \"x".utf8) + [0xFF] + Array("\"".utf8), 1, 7, "invalid UTF-8 byte 0xFF"),
        InvalidCase("stray continuation byte", bytes: Array("# ".utf8) + [0x80], 1, 3, "invalid UTF-8 byte 0x80"),
        InvalidCase("overlong two-byte", bytes: Array("a = \"".utf8) + [0xC0, 0xAF, 0x22], 1, 6, "invalid UTF-8 byte 0xC0"),
        InvalidCase("overlong three-byte", bytes: Array("a = \"".utf8) + [0xE0, 0x80, 0xAF, 0x22], 1, 6, "overlong"),
        InvalidCase("surrogate", bytes: Array("a = \"".utf8) + [0xED, 0xA0, 0x80, 0x22], 1, 6, "surrogate"),
        InvalidCase("beyond U+10FFFF", bytes: Array("a = \"".utf8) + [0xF4, 0x90, 0x80, 0x80, 0x22], 1, 6, "beyond U+10FFFF"),
        InvalidCase("truncated at end", bytes: Array("# é".utf8) + [0xE2, 0x82], 1, 4, "truncated UTF-8 sequence"),
        InvalidCase("truncated before ASCII", bytes: Array("a = 1\n# ".utf8) + [0xE2, 0x41], 2, 3, "truncated UTF-8 sequence"),
        InvalidCase("column counts scalars", bytes: Array("# بغداد".utf8) + [0xFF], 1, 8, "0xFF"),
    ]

    @Test(arguments: syntaxCases)
    func syntax(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: stringsCases)
    func strings(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: numbersCases)
    func numbers(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: datesAndTimesCases)
    func datesAndTimes(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: tablesCases)
    func tables(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: arraysAndInlineTablesCases)
    func arraysAndInlineTables(_ testCase: InvalidCase) { checkInvalid(testCase) }

    @Test(arguments: encodingCases)
    func encoding(_ testCase: InvalidCase) { checkInvalid(testCase) }
}
