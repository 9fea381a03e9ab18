/// Values: the dispatch on the first byte, booleans, arrays and inline tables.
extension Parser {
    /// Reads the value at the cursor. `depth` is how deep the value sits in the tree (root keys
    /// are at depth 1); `elementPositions` receives each element's start when the value is an
    /// array.
    mutating func parseValue(depth: Int, elementPositions: inout [TOMLPosition]) throws(TOMLError) -> TOMLValue {
        switch peek() {
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                return .string(try parseMultilineString(literal: false))
            }
            return .string(try parseBasicString())
        case UInt8(ascii: "'"):
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
                return .string(try parseMultilineString(literal: true))
            }
            return .string(try parseLiteralString())
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .boolean(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .boolean(false)
        case UInt8(ascii: "["):
            try checkNesting(depth)
            return try parseArray(depth: depth, elementPositions: &elementPositions)
        case UInt8(ascii: "{"):
            try checkNesting(depth)
            return try parseInlineTable(depth: depth)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isDigit(peek(1)), isDigit(peek(2)), isDigit(peek(3)), peek(4) == UInt8(ascii: "-") {
                return try parseDateOrDateTime()
            }
            if isDigit(peek(1)), peek(2) == UInt8(ascii: ":") {
                return .localTime(try parseTime())
            }
            return try parseNumber()
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try parseNumber()
        default:
            throw error("expected a value, found \(describeCurrent())", at: pos)
        }
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func checkNesting(_ depth: Int) throws(TOMLError) {
        guard depth <= Parser.maximumDepth else {
            throw error("arrays and inline tables nest deeper than \(Parser.maximumDepth) levels", at: pos)
        }
    }

    /// Consumes `word` (`true`, `false`, `inf`, `nan`) or throws naming what was found.
    mutating func expectWord(_ word: StaticString) throws(TOMLError) {
        let start = pos
        let length = word.utf8CodeUnitCount
        for offset in 0..<length where peek(offset) != word.utf8Start[offset] {
            var end = start
            while end < text.count, isBareKeyByte(text[end]) || text[end] == UInt8(ascii: ".") { end += 1 }
            let found = excerpt(text[start..<max(end, start + 1)])
            throw error("expected a value, found `\(found)` (strings need quotes)", at: start)
        }
        pos += length
    }

    /// `[ value, value, ... ]`: any types, newlines and comments between elements, trailing comma.
    private mutating func parseArray(depth: Int, elementPositions: inout [TOMLPosition]) throws(TOMLError) -> TOMLValue {
        let open = pos
        let openLine = line
        let openLineStart = lineStart
        pos += 1
        var elements: [TOMLValue] = []
        var nestedPositions: [TOMLPosition] = []
        while true {
            try skipBlankSpace()
            if peek() == UInt8(ascii: "]") {
                pos += 1
                return .array(elements)
            }
            if atEnd { throw unclosed("array", open: open, line: openLine, lineStart: openLineStart) }
            if elements.isEmpty {
                // Most arrays of a config are short lists (parties, lead times): one allocation
                // each for up to four elements, instead of three (1, 2, 4).
                elements.reserveCapacity(4)
                elementPositions.reserveCapacity(4)
            }
            elementPositions.append(position(of: pos))
            elements.append(try parseValue(depth: depth + 1, elementPositions: &nestedPositions))
            nestedPositions.removeAll(keepingCapacity: true)
            try skipBlankSpace()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return .array(elements)
            default:
                if atEnd { throw unclosed("array", open: open, line: openLine, lineStart: openLineStart) }
                throw error("expected ',' or ']' after an array element, found \(describeCurrent())", at: pos)
            }
        }
    }

    /// `{ key = value, ... }`: on one line, no trailing comma, closed to later additions.
    private mutating func parseInlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let table = TableNode(origin: .inline, position: position(of: pos), depth: depth)
        pos += 1
        skipSpaces()
        if peek() == UInt8(ascii: "}") {
            pos += 1
            return .table(table.makeTable())
        }
        while true {
            try checkInlineTableContinues()
            try parseKeyValue(into: table)
            skipSpaces()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
                skipSpaces()
                if peek() == UInt8(ascii: "}") {
                    throw error("a trailing comma is not allowed in an inline table", at: pos)
                }
            case UInt8(ascii: "}"):
                pos += 1
                return .table(table.makeTable())
            default:
                try checkInlineTableContinues()
                throw error("expected ',' or '}' in an inline table, found \(describeCurrent())", at: pos)
            }
        }
    }

    /// Inline tables end on the line they start on (TOML 1.0).
    private func checkInlineTableContinues() throws(TOMLError) {
        switch peek() {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
            throw error("an inline table must be written on one line; close it with '}'", at: pos)
        case 0 where atEnd:
            throw error("unterminated inline table: expected '}', found the end of the document", at: pos)
        default:
            return
        }
    }

    /// An array whose closing bracket never came: point at its opening bracket.
    private func unclosed(_ what: String, open: Int, line openLine: Int, lineStart openLineStart: Int) -> TOMLError {
        let column = scalarCount(from: openLineStart, to: open) + 1
        return TOMLError(line: openLine, column: column, message: "unterminated \(what): expected ']' before the end of the document")
    }
}
