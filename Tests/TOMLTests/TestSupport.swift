import Testing

@testable import TOML

/// A document that must parse to `expected`.
struct ValidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var toml: String
    var expected: TOMLTable

    init(_ name: String, _ toml: String, _ expected: TOMLTable) {
        self.name = name
        self.toml = toml
        self.expected = expected
    }

    var testDescription: String { name }
}

/// A document that must be rejected at `line`:`column` with a message containing `fragment`.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var line: Int
    var column: Int
    var fragment: String

    init(_ name: String, _ toml: String, _ line: Int, _ column: Int, _ fragment: String) {
        self.init(name, bytes: Array(toml.utf8), line, column, fragment)
    }

    init(_ name: String, bytes: [UInt8], _ line: Int, _ column: Int, _ fragment: String) {
        self.name = name
        self.bytes = bytes
        self.line = line
        self.column = column
        self.fragment = fragment
    }

    var testDescription: String { name }
}

func checkValid(_ testCase: ValidCase, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let table = try TOMLDocument.parse(testCase.toml)
        #expect(table == testCase.expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

func checkInvalid(_ testCase: InvalidCase, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let table = try TOMLDocument.parse(testCase.bytes)
        Issue.record("accepted an invalid document: \(table)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.line == testCase.line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.column == testCase.column, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(testCase.fragment), "\(error)", sourceLocation: sourceLocation)
    }
}

/// Shorthands for expected trees.
func date(_ year: Int, _ month: Int, _ day: Int) -> TOMLLocalDate {
    TOMLLocalDate(year: year, month: month, day: day)
}

func time(_ hour: Int, _ minute: Int, _ second: Int, _ nanosecond: Int = 0) -> TOMLLocalTime {
    TOMLLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
}
