/// Text put into SVG and HTML: escaped, cut to a length, and told which way it reads.
enum Markup {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // XML 1.0 forbids most control characters, even escaped: a tab or a line break reads as a space.
            case "\u{0}"..."\u{1F}": out += " "
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// At most `limit` characters: longer text loses its end to an ellipsis. The bidirectional
    /// isolates the cut leaves open are closed after it, so the text around keeps its order.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let kept = text.prefix(max(limit - 1, 0))
        let open = kept.unicodeScalars.reduce(0) { depth, scalar in
            switch scalar.value {
            case 0x2066...0x2068: depth + 1
            case 0x2069: max(depth - 1, 0)
            default: depth
            }
        }
        return String(kept) + "…" + String(repeating: "\u{2069}", count: open)
    }

    /// True when the first strongly directional character of `text` is right-to-left (Arabic,
    /// Hebrew, Syriac, Thaana, N'Ko...), as HTML's `dir="auto"` decides.
    static func readsRightToLeft(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
                return true
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x370...0x58F:
                return false
            default:
                continue
            }
        }
        return false
    }
}
