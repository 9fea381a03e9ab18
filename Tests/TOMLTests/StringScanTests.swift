import Testing

@testable import TOML

/// The single-line string scan steps over whole words of plain text, ASCII and two-byte
/// sequences alike, and makes each string from bytes it has checked. These documents put every
/// kind of byte at every offset of those words, and at the end of the document.
struct StringScanTests {
    /// Pieces of string content: as written in a basic string, and the text they stand for.
    static let pieces: [(written: [UInt8], text: String)] = [
        ("a", "a"), (" ", " "), ("Central Bank", "Central Bank"), ("\t", "\t"), ("'", "'"),
        ("ب", "ب"), ("والالتزامات", "والالتزامات"), ("é", "é"), ("ß", "ß"), ("ж", "ж"),
        ("€", "€"), ("✓", "✓"), ("😀", "😀"), ("\u{7FF}", "\u{7FF}"), ("\u{80}", "\u{80}"),
        ("\\n", "\n"), ("\\\"", "\""), ("\\\\", "\\"), ("\\u00e9", "é"), ("\\U0001F600", "😀"), ("\\u0041", "A"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// A reproducible sequence of numbers (the tests must not depend on a seed that changes).
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
    }

    @Test func randomStringsReadAsWritten() throws {
        var numbers = Numbers(state: 1)
        for round in 0..<3000 {
            var written: [UInt8] = []
            var text = ""
            var plain = true
            for _ in 0..<numbers.next(24) {
                let piece = Self.pieces[numbers.next(Self.pieces.count)]
                written += piece.written
                text += piece.text
                if piece.written.contains(UInt8(ascii: "\\")) || piece.written.contains(UInt8(ascii: "'")) { plain = false }
            }
            // Half the documents end right after the string: the scan must not read past the end.
            let tail: [UInt8] = round % 2 == 0 ? [] : Array("\nnext = \"x\"".utf8)
            let basic = try TOMLDocument.parse(Array("s = \"".utf8) + written + [UInt8(ascii: "\"")] + tail)
            #expect(basic["s"] == .string(text), "\(written)")
            if plain {
                let literal = try TOMLDocument.parse(Array("s = '".utf8) + written + [UInt8(ascii: "'")] + tail)
                #expect(literal["s"] == .string(text), "\(written)")
            }
        }
    }

    /// Malformed sequences, each where it is reported (the offset of its first byte).
    static let malformed: [(bytes: [UInt8], fragment: String)] = [
        ([0x80], "invalid UTF-8 byte 0x80"),
        ([0xBF, 0xBF], "invalid UTF-8 byte 0xBF"),
        ([0xC0, 0xAF], "invalid UTF-8 byte 0xC0"),
        ([0xC1, 0xBF], "invalid UTF-8 byte 0xC1"),
        ([0xC3, UInt8(ascii: "a")], "truncated UTF-8 sequence"),
        ([0xD8, 0xD8], "truncated UTF-8 sequence"),
        ([0xE0, 0x80, 0xAF], "overlong"),
        ([0xE2, 0x82, UInt8(ascii: "a")], "truncated UTF-8 sequence"),
        ([0xED, 0xA0, 0x80], "surrogate"),
        ([0xF0, 0x80, 0x80, 0x80], "overlong"),
        ([0xF4, 0x90, 0x80, 0x80], "beyond U+10FFFF"),
        ([0xF8, 0x80], "invalid UTF-8 byte 0xF8"),
        ([0xFF], "invalid UTF-8 byte 0xFF"),
    ]

    @Test(arguments: 0..<13)
    func malformedSequencesAreReportedWhereTheyStart(_ which: Int) {
        let (bad, fragment) = Self.malformed[which]
        // Before the bad bytes: up to 17 bytes of ASCII, two-byte letters or both, so that they
        // fall at every offset of a word and after every kind of byte.
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopq".utf8), Array("بببببببب".utf8), Array("aبcدeفg".utf8)]
        for filler in fillers {
            for length in 0...filler.count where length == filler.count || filler[length] & 0xC0 != 0x80 {
                let before = Array(filler[0..<length])
                let column = 6 + before.filter { $0 & 0xC0 != 0x80 }.count
                for quote in ["\"", "'"] {
                    let open = Array("s = \(quote)".utf8)
                    for after in [Array("xyzxyzxyz\(quote)".utf8), Array("\(quote)".utf8), []] {
                        checkInvalid(
                            InvalidCase("bad bytes after \(length)", bytes: open + before + bad + after, 1, column, fragment))
                    }
                }
            }
        }
    }

    @Test func stringsEndingWithTheDocumentAreUnterminated() {
        for length in 0..<20 {
            let content = String(repeating: "ب", count: length / 2) + String(repeating: "a", count: length % 2)
            checkInvalid(InvalidCase("basic, \(length)", "s = \"\(content)", 1, 5, "unterminated string"))
            checkInvalid(InvalidCase("literal, \(length)", "s = '\(content)", 1, 5, "unterminated string"))
            checkInvalid(InvalidCase("escape, \(length)", "s = \"\(content)\\t", 1, 5, "unterminated string"))
        }
    }

    @Test func controlCharactersAreFoundInsideWords() {
        for offset in 0..<10 {
            let before = String(repeating: "ب", count: offset)
            checkInvalid(InvalidCase("after \(offset)", "s = \"\(before)\u{7F}ببببببببب\"", 1, 6 + offset, "U+007F"))
            checkInvalid(InvalidCase("newline after \(offset)", "s = \"\(before)\nب\"", 1, 5, "cannot contain a newline"))
        }
    }

    /// A string knows whether it is all ASCII, and compares and hashes by that: a wrong answer
    /// would make `é` differ from `e` and a combining accent, or a key not found.
    @Test func stringsCompareAndHashAsSwiftStringsDo() throws {
        let root = try TOMLDocument.parse(
            "a = \"é\"\nb = 'é'\nc = \"\\u00e9\"\nd = \"\"\"\né\"\"\"\ne = \"plain ascii, long enough for the heap\"\nf = \"esc\\taped\"\n")
        for key in ["a", "b", "c", "d"] {
            guard case .string(let text)? = root[key] else {
                Issue.record("\(key) is not a string")
                continue
            }
            #expect(text == "e\u{301}")
            #expect(Set(["e\u{301}"]).contains(text))
        }
        guard case .string(let ascii)? = root["e"], case .string(let escaped)? = root["f"] else {
            Issue.record("e or f is not a string")
            return
        }
        #expect(Set(["plain ascii, long enough for the heap", "esc\taped"]) == Set([ascii, escaped]))
    }

    @Test func columnsCountScalarsOfLongLines() throws {
        let arabic = String(repeating: "والالتزامات ", count: 5)
        let root = try TOMLDocument.parse("t = { a = \"\(arabic)\", b = 1, c = \"😀😀😀😀😀😀😀😀😀\", d = 2 }")
        guard case .table(let table)? = root["t"] else {
            Issue.record("t is not a table")
            return
        }
        let afterA = 12 + arabic.unicodeScalars.count + 3
        #expect(table.entry("b")?.keyPosition == TOMLPosition(line: 1, column: afterA))
        #expect(table.entry("d")?.keyPosition == TOMLPosition(line: 1, column: afterA + 7 + 5 + 9 + 3))
    }
}
