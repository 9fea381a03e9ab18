import TextWriting
import Testing

@Suite struct DigitsTests {
    @Test("decimal numbers are zero-padded to a width, the sign before the zeros")
    func decimal() {
        #expect(Digits.padded(7, 2) == "07")
        #expect(Digits.padded(2025, 2) == "2025")
        #expect(Digits.padded(0, 4) == "0000")
        #expect(Digits.padded(-42, 4) == "-0042")
        #expect(String { Digits.write(Int64.min, to: &$0) } == "-9223372036854775808")
        #expect(String { Digits.write(Int64.max, to: &$0) } == "9223372036854775807")
    }

    @Test("hex digits: lowercase by default, uppercase on request, never fewer than the width")
    func hex() {
        #expect(Digits.hex(0xa0, 4, uppercase: true) == "00A0")
        #expect(Digits.hex(0x1f) == "1f")
        #expect(Digits.hex(0x12345, 4) == "12345")
        #expect(Digits.hex(UInt64.max) == "ffffffffffffffff")
        #expect(String { Digits.writeHex(0xab, width: 16, to: &$0) } == "00000000000000ab")
    }
}

@Suite struct JSONTextTests {
    @Test("quotes, backslashes and control characters are escaped; other text is kept as UTF-8")
    func escapes() {
        #expect(JSONText.quoted("say \"hi\" \\ now") == #""say \"hi\" \\ now""#)
        #expect(JSONText.quoted("a\nb\rc\td") == #""a\nb\rc\td""#)
        #expect(JSONText.quoted("\u{0}\u{7}\u{1b}\u{1f}") == #""\u0000\u0007\u001b\u001f""#)
        #expect(JSONText.quoted("بغداد é") == "\"بغداد é\"")
        #expect(JSONText.quoted(" ~") == "\" ~\"")
    }

    @Test("DEL is escaped, like the C0 controls, although JSON would allow it raw")
    func deleteIsEscaped() {
        #expect(JSONText.quoted("a\u{7f}b") == #""a\u007fb""#)
    }
}
