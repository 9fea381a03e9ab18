/// A span of time counted from the date of issue, and the index after it.
struct SpanMatch: Equatable {
    let count: Int
    let unit: SpanUnit
    let next: Int
    /// Counted from an event the text does not date: "من انتهاء الحفر", "of the election".
    var fromEvent = false
}

/// Reads "12 شهراً", "الاثني عشر شهراً القادمة", "الأشهر الـ12 المقبلة", "شهرين", "شهر"
/// (one month), "the next twelve months", "a year". A span followed by "الماضية" or preceded by
/// "past"/"last" looks back, not forward, and is refused. A span counted from the statement or
/// from the signature ("من تاريخ التوقيع", "of signature") counts from the date of issue: the
/// statement announces the signing. One counted from another event ("من انتهاء الحفر", "of the
/// election") is read as such: no day can be counted for it.
enum SpanPhrases {
    private enum Form { case singular, plural, dual }

    private static let units: [String: (SpanUnit, Form)] = {
        var table: [String: (SpanUnit, Form)] = [:]
        func add(_ unit: SpanUnit, _ form: Form, _ words: [String]) {
            for word in words { table[ArabicNormalizer.normalize(word)] = (unit, form) }
        }
        add(.days, .singular, ["يوم", "يوماً", "day"])
        add(.days, .plural, ["أيام", "الأيام", "days"])
        add(.days, .dual, ["يومين", "يومان"])
        add(.weeks, .singular, ["أسبوع", "أسبوعاً", "week"])
        add(.weeks, .plural, ["أسابيع", "الأسابيع", "weeks"])
        add(.weeks, .dual, ["أسبوعين", "أسبوعان"])
        add(.months, .singular, ["شهر", "شهراً", "month"])
        add(.months, .plural, ["أشهر", "الأشهر", "شهور", "الشهور", "months"])
        add(.months, .dual, ["شهرين", "شهران"])
        add(.years, .singular, ["عام", "عاماً", "سنة", "year"])
        add(.years, .plural, ["أعوام", "الأعوام", "سنوات", "السنوات", "سنين", "years"])
        add(.years, .dual, ["عامين", "عامان", "سنتين", "سنتان"])
        return table
    }()

    private static let lookingBack: Set<String> = DatePhrases.words([
        "الماضية", "الماضي", "المنصرمة", "المنصرم", "الفائتة", "الفائت", "السابقة", "الأخيرة", "ago",
    ])
    private static let lookingAhead: Set<String> = DatePhrases.words([
        "القادمة", "القادم", "المقبلة", "المقبل", "التالية", "واحد", "واحدة",
    ])
    private static let origins = PhraseTable<Bool>([
        ("من تاريخ التوقيع", true), ("من تاريخ توقيع", true), ("من التوقيع", true), ("من توقيع", true),
        ("من تاريخ توقيعه", true), ("من تاريخ توقيعها", true), ("من تاريخ صدور", true),
        ("من تاريخ هذا البيان", true), ("من تاريخه", true), ("من اليوم", true), ("من الآن", true),
        ("من تاريخ هذا القرار", true), ("من تاريخ هذا الاتفاق", true), ("من تاريخ الاتفاق", true),
        ("اعتباراً من تاريخ التوقيع", true), ("اعتباراً من اليوم", true),
        ("of signature", true), ("of signing", true), ("from signature", true), ("from signing", true),
        ("of the signing", true), ("of the signature", true), ("from the date of signature", true),
        ("from the date of signing", true), ("from the signing", true), ("of this statement", true),
        ("from the date of this statement", true), ("from today", true), ("from now", true),
        ("of today", true), ("of this agreement", true), ("of the date of this agreement", true),
        ("from the date of this agreement", true), ("of this decision", true), ("of this announcement", true),
    ], policy: .conjunction)
    /// What ties a span to the event it counts from, when that event is not the statement or
    /// the signature: "خلال ستين يوماً من انتهاء الحفر", "بعد شهر من إعلان النتائج", "within six
    /// months of the election", "90 days after the vote".
    private static let eventLinks: Set<String> = DatePhrases.words(["من", "بعد", "عقب", "of", "after", "following", "from"])
    private static let englishLeadIns: Set<String> = ["the", "next", "coming", "following"]
    private static let englishBackward: Set<String> = ["past", "last", "previous", "preceding"]

    static func parse(_ tokens: [Token], at index: Int) -> SpanMatch? {
        var j = index
        while j < tokens.count, tokens[j].text == "ال" || englishLeadIns.contains(tokens[j].text) { j += 1 }
        guard j < tokens.count, !englishBackward.contains(tokens[j].text) else { return nil }
        guard let (count, unit, next) = countAndUnit(tokens, at: j), count > 0 else { return nil }
        var k = next
        while k < tokens.count, lookingAhead.contains(tokens[k].text) { k += 1 }
        if k < tokens.count, lookingBack.contains(tokens[k].text) { return nil }
        if let (_, after) = origins.match(tokens, at: k) { return SpanMatch(count: count, unit: unit, next: after) }
        if k + 1 < tokens.count, eventLinks.contains(tokens[k].text), tokens[k + 1].kind == .word,
           !lookingAhead.contains(tokens[k + 1].text) {
            return SpanMatch(count: count, unit: unit, next: k + 1, fromEvent: true)
        }
        return SpanMatch(count: count, unit: unit, next: k)
    }

    private static func countAndUnit(_ tokens: [Token], at j: Int) -> (Int, SpanUnit, Int)? {
        if let (count, afterCount) = NumberWords.parse(tokens, at: j) {
            var k = afterCount
            if k < tokens.count, tokens[k].text == "-" { k += 1 }
            if k < tokens.count, let (unit, _) = units[tokens[k].text] { return (count, unit, k + 1) }
            return nil
        }
        if ["a", "an"].contains(tokens[j].text), j + 1 < tokens.count,
           let (unit, form) = units[tokens[j + 1].text], form == .singular {
            return (1, unit, j + 2)
        }
        guard let (unit, form) = units[tokens[j].text] else { return nil }
        switch form {
        case .dual:
            return (2, unit, j + 1)
        case .singular:
            guard tokens[j].text.unicodeScalars.first.map({ $0.value >= 0x0600 }) == true else { return nil }
            return (1, unit, j + 1)
        case .plural:
            if let (count, next) = NumberWords.parse(tokens, at: j + 1) { return (count, unit, next) }
            if j + 2 < tokens.count, tokens[j + 1].text == "ال", let (count, next) = NumberWords.parse(tokens, at: j + 2) {
                return (count, unit, next)
            }
            return nil
        }
    }
}
