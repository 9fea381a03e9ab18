/// JSON string literals (RFC 8259), written one way for the alert log, `timeline --json` and the
/// extractor's output.
///
/// Quotes, backslashes and the C0 controls are escaped as JSON requires (`\n`, `\r`, `\t` by
/// name, the rest as `\u00XX`). DEL (0x7F) is escaped too, although JSON allows it raw: it is a
/// control character on a terminal, and these lines are read with `cat` and `journalctl`.
/// Everything else, non-ASCII included, is written as its own UTF-8 bytes.
public enum JSONText {
    @inlinable
    public static func writeQuoted<Sink: ByteSink>(_ text: String, to sink: inout Sink) {
        sink.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    sink.append(UInt8(ascii: "\\"))
                    sink.append(byte)
                case UInt8(ascii: "\n"): sink.append(UInt8(ascii: "\\")); sink.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): sink.append(UInt8(ascii: "\\")); sink.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): sink.append(UInt8(ascii: "\\")); sink.append(UInt8(ascii: "t"))
                case 0..<0x20, 0x7f:
                    sink.append(UInt8(ascii: "\\"))
                    sink.append(UInt8(ascii: "u"))
                    Digits.writeHex(UInt64(byte), width: 4, to: &sink)
                default:
                    sink.append(byte)
                }
            }
        }
        sink.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        String { writeQuoted(text, to: &$0) }
    }
}
