/// Drafts a commitment's title from its sentence: the clause around the main action, cut before
/// the first bound, without list numbers and leading connectives, at most a dozen or so words.
/// It keeps the original spelling so the title reads like the statement.
enum TitleDrafter {
    static let maxWords = 14

    private static let clauseBreaks: Set<String> = [
        ",", "\u{060C}", ":", ";", "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "(", ")", "\u{2014}", "\u{2013}",
    ]
    /// What a bound phrase leaves behind when the title is cut before it: "... في موعد" of
    /// "في موعد أقصاه", "على" of "على ألا تتجاوز".
    private static let trailers: Set<String> = DatePhrases.words([
        "في", "وفي", "موعد", "على", "و", "and", "at", "the", "on", "in",
    ])
    private static let leadIns: Set<String> = DatePhrases.words([
        "فإن", "أن", "بأن", "إن", "وإن", "و", "ف", "that", "and", "the", "while",
    ]).union(SentenceSplitter.numberedMarkers)

    static func title(_ tokens: [Token], around center: Int, bounds: [BoundMatch], text: NormalizedText) -> String {
        guard !tokens.isEmpty else { return "" }
        let center = min(max(center, 0), tokens.count - 1)
        var start = center
        while start > 0, !clauseBreaks.contains(tokens[start - 1].text) { start -= 1 }
        var end = center
        while end + 1 < tokens.count, !clauseBreaks.contains(tokens[end + 1].text) { end += 1 }
        if let cut = bounds.first(where: { $0.tokens.lowerBound > center && $0.tokens.lowerBound <= end + 1 }) {
            end = cut.tokens.lowerBound - 1
        }
        if let inside = bounds.first(where: { $0.tokens.contains(center) }) {
            start = max(start, inside.tokens.upperBound)
        }
        while start <= end, tokens[start].kind == .punctuation || tokens[start].kind == .number
            || leadIns.contains(tokens[start].text) {
            start += 1
        }
        while end >= start, tokens[end].kind == .punctuation || trailers.contains(tokens[end].text) { end -= 1 }
        if start > end {
            start = 0
            end = tokens.count - 1
            while start <= end, tokens[start].kind == .punctuation || leadIns.contains(tokens[start].text) { start += 1 }
            while end >= start, tokens[end].kind == .punctuation { end -= 1 }
            guard start <= end else { return "" }
        }
        var words = 0
        var last = start
        for k in start...end where tokens[k].kind != .punctuation {
            words += 1
            last = k
            if words == maxWords { break }
        }
        return text.originalText(tokens[start].start..<tokens[last].end)
    }
}
