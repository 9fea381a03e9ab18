/// The words that tell an obligation from a report of the past.
///
/// A sentence is a commitment when it pledges ("تلتزم", "التزامها", "will", "agreed to") or
/// speaks of the future ("ستستمر", "سينتقلان"); or when it carries a forward bound and nothing in
/// it reports a past event ("عقد", "الصادر", "زيارة", "held").
enum CommitmentCues {
    private static let pledges: Set<String> = DatePhrases.words([
        "تلتزم", "يلتزم", "نلتزم", "تلتزمان", "يلتزمان", "ستلتزم", "سيلتزم", "التزمت", "التزم",
        "التزامها", "التزامه", "التزامهم", "التزامهما", "التزامنا", "التزامهن",
        "تتعهد", "يتعهد", "نتعهد", "تتعهدان", "يتعهدان", "تعهدت", "تعهد", "تعهدا", "تعهدتا", "تعهدوا",
        "اتفقت", "اتفق", "اتفقا", "اتفقتا", "اتفقوا", "يجب", "سوف",
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

    /// The index of the first token that pledges or speaks of the future.
    static func firstPledge(in tokens: [Token]) -> Int? {
        tokens.firstIndex { token in
            token.kind == .word && token.stems(.conjunction).contains { stem in
                pledges.contains(stem) || isFutureVerb(stem)
            }
        }
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
