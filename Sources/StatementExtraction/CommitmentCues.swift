/// The words that tell an obligation from a report of the past.
///
/// A sentence is a commitment when it pledges ("تلتزم", "التزامها", "will", "agreed to") or
/// speaks of the future ("ستستمر", "سينتقلان"); or when it carries a forward bound and nothing in
/// it reports a past event ("عقد", "الصادر", "زيارة", "held").
enum CommitmentCues {
    private static let pledgeWords: Set<String> = DatePhrases.words([
        "تلتزم", "يلتزم", "نلتزم", "تلتزمان", "يلتزمان", "ستلتزم", "سيلتزم", "التزمت", "التزم",
        "التزامها", "التزامه", "التزامهم", "التزامهما", "التزامنا", "التزامهن",
        "تتعهد", "يتعهد", "نتعهد", "تتعهدان", "يتعهدان", "تعهدت", "تعهد", "تعهدا", "تعهدتا", "تعهدوا",
        "اتفقت", "اتفق", "اتفقا", "اتفقتا", "اتفقوا", "يجب", "سوف",
        "تعتزم", "يعتزم", "نعتزم", "عزمها", "عزمه", "عزمهم", "عزمهما",
        "will", "shall", "must", "commit", "commits", "committed", "pledge", "pledges", "pledged",
        "undertake", "undertakes", "undertook", "agree", "agrees", "agreed", "vow", "vows", "vowed",
    ])

    private static let pastEvents: Set<String> = DatePhrases.words([
        "عقد", "عقدت", "انعقد", "انعقدت", "الصادر", "الصادرة", "صدر", "زيارة", "جرت", "جرى",
        "اجتمع", "اجتمعت", "التقى", "التقت", "بدأت", "انتهت", "منذ", "سابقاً",
        "held", "met", "took", "signed", "visited", "was", "were", "had", "formed", "issued",
        "began", "started", "ended", "ago", "since",
    ])

    /// Words that start like the future prefix "سـ" but are nouns: سياسة, سيارة, سنوات ...
    private static let notFuture: Set<String> = DatePhrases.words([
        "سياسة", "سياسات", "سياسي", "سياسية", "سياسيا", "سيادة", "سيارة", "سيارات", "سيطرة",
        "ستين", "ستون", "سنوات", "سنويا", "سنوية", "سنين", "سنتين", "سنتان", "سياق", "سيناريو",
        "سيول", "سيناء", "ستار", "سيدة", "سيدات", "ستراتيجية", "سيادية", "سيما", "سينما", "سنغافورة",
    ])

    /// "كان/كانت ... قد" and "had": the pluperfect of news copy, which reports what happened
    /// before the statement ("وكان الوزير قد زار المحطة", "who had met earlier in May").
    private static let pluperfectAuxiliaries: Set<String> = DatePhrases.words([
        "كان", "كانت", "كانا", "كانتا", "كانوا",
    ])
    private static let commas: Set<String> = [",", "\u{060C}"]

    /// The index of the first token that pledges or speaks of the future, outside `past`.
    static func firstPledge(in tokens: [Token], past: [Bool]? = nil) -> Int? {
        tokens.indices.first { i in past?[i] != true && pledges(tokens[i]) }
    }

    /// Whether the token pledges or speaks of the future: "تلتزم", "ستفتتح", "will".
    static func pledges(_ token: Token) -> Bool {
        token.kind == .word && token.stems(.conjunction).contains { stem in
            pledgeWords.contains(stem) || isFutureVerb(stem)
        }
    }

    /// The pluperfect stretches of a sentence: from the comma before the auxiliary to the comma
    /// after it in English ("..., who had met earlier in May, agreed"); in Arabic, where "وكان ...
    /// قد" opens a clause of its own, to the next comma that opens another clause with و or كما,
    /// or to the end of the sentence.
    struct Pluperfect {
        /// For each token, whether it lies in a stretch.
        var past: [Bool]
        /// Where the Arabic stretches start and where the clause after each starts: the past
        /// clause is cut off from the pledge beside it.
        var clauseEdges: [Int] = []
    }

    static func pluperfect(_ tokens: [Token]) -> Pluperfect {
        var result = Pluperfect(past: [Bool](repeating: false, count: tokens.count))
        var i = 0
        while i < tokens.count {
            guard isPluperfect(tokens, at: i) else {
                i += 1
                continue
            }
            var start = i
            while start > 0, !result.past[start - 1], !commas.contains(tokens[start - 1].text) { start -= 1 }
            var end = i + 1
            let english = tokens[i].isLatin
            while end < tokens.count, !(commas.contains(tokens[end].text) && (english || opensClause(tokens, after: end))) {
                end += 1
            }
            for k in start..<end { result.past[k] = true }
            if !english { result.clauseEdges += [start, end + 1] }
            i = end
        }
        return result
    }

    private static func isPluperfect(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .word else { return false }
        if token.text == "had" { return i + 1 < tokens.count && tokens[i + 1].text != "to" }
        guard token.stems(.conjunction).contains(where: pluperfectAuxiliaries.contains) else { return false }
        return tokens[(i + 1)...].prefix(5).contains { $0.text == "قد" }
    }

    private static func opensClause(_ tokens: [Token], after comma: Int) -> Bool {
        guard comma + 1 < tokens.count else { return false }
        let next = tokens[comma + 1]
        return (next.text.hasPrefix("و") && next.stems(.conjunction).count > 1) || next.text == "كما"
    }

    static func reportsPast(_ tokens: [Token]) -> Bool {
        tokens.contains { token in
            token.kind == .word && token.stems(.conjunction).contains { pastEvents.contains($0) }
        }
    }

    /// "ستستمر", "سينتقلان", "سيتم": سـ before an imperfect verb (ي ت ن).
    static func isFutureVerb(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars[0] == "\u{0633}" else { return false }
        guard ["\u{064A}", "\u{062A}", "\u{0646}"].contains(scalars[1]) else { return false }
        return !notFuture.contains(word)
    }
}
