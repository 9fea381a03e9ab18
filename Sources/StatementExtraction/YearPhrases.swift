import CivilCalendar

/// A year as statements write it: "2026", "عام 2026", "2026م", "the year 2026", or relative to
/// the date of issue ("العام المقبل", "السنة الجارية", "next year", "this year"). "العام الماضي"
/// and "last year" name the past: a bound there is a report, not a commitment.
enum YearReading: Equatable {
    case year(Int)
    case past
}

enum YearPhrases {
    private static let yearWords: Set<String> = DatePhrases.words(["عام", "العام", "لعام", "سنة", "السنة", "لسنة", "year", "the"])

    /// Offsets from the year of issue; nil marks the past.
    private static let relative = PhraseTable<Int?>([
        ("العام المقبل", 1), ("العام القادم", 1), ("العام التالي", 1), ("السنة المقبلة", 1),
        ("السنة القادمة", 1), ("السنة التالية", 1), ("العام الحالي", 0), ("العام الجاري", 0),
        ("السنة الحالية", 0), ("السنة الجارية", 0), ("هذا العام", 0), ("هذه السنة", 0),
        ("العام الماضي", nil), ("العام المنصرم", nil), ("السنة الماضية", nil), ("السنة المنصرمة", nil),
        ("next year", 1), ("coming year", 1), ("this year", 0), ("current year", 0), ("year - end", 0),
        ("year end", 0), ("last year", nil),
        ("previous year", nil), ("past year", nil),
    ], policy: .full)

    /// "العام" or "the year" alone: the year of issue, after an edge or a period
    /// ("نهاية العام", "the second half of the year").
    private static let bare = PhraseTable<Int?>([("العام", 0), ("السنة", 0), ("year", 0)], policy: .full)

    /// The year at `index`, after an optional "من"/"of". `allowBare` accepts "العام" alone.
    static func parse(_ tokens: [Token], at index: Int, issued: CivilDate?, allowBare: Bool = false) -> (YearReading, Int)? {
        if let (year, next) = parseNumber(tokens, at: index) { return (.year(year), next) }
        var k = index
        if k < tokens.count, tokens[k].text == "من" || tokens[k].text == "of" { k += 1 }
        if k < tokens.count, tokens[k].text == "the" { k += 1 }
        let found = relative.match(tokens, at: k) ?? (allowBare ? bare.match(tokens, at: k) : nil)
        guard let (offset, next) = found else { return nil }
        guard let offset else { return (.past, next) }
        guard let issued else { return nil }
        return (.year(issued.year + offset), next)
    }

    /// A four-digit year between 1900 and 2199, optionally after "من عام" and with the "م" of the
    /// Gregorian era, attached or not.
    static func parseNumber(_ tokens: [Token], at index: Int) -> (year: Int, next: Int)? {
        var k = index
        if k < tokens.count, tokens[k].text == "من" || tokens[k].text == "of" { k += 1 }
        if k < tokens.count, yearWords.contains(tokens[k].text) {
            k += 1
            if k < tokens.count, tokens[k].text == "year" { k += 1 }
        }
        guard k < tokens.count, tokens[k].text.unicodeScalars.count == 4, let year = tokens[k].digits, isYear(year) else {
            return nil
        }
        var next = k + 1
        if next < tokens.count, tokens[next].text == "م" { next += 1 }
        return (year, next)
    }

    static func isYear(_ n: Int) -> Bool { (1900...2199).contains(n) }
}
