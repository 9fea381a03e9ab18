/// Arabic writes conjunctions, prepositions and the article as part of the next word ("وبحلول",
/// "لغاية", "بالعراق", "للتحالف"). Matching a keyword means stripping a known prefix from a whole
/// token, never finding the keyword inside a longer word.
enum Clitics {
    /// How much may be attached in front of a keyword.
    enum Policy {
        /// Only "و" or "ف": for short words such as the month "آب", which must not be read
        /// out of "باب" or "لاب".
        case conjunction
        /// Conjunctions, the prepositions ب ل ك and the article, in the combinations Arabic allows.
        case full
    }

    private static let conjunctions = scalars(["و", "ف"])
    private static let fullPrefixes = scalars([
        "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
        "ال", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال",
    ])
    /// ل + ال is written "لل": "للعراق" is ل + العراق.
    private static let lamAlefPrefixes = scalars(["لل", "ولل", "فلل"])
    private static let article: [Unicode.Scalar] = ["\u{0627}", "\u{0644}"]

    /// The forms a word could be with its prefixes removed, itself first: first those allowed by
    /// `.conjunction`, then the rest of `.full`. Computed once per token.
    static func stems(_ word: [Unicode.Scalar]) -> (all: [String], conjunctionCount: Int) {
        var result = [string(word[...])]
        guard let first = word.first, first.value >= 0x0600, first.value <= 0x06FF else { return (result, 1) }
        for prefix in conjunctions where word.count - prefix.count >= 2 && word.starts(with: prefix) {
            result.append(string(word[prefix.count...]))
        }
        let conjunctionCount = result.count
        for prefix in fullPrefixes where word.count - prefix.count >= 2 && word.starts(with: prefix) {
            result.append(string(word[prefix.count...]))
        }
        for prefix in lamAlefPrefixes where word.count - prefix.count >= 2 && word.starts(with: prefix) {
            result.append(string(article[...] + word[prefix.count...]))
        }
        return (result, conjunctionCount)
    }

    private static func scalars(_ list: [String]) -> [[Unicode.Scalar]] {
        list.map { Array($0.unicodeScalars) }
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }
}

/// A sequence of words to find in a token stream, such as "لا يتجاوز" or "no later than".
/// Written in ordinary spelling; normalized once when the phrase is built.
struct Phrase: Sendable {
    let words: [String]
    let policy: Clitics.Policy

    init(_ text: String, policy: Clitics.Policy = .conjunction) {
        self.words = ArabicNormalizer.normalize(text).split(separator: " ").map(String.init)
        self.policy = policy
    }

    /// The index after the phrase when it starts at `index`. Only the first word may carry
    /// prefixes; the following words must be whole tokens.
    func match(_ tokens: [Token], at index: Int) -> Int? {
        guard index + words.count <= tokens.count else { return nil }
        guard tokens[index].stems(policy).contains(words[0]) else { return nil }
        for k in 1..<max(1, words.count) where tokens[index + k].text != words[k] {
            return nil
        }
        return index + words.count
    }
}

/// A table of phrases indexed by the stems of their first word, so a token is looked up once
/// instead of tried against every phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstWord: [String: [(Phrase, Value)]] = [:]

    init(_ entries: [(String, Value)], policy: Clitics.Policy) {
        for (text, value) in entries {
            let phrase = Phrase(text, policy: policy)
            byFirstWord[phrase.words[0], default: []].append((phrase, value))
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.0.words.count > $1.0.words.count }
        }
    }

    /// The longest phrase starting at `index`, with the index after it.
    func match(_ tokens: [Token], at index: Int) -> (value: Value, next: Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        var best: (Value, Int)?
        for stem in tokens[index].stems(.full) {
            guard let candidates = byFirstWord[stem] else { continue }
            for (phrase, value) in candidates {
                if let next = phrase.match(tokens, at: index), next > (best?.1 ?? -1) {
                    best = (value, next)
                }
            }
        }
        return best
    }
}
