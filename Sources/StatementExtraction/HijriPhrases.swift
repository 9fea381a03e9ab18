import CivilCalendar
import Hijri

/// Hijri dates as Arabic statements write them: "5 رمضان 1447هـ", "نهاية جمادى الآخرة 1448 هـ",
/// "قبل حلول شهر شوال", "بنهاية عام 1448هـ", with the spelling variants of the month names
/// (جمادى الآخرة/الثانية، ربيع الآخر/الثاني، ذو/ذي القعدة). Days are read on the Umm al-Qura
/// table; a date outside it, or a day the month does not have, is no date.
enum HijriPhrases {
    private static let months = PhraseTable<Int>([
        ("محرم", 1), ("المحرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4),
        ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى الآخرة", 6), ("جمادى الثانية", 6),
        ("جمادى الآخر", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    ], policy: .conjunction)

    private static let yearWords: Set<String> = DatePhrases.words(["عام", "العام", "لعام", "سنة", "السنة", "لسنة"])
    private static let monthWords: Set<String> = DatePhrases.words(["شهر", "الشهر", "لشهر"])
    /// "هـ" after normalization (the tatweel goes).
    private static let marker = "ه"

    /// A Hijri date at `index`: "[day] [من] [شهر] month [year [هـ]]", or a year with its marker.
    /// A month without a year is placed by the rule of Gregorian ones (`DatePhrases.placeYear`).
    static func parse(_ tokens: [Token], at index: Int, _ context: DatePhrases.Context) -> DateMatch? {
        var k = index
        var day: Int?
        if k < tokens.count, let d = tokens[k].digits, (1...30).contains(d) {
            day = d
            k += 1
        } else if let (d, next) = DayOrdinals.parse(tokens, at: k), d <= 30 {
            day = d
            k = next
        }
        if day != nil, k < tokens.count, tokens[k].text == "من" { k += 1 }
        if k < tokens.count, monthWords.contains(tokens[k].text) { k += 1 }
        guard let (month, afterMonth) = months.match(tokens, at: k) else {
            guard day == nil, let (year, next) = markedYear(tokens, at: index),
                  HijriDate.supportedYears.contains(year) else { return nil }
            return DateMatch(value: .hijriYear(year), next: next)
        }
        if let (year, next) = year(tokens, at: afterMonth) {
            return value(year: year, month: month, day: day).map { DateMatch(value: $0, next: next) } ?? .noBound(next: next)
        }
        let suffix = DatePhrases.yearlessSuffix(tokens, at: afterMonth)
        if suffix == .past { return .noBound(next: afterMonth + 1) }
        let next = suffix == .next ? afterMonth + 1 : afterMonth
        guard let issued = context.issued, let today = try? HijriDate(dayNumber: Int(issued.daysSinceEpoch)) else { return nil }
        let year = DatePhrases.placeYear(month: month, day: day, today: (today.year, today.month, today.day),
                                         atStart: context.atStart, strictlyNext: suffix == .next)
        return value(year: year, month: month, day: day).map { DateMatch(value: $0, next: next) }
    }

    private static func value(year: Int, month: Int, day: Int?) -> BoundValue? {
        guard let day else {
            return HijriDate.supportedYears.contains(year) ? .hijriMonth(year: year, month: month) : nil
        }
        return (try? HijriDate(year: year, month: month, day: day)).map(BoundValue.hijriDay)
    }

    /// "1448هـ", "1448 هـ", "عام 1448": a year after a month needs no marker. Years outside the
    /// table are read too, so that they give no date rather than a month of another year.
    private static func year(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        var k = index
        if k < tokens.count, tokens[k].text == "من" { k += 1 }
        if k < tokens.count, yearWords.contains(tokens[k].text) { k += 1 }
        guard k < tokens.count, tokens[k].text.unicodeScalars.count == 4, let year = tokens[k].digits,
              year < 1900 else { return nil }
        k += 1
        if k < tokens.count, tokens[k].text == marker { k += 1 }
        return (year, k)
    }

    /// A year alone is Hijri only with its marker: "عام 1448هـ".
    private static func markedYear(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        guard let (year, next) = year(tokens, at: index), tokens[next - 1].text == marker else { return nil }
        return (year, next)
    }
}
