/// One part of a (possibly dotted) key: `a`, `"b c"` or `'d'` in `a."b c".'d'`.
struct KeySegment {
    var name: String
    var position: TOMLPosition
}

extension Parser {
    /// Reads a key (`name`, `"quoted"`, `'literal'`, or a dotted sequence of them) into `keyPath`.
    mutating func parseKeyPath() throws(TOMLError) {
        var count = 0
        while true {
            let start = pos
            let segment = KeySegment(name: try parseKeySegment(), position: position(of: start))
            // Segments are written over the previous key's, in place: most keys have one.
            if count < keyPath.count { keyPath[count] = segment } else { keyPath.append(segment) }
            count += 1
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else {
                if keyPath.count > count { keyPath.removeSubrange(count...) }
                return
            }
            pos += 1
            skipSpaces()
        }
    }

    private mutating func parseKeySegment() throws(TOMLError) -> String {
        let start = pos
        while pos < text.count, isBareKeyByte(text[pos]) { pos += 1 }
        if pos > start {
            return keyCache.name(text[start..<pos])
        }
        switch peek() {
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                throw error("a key cannot be a multi-line string", at: pos)
            }
            return try parseBasicString()
        case UInt8(ascii: "'"):
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") {
                throw error("a key cannot be a multi-line string", at: pos)
            }
            return try parseLiteralString()
        default:
            throw error("expected a key, found \(describeCurrent())", at: pos)
        }
    }

    /// `A-Z a-z 0-9 _ -`
    @inline(__always)
    func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// The first `count` segments of `keyPath` as written in a document: `a."b c".d`, for
    /// messages: each segment at most 40 characters, the whole at most about 120.
    func displayKey(_ count: Int? = nil) -> String {
        var result = ""
        for segment in keyPath.prefix(count ?? keyPath.count) {
            if result.utf8.count > 120 {
                result += ".…"
                break
            }
            if !result.isEmpty { result += "." }
            let name = excerpt(segment.name)
            if !segment.name.isEmpty, segment.name.utf8.allSatisfy(isBareKeyByte) {
                result += name
            } else {
                result += "\""
                for scalar in name.unicodeScalars {
                    switch scalar {
                    case "\"": result += "\\\""
                    case "\\": result += "\\\\"
                    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                        result += "\\u" + String(scalarName(scalar.value).dropFirst(2))
                    default: result.unicodeScalars.append(scalar)
                    }
                }
                result += "\""
            }
        }
        return result
    }
}
