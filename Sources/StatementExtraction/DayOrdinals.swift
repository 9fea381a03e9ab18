/// Days of the month written as ordinal words, as formal Arabic and English write dates:
/// "الثالث من آذار", "الحادي والعشرين من", "فاتح يوليوز", "the third of March", "the twenty-first of".
enum DayOrdinals {
    /// Masculine ordinals (اليوم is masculine), 1-10; "الحادي" only starts 11, 21 and 31.
    private static let arabicUnits: [String: Int] = NumberWords.normalizedTable([
        "الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
        "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
    ])
    private static let arabicTens: [String: Int] = NumberWords.normalizedTable([
        "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
    ])
    private static let englishUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]
    private static let englishTens: [String: Int] = ["twenty": 20, "thirty": 30]
    /// The Maghreb writes the first of a month "فاتح" ("فاتح شتنبر", "الفاتح من سبتمبر").
    private static let firstOfTheMonth: Set<String> = DatePhrases.words(["فاتح", "الفاتح"])

    /// The day (1-31) written at `index` and the index after it.
    static func parse(_ tokens: [Token], at index: Int) -> (day: Int, next: Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let word = tokens[index].text
        let next = index + 1
        var result: (Int, Int)?
        if firstOfTheMonth.contains(word) {
            result = (1, next)
        } else if let unit = arabicUnits[word] {
            if unit < 10, next < tokens.count, tokens[next].text == "عشر" {
                result = (unit + 10, next + 1)
            } else if unit < 10, next < tokens.count, tokens[next].text.hasPrefix("و"),
                      let tens = arabicTens[String(tokens[next].text.unicodeScalars.dropFirst())] {
                result = (unit + tens, next + 1)
            } else if word != ArabicNormalizer.normalize("الحادي") {
                result = (unit, next)
            }
        } else if let tens = arabicTens[word] {
            result = (tens, next)
        } else if let day = englishUnits[word] {
            result = (day, next)
        } else if let tens = englishTens[word] {
            var k = next
            if k < tokens.count, tokens[k].text == "-" { k += 1 }
            if k < tokens.count, let unit = englishUnits[tokens[k].text], unit < 10 { result = (tens + unit, k + 1) }
        }
        guard let result, (1...31).contains(result.0) else { return nil }
        return result
    }
}
