/// Text folded for matching, with the way back to the original.
///
/// Matching works on `scalars`; every scalar remembers the index of the original scalar it came
/// from, so quotes and titles can be cut from the original text, diacritics and all.
struct NormalizedText {
    let original: [Unicode.Scalar]
    let scalars: [Unicode.Scalar]
    /// `origin[i]` is the index in `original` that produced `scalars[i]`.
    let origin: [Int]

    /// The original text behind normalized scalars `range`, with the diacritics on its last
    /// letter: a quote ending in "يوماً" keeps its tanween, so it is a piece of the text.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= origin.count else { return "" }
        let start = origin[range.lowerBound]
        var end = origin[range.upperBound - 1] + 1
        while end < original.count, original[end].properties.generalCategory == .nonspacingMark { end += 1 }
        guard start < end, end <= original.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[start..<end])
        return String(view)
    }
}

/// Folds the spelling differences that Arabic news text uses freely, so one pattern matches them
/// all: diacritics and tatweel vanish, alef/ya/ta-marbuta variants unify, Arabic-Indic and Persian
/// digits become ASCII, and "(12)" loses its parentheses. Latin letters are lowercased for the
/// English patterns.
public enum ArabicNormalizer {
    public static func normalize(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: normalizeMapped(text).scalars)
        return String(view)
    }

    static func normalizeMapped(_ text: String) -> NormalizedText {
        let original = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (index, scalar) in original.enumerated() {
            guard let folded = fold(scalar) else { continue }
            if folded == " ", scalars.last == " " || scalars.last == "\n" { continue }
            if folded == "\n", scalars.last == " " {
                scalars.removeLast()
                origin.removeLast()
            }
            scalars.append(folded)
            origin.append(index)
        }
        return tidyPunctuation(NormalizedText(original: original, scalars: scalars, origin: origin))
    }

    /// The folding of one scalar; nil drops it.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640:
            return nil  // harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return nil  // zero-width and bidi controls that editors scatter in Arabic text
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            return "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0649, 0x06CC:
            return "\u{064A}"  // ى and Persian yeh → ي
        case 0x0629:
            return "\u{0647}"  // ة → ه
        case 0x06A9:
            return "\u{0643}"  // Persian keheh → ك
        case 0x0660...0x0669:
            return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        case 0x41...0x5A:
            return Unicode.Scalar(scalar.value + 0x20)
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            return "\n"
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x00...0x1F, 0x7F:
            return " "
        default:
            return scalar
        }
    }

    /// Removes the stray spaces news text puts before the Arabic comma, adds the missing one after
    /// it, and drops parentheses that only wrap a number, as in "خلال (12) شهرا".
    private static func tidyPunctuation(_ text: NormalizedText) -> NormalizedText {
        let s = text.scalars
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(s.count)
        origin.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " ", i + 1 < s.count, s[i + 1] == "\u{060C}" {
                i += 1
                continue
            }
            if c == "(", let close = closingOfParenthesizedNumber(s, open: i) {
                var j = i + 1
                while j < close {
                    if s[j] != " " {
                        scalars.append(s[j])
                        origin.append(text.origin[j])
                    }
                    j += 1
                }
                i = close + 1
                continue
            }
            scalars.append(c)
            origin.append(text.origin[i])
            if c == "\u{060C}", i + 1 < s.count, s[i + 1] != " ", s[i + 1] != "\n" {
                scalars.append(" ")
                origin.append(text.origin[i])
            }
            i += 1
        }
        return NormalizedText(original: text.original, scalars: scalars, origin: origin)
    }

    /// The index of ")" when `open` starts "( 12 )", digits and spaces only.
    private static func closingOfParenthesizedNumber(_ s: [Unicode.Scalar], open: Int) -> Int? {
        var j = open + 1
        var digits = 0
        while j < s.count, j - open <= 12 {
            let c = s[j]
            if c == ")" { return digits > 0 ? j : nil }
            if c.value >= 0x30, c.value <= 0x39 {
                digits += 1
            } else if c != " " {
                return nil
            }
            j += 1
        }
        return nil
    }
}
