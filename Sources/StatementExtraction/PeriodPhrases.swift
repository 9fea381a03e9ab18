import CivilCalendar

/// Quarters and halves of a year: "الربع الأخير من 2026", "النصف الثاني من العام المقبل", the
/// Maghrebi "الثلاثي الثالث" and "السداسي الأول",
/// "the third quarter of 2027", "the second half of 2027", "Q3 2027", "H2 2027", or without a year
/// ("خلال الربع الثالث", "in the second quarter"). A period is its months: a deadline binds at the
/// end of the last, a start ("before", "from") at the first.
enum PeriodPhrases {
    struct Period: Equatable {
        let first: Int
        let last: Int
        let year: YearReading
        let next: Int
    }

    private static let names = PhraseTable<(Int, Int)>([
        ("الربع الأول", (1, 3)), ("الربع الثاني", (4, 6)), ("الربع الثالث", (7, 9)),
        ("الربع الرابع", (10, 12)), ("الربع الأخير", (10, 12)),
        ("النصف الأول", (1, 6)), ("النصف الثاني", (7, 12)), ("النصف الأخير", (7, 12)),
        ("الثلاثي الأول", (1, 3)), ("الثلاثي الثاني", (4, 6)), ("الثلاثي الثالث", (7, 9)),
        ("الثلاثي الرابع", (10, 12)), ("الثلاثي الأخير", (10, 12)),
        ("السداسي الأول", (1, 6)), ("السداسي الثاني", (7, 12)),
        ("first quarter", (1, 3)), ("second quarter", (4, 6)), ("third quarter", (7, 9)),
        ("fourth quarter", (10, 12)), ("last quarter", (10, 12)), ("final quarter", (10, 12)),
        ("first half", (1, 6)), ("second half", (7, 12)), ("latter half", (7, 12)),
    ], policy: .full)

    static func parse(_ tokens: [Token], at index: Int, _ context: DatePhrases.Context) -> Period? {
        guard let ((first, last), afterName) = names.match(tokens, at: index) ?? abbreviation(tokens, at: index) else {
            return nil
        }
        if let (year, next) = YearPhrases.parse(tokens, at: afterName, issued: context.issued, allowBare: true) {
            return Period(first: first, last: last, year: year, next: next)
        }
        // Without a year, the first such period not yet over on the date of issue (not yet begun,
        // for a bound at its start), as for a month. "النصف الثاني من الشهر" is not a period of a year.
        guard let issued = context.issued, afterName == tokens.count || !DatePhrases.linkWords.contains(tokens[afterName].text) else {
            return nil
        }
        let today = (issued.year, issued.month, issued.day)
        let year = context.atStart
            ? DatePhrases.placeYear(month: first, day: nil, today: today, atStart: true, strictlyNext: false)
            : DatePhrases.placeYear(month: last, day: nil, today: today, atStart: false, strictlyNext: false)
        return Period(first: first, last: last, year: .year(year), next: afterName)
    }

    /// "Q3" and "H2", written as one word.
    private static func abbreviation(_ tokens: [Token], at index: Int) -> ((Int, Int), Int)? {
        guard index + 1 < tokens.count, tokens[index].end == tokens[index + 1].start,
              let n = tokens[index + 1].digits else { return nil }
        switch (tokens[index].text, n) {
        case ("q", 1...4): return ((n * 3 - 2, n * 3), index + 2)
        case ("h", 1...2): return ((n * 6 - 5, n * 6), index + 2)
        default: return nil
        }
    }
}
