/// A strict reader for one JSON object (RFC 8259) whose values the caller wants as scalars: a
/// line of the alert log.
///
/// The whole text must be one well-formed object, or there is no result: the alert log treats
/// an unreadable line as damage, so nothing is guessed. Nested arrays and objects (which the log
/// never writes, but a later version might, under a new key) are checked and skipped, to a
/// depth of 64. Every input either reads or is refused; none traps, however malformed.
struct FlatJSONObject {
    enum Value: Equatable {
        case string(String)
        /// A number as written: its text follows JSON's number grammar.
        case number(String)
        case bool(Bool)
        case null
        /// An array or object, skipped.
        case nested
    }

    /// The members in the order written; a key may appear more than once.
    var members: [(key: String, value: Value)] = []

    static let maximumDepth = 64

    init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let members = text.withUTF8({ bytes in
            var parser = Parser(bytes: bytes)
            return parser.object()
        }) else { return nil }
        self.members = members
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var next: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            skipWhitespace()
            guard next == byte else { return false }
            index += 1
            return true
        }

        mutating func skipWhitespace() {
            while let byte = next, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        /// The top-level object, which must be all there is.
        mutating func object() -> [(key: String, value: Value)]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var members: [(key: String, value: Value)] = []
            if !take(UInt8(ascii: "}")) {
                repeat {
                    skipWhitespace()
                    guard let key = string(), take(UInt8(ascii: ":")), let value = value(depth: 1) else { return nil }
                    members.append((key, value))
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "}")) else { return nil }
            }
            skipWhitespace()
            return index == bytes.count ? members : nil
        }

        mutating func value(depth: Int) -> Value? {
            skipWhitespace()
            guard let byte = next else { return nil }
            switch byte {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(Value.number)
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "["), UInt8(ascii: "{"): return skipNested(depth: depth + 1) ? .nested : nil
            default: return nil
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count,
                  UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<index + count])
            else { return false }
            index += count
            return true
        }

        /// An array or object, checked as strictly as the rest and thrown away.
        mutating func skipNested(depth: Int) -> Bool {
            guard depth <= FlatJSONObject.maximumDepth else { return false }
            if take(UInt8(ascii: "[")) {
                if take(UInt8(ascii: "]")) { return true }
                repeat {
                    guard value(depth: depth) != nil else { return false }
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "]"))
            }
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            repeat {
                skipWhitespace()
                guard string() != nil, take(UInt8(ascii: ":")), value(depth: depth) != nil else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as written.
        mutating func number() -> String? {
            let start = index
            _ = takeRaw(UInt8(ascii: "-"))
            if takeRaw(UInt8(ascii: "0")) {
                // No leading zeros: "01" is not a number.
            } else if digits() == 0 {
                return nil
            }
            if takeRaw(UInt8(ascii: ".")), digits() == 0 { return nil }
            if takeRaw(UInt8(ascii: "e")) || takeRaw(UInt8(ascii: "E")) {
                if !takeRaw(UInt8(ascii: "+")) { _ = takeRaw(UInt8(ascii: "-")) }
                if digits() == 0 { return nil }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        mutating func takeRaw(_ byte: UInt8) -> Bool {
            guard next == byte else { return false }
            index += 1
            return true
        }

        /// Skips decimal digits; how many.
        mutating func digits() -> Int {
            let start = index
            while let byte = next, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            return index - start
        }

        /// A string with every escape of RFC 8259 decoded; nil for a control character, a bad
        /// escape or a lone surrogate. The input is valid UTF-8 (it comes from a `String`), so
        /// other bytes are copied as they are.
        mutating func string() -> String? {
            guard takeRaw(UInt8(ascii: "\"")) else { return nil }
            var decoded: [UInt8] = []
            var runStart = index
            while let byte = next {
                switch byte {
                case UInt8(ascii: "\""):
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    index += 1
                    if decoded.isEmpty { return String(decoding: run, as: UTF8.self) }
                    decoded.append(contentsOf: run)
                    return String(decoding: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += 1
                    guard escape(into: &decoded) else { return nil }
                    runStart = index
                case 0..<0x20:
                    return nil
                default:
                    index += 1
                }
            }
            return nil
        }

        /// The escape after a backslash, appended as UTF-8.
        mutating func escape(into decoded: inout [UInt8]) -> Bool {
            guard let byte = next else { return false }
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexQuad() else { return false }
                var value = unit
                switch unit {
                case 0xD800...0xDBFF:
                    // A high surrogate must be followed by an escaped low one.
                    guard takeRaw(UInt8(ascii: "\\")), takeRaw(UInt8(ascii: "u")), let low = hexQuad(),
                          (0xDC00...0xDFFF).contains(low)
                    else { return false }
                    value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                case 0xDC00...0xDFFF:
                    return false
                default:
                    break
                }
                guard let scalar = Unicode.Scalar(value) else { return false }
                decoded.append(contentsOf: UTF8.encode(scalar)!)
            default:
                return false
            }
            return true
        }

        /// Four hex digits.
        mutating func hexQuad() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}

extension FlatJSONObject.Value {
    /// The number as a 64-bit integer, when it is written as one (no fraction, no exponent) and fits.
    var int64: Int64? {
        guard case .number(let text) = self, !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
        else { return nil }
        return Int64(text)
    }

    /// The number as the nearest `Double` (infinite when out of range).
    var double: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    var bool: Bool? {
        guard case .bool(let flag) = self else { return nil }
        return flag
    }
}
