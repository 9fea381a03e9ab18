/// A word, a number or a punctuation mark of normalized text.
struct Token: Equatable {
    enum Kind: Equatable { case word, number, punctuation }
    let text: String
    let kind: Kind
    /// Normalized-scalar range; `end` is exclusive.
    let start: Int
    let end: Int
    /// The token without the prefixes Arabic attaches (see `Clitics`), itself first.
    private let allStems: [String]
    private let conjunctionStemCount: Int

    init(scalars: ArraySlice<Unicode.Scalar>, kind: Kind, start: Int, end: Int) {
        let word = Array(scalars)
        let (stems, conjunctionCount) = kind == .word ? Clitics.stems(word) : ([String(String.UnicodeScalarView(word))], 1)
        self.text = stems[0]
        self.kind = kind
        self.start = start
        self.end = end
        self.allStems = stems
        self.conjunctionStemCount = conjunctionCount
    }

    /// The forms this token may stand for under `policy`.
    func stems(_ policy: Clitics.Policy) -> ArraySlice<String> {
        policy == .full ? allStems[...] : allStems.prefix(conjunctionStemCount)
    }

    /// A word in Latin letters: English number words and phrases apply to it, Arabic ones do not.
    var isLatin: Bool { kind == .word && (text.unicodeScalars.first?.isASCII ?? false) }

    /// The value of a digit run, nil for words and for runs too long to be a count or a date part.
    var digits: Int? {
        guard kind == .number, text.unicodeScalars.count <= 6 else { return nil }
        return Int(text)
    }
}

/// Cuts normalized text into tokens. Letters and digits never share a token, so "الـ12",
/// "2025م" and "31st" come apart; patterns that need the pieces together check adjacency.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i]
            let kind = classify(c)
            guard let kind else {
                i += 1
                continue
            }
            var j = i + 1
            if kind != .punctuation {
                while j < range.upperBound, classify(scalars[j]) == kind { j += 1 }
            }
            tokens.append(Token(scalars: scalars[i..<j], kind: kind, start: i, end: j))
            i = j
        }
        return tokens
    }

    /// nil for whitespace.
    static func classify(_ c: Unicode.Scalar) -> Token.Kind? {
        if c == " " || c == "\n" { return nil }
        if c.value >= 0x30 && c.value <= 0x39 { return .number }
        if (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x0621 && c.value <= 0x064A) { return .word }
        if c.value < 0x80 { return .punctuation }
        if c.properties.isAlphabetic { return .word }
        return .punctuation
    }
}
