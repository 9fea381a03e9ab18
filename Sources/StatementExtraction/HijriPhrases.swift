/// Hijri dates as Arabic statements write them: "5 رمضان 1447هـ", "نهاية جمادى الآخرة 1448 هـ",
/// "شهر شوال", with the spelling variants of the month names (جمادى الآخرة/الثانية، ربيع
/// الآخر/الثاني، ذو/ذي القعدة).
enum HijriPhrases {
    struct Match: Equatable {
        let day: Int?
        let month: Int
        let year: Int?
        let next: Int
    }

    private static let months = PhraseTable<Int>([
        ("محرم", 1), ("المحرم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4),
        ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى الآخرة", 6), ("جمادى الثانية", 6),
        ("جمادى الآخر", 6), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    ], policy: .conjunction)

    /// A Hijri year: four digits in the range statements cite, with or without "هـ".
    static let years = 1300...1600

    /// "[day] [من] [شهر] month [year [هـ]]" at `index`.
    static func parse(_ tokens: [Token], at index: Int) -> Match? {
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
        if k < tokens.count, tokens[k].text == "شهر" || tokens[k].text == "الشهر" { k += 1 }
        guard let (month, afterMonth) = months.match(tokens, at: k) else { return nil }
        k = afterMonth
        var year: Int?
        var y = k
        if y < tokens.count, ["عام", "العام", "سنة", "السنة", "لعام"].contains(tokens[y].text) { y += 1 }
        if y < tokens.count, let value = tokens[y].digits, years.contains(value), tokens[y].text.unicodeScalars.count == 4 {
            year = value
            k = y + 1
            if k < tokens.count, tokens[k].text == "ه" { k += 1 }
        }
        return Match(day: day, month: month, year: year, next: k)
    }
}
