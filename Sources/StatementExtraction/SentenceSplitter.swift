/// One sentence of a statement, as a range of normalized scalars.
struct Sentence {
    let range: Range<Int>
    let tokens: [Token]
    /// True when the sentence opens a numbered item ("أولاً:", "1."), the body of a statement,
    /// whose wording is preferred over the lead's summary when both state a commitment.
    let isNumbered: Bool

    /// The sentence without its first `count` tokens; empty when nothing is left.
    func dropping(_ count: Int) -> Sentence {
        let rest = Array(tokens.dropFirst(count))
        guard let first = rest.first else { return Sentence(range: range.upperBound..<range.upperBound, tokens: [], isNumbered: false) }
        return Sentence(range: first.start..<range.upperBound, tokens: rest, isNumbered: isNumbered)
    }
}

/// Splits on . ? ! ; (Arabic and Latin forms) and line breaks, but not on the dots of "U.S.",
/// "3.5", "Sept. 30" or the "1." of a numbered item.
enum SentenceSplitter {
    static let numberedMarkers: Set<String> = [
        "اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا",
        "first", "second", "third", "fourth", "fifth", "firstly", "secondly", "thirdly",
    ]

    static func split(_ text: NormalizedText) -> [Sentence] {
        let s = text.scalars
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            var isEnd = false
            switch c {
            case "\n", "?", "!", "\u{061F}", "\u{061B}", ";":
                isEnd = true
            case ".":
                isEnd = endsSentence(dotAt: i, from: start, text)
            default:
                break
            }
            if isEnd {
                var end = i + 1
                while end < s.count, isClosingQuote(s[end]) { end += 1 }
                append(start..<end, text, to: &sentences)
                start = end
                i = end
            } else {
                i += 1
            }
        }
        append(start..<s.count, text, to: &sentences)
        return sentences
    }

    private static func append(_ range: Range<Int>, _ text: NormalizedText, to sentences: inout [Sentence]) {
        let tokens = Tokenizer.tokenize(text.scalars, in: range)
        guard tokens.contains(where: { $0.kind != .punctuation }) else { return }
        let first = tokens.first { $0.kind != .punctuation }
        let numbered: Bool
        if let first, numberedMarkers.contains(first.text) || first.kind == .number,
           let next = tokens.first(where: { $0.start >= first.end }),
           next.text == ":" || next.text == "." || next.text == ")" || next.text == "-" {
            numbered = first.kind != .number || (first.digits ?? 100) < 100
        } else {
            numbered = false
        }
        let trimmed = tokens.first!.start..<tokens.last!.end
        sentences.append(Sentence(range: trimmed, tokens: tokens, isNumbered: numbered))
    }

    private static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201D}" || c == "\u{00BB}" || c == "'" || c == "\u{2019}" || c == ")"
    }

    /// A dot ends a sentence unless a word or digit follows at once, a lowercase word or a digit
    /// follows the space, the word before is a single letter, or only a list number precedes it.
    private static func endsSentence(dotAt i: Int, from start: Int, _ text: NormalizedText) -> Bool {
        let s = text.scalars
        if i + 1 < s.count, Tokenizer.classify(s[i + 1]) == .word || Tokenizer.classify(s[i + 1]) == .number {
            return false
        }
        var j = i + 1
        while j < s.count, s[j] == " " { j += 1 }
        if j > i + 1, j < s.count {
            let next = text.original[text.origin[j]]
            if (next.value >= 0x61 && next.value <= 0x7A) || (s[j].value >= 0x30 && s[j].value <= 0x39) {
                return false
            }
        }
        var k = i
        while k > start, Tokenizer.classify(s[k - 1]) == .word { k -= 1 }
        if i - k == 1, s[k].value < 0x80 { return false }
        if k < i {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[k..<i])
            if abbreviations.contains(String(view)) { return false }
        }
        return !isListNumber(s[start..<i])
    }

    /// "12" or " 3" alone before the dot: the number of a list item, not a sentence.
    private static func isListNumber(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = 0
        for c in slice {
            if c.value >= 0x30 && c.value <= 0x39 {
                digits += 1
            } else if c != " " && c != "\n" {
                return false
            }
            if digits > 3 { return false }
        }
        return digits > 0
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "gen", "col", "gov", "sen", "rep", "vs", "etc",
    ]
}
