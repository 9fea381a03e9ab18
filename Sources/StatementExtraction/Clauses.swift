/// One sentence often carries several obligations joined by و، كما، فيما، على أن، ثم or "and"
/// (or a list of infinitives, "agreed to open ..., to complete ...", or of pledges after commas):
/// "ستنجز الوزارة المحطة خلال عام، وتفتتح المطار بحلول 2027". Each clause that has an action and a
/// bound of its own is a commitment of its own. A clause that only adds a second bound to the one
/// before ("، وفي موعد أقصاه ...", "and no later than ...") stays with it, and so does a clause
/// without a bound: it belongs to the obligation around it.
enum Clauses {
    private static let joiners: Set<String> = DatePhrases.words(["كما", "ثم", "فيما", "بينما", "and", "while", "also"])
    /// Joins only after a comma: ", to complete ...".
    private static let listJoiners: Set<String> = ["to"]
    private static let commas: Set<String> = [",", "\u{060C}"]
    private static let ala: Set<String> = DatePhrases.words(["على"])

    /// Words that may stand between a joiner and a bound when the clause adds nothing but the
    /// bound: "وفي موعد أقصاه", "على ألا", "and at the latest by".
    private static let boundLeadIns: Set<String> = DatePhrases.words([
        "في", "موعد", "على", "أن", "ألا", "لا", "أو", "ذلك", "وذلك", "بما", "يتجاوز", "تتجاوز",
        "and", "or", "at", "the", "latest", "in", "any", "case", "but", "not", "also", "even", "still",
    ])

    /// The token ranges of the sentence's clauses, in order, covering all its tokens; `alsoAt`
    /// adds cuts made for other reasons (a clause reporting the past).
    static func split(_ tokens: [Token], bounds: [BoundMatch], alsoAt extra: [Int] = []) -> [Range<Int>] {
        var cuts: [Int] = []
        for k in bounds.indices.dropFirst() {
            // The last joiner in the gap between two bounds that is followed by more than a
            // lead-in; one after a comma first, then كما/ثم/على أن/and, then a bare و.
            var leadInOnly = true
            var pledgeAhead = false
            var best: (strength: Int, index: Int)?
            for i in (bounds[k - 1].tokens.upperBound..<bounds[k].tokens.lowerBound).reversed() {
                leadInOnly = leadInOnly && isLeadIn(tokens[i])
                pledgeAhead = pledgeAhead || CommitmentCues.pledges(tokens[i])
                guard !leadInOnly, let strength = joinStrength(tokens, at: i) ?? (pledgeAhead ? listedPledge(tokens, at: i) : nil),
                      strength > (best?.strength ?? 0) else { continue }
                best = (strength, i)
                if strength == 3 { break }
            }
            if let best { cuts.append(best.index) }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for cut in Set(cuts + extra).sorted() where cut > 0 && cut < tokens.count {
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<tokens.count)
        return ranges
    }

    /// How surely a clause starts at `i`: 3 for a joiner after a comma ("، وتفتتح", ", and",
    /// ", to"), 2 for "كما", "فيما", "ثم", "على أن", "and", 1 for a و on a word that is neither a noun with the
    /// article nor a number ("وتشغيل", but not "والعراق" or "وعشرين"); nil for none.
    private static func joinStrength(_ tokens: [Token], at i: Int) -> Int? {
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        let afterComma = i > 0 && commas.contains(tokens[i - 1].text)
        let stems = token.stems(.conjunction)
        if afterComma, listJoiners.contains(token.text) { return 3 }
        if stems.contains(where: joiners.contains) || stems.contains(where: ala.contains) && i + 1 < tokens.count && tokens[i + 1].text == "ان" {
            return afterComma ? 3 : 2
        }
        guard token.text.hasPrefix("و"), stems.count > 1 else { return nil }
        if afterComma { return 3 }
        let stem = stems[stems.startIndex + 1]
        return stem.hasPrefix("ال") || NumberWords.parse([tokens[i]], at: 0) != nil || NumberWords.arabicValue(stem) != nil ? nil : 1
    }

    /// A list without a joiner, each item with its own subject and pledge: "..., the United
    /// Nations will deploy a mission before July, and ...", "، ستفتتح الهيئة ...". A comma with a
    /// pledge after it, before the next bound, starts a clause (strength 2).
    private static func listedPledge(_ tokens: [Token], at i: Int) -> Int? {
        i > 0 && commas.contains(tokens[i - 1].text) ? 2 : nil
    }

    private static func isLeadIn(_ token: Token) -> Bool {
        token.kind == .punctuation || token.stems(.conjunction).contains(where: boundLeadIns.contains)
            || joiners.contains(token.text)
    }

    /// The part of the sentence a clause quotes, without the comma that joins it to the next (or,
    /// for a phrase quoted inside it, without the full stop either).
    static func span(_ tokens: ArraySlice<Token>, droppingFullStop: Bool = false) -> Range<Int>? {
        var clause = tokens
        while let last = clause.last, last.kind == .punctuation,
              commas.contains(last.text) || last.text == "-" || droppingFullStop && last.text == "." {
            clause = clause.dropLast()
        }
        guard let first = clause.first, let last = clause.last else { return nil }
        return first.start..<last.end
    }
}
