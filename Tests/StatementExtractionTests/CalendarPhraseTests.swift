import Testing
import StatementExtraction

/// Dates as statements write them beyond "day month year": ordinal days, months and days without
/// a year, years relative to the date of issue, quarters and halves.
@Suite struct CalendarPhraseTests {
    /// A Tuesday in March: "آذار" without a year is this March, "آذار المقبل" the next one.
    static let issued = day(2026, 3, 10)

    static let cases: [(String, Bound)] = [
        // Ordinal day words
        ("قبل العشرين من آذار 2026", onDay(.before, 2026, 3, 20)),
        ("بحلول الثالث من أيار 2026", onDay(.deadline, 2026, 5, 3)),
        ("في موعد أقصاه الحادي والثلاثين من كانون الأول 2026", onDay(.noLaterThan, 2026, 12, 31)),
        ("حتى الخامس عشر من تموز 2026", onDay(.until, 2026, 7, 15)),
        ("قبل الثاني من كانون الثاني 2027", onDay(.before, 2027, 1, 2)),
        ("ابتداءً من الأول من نيسان", onDay(.from, 2026, 4, 1)),
        ("by the third of May 2026", onDay(.deadline, 2026, 5, 3)),
        ("before the twentieth of April", onDay(.before, 2026, 4, 20)),
        ("no later than the twenty-first of June 2026", onDay(.noLaterThan, 2026, 6, 21)),
        // Months and days without a year: the first that has not passed on the date of issue
        ("بحلول نهاية آذار", month(.deadline, 2026, 3)),
        ("قبل نهاية شباط", month(.deadline, 2027, 2)),
        ("في موعد أقصاه نهاية آذار المقبل", month(.noLaterThan, 2027, 3)),
        ("حتى حزيران القادم", month(.until, 2026, 6)),
        ("قبل 5 آذار", onDay(.before, 2027, 3, 5)),
        ("بحلول 15 أيار", onDay(.deadline, 2026, 5, 15)),
        ("في موعد أقصاه نهاية يونيو المقبل", month(.noLaterThan, 2026, 6)),
        ("by the end of March", month(.deadline, 2026, 3)),
        ("by the end of February", month(.deadline, 2027, 2)),
        ("by next March", month(.deadline, 2027, 3)),
        ("until June 30", onDay(.until, 2026, 6, 30)),
        ("قبل موفى شهر أفريل القادم", month(.deadline, 2026, 4)),
        ("في أفق سنة 2027", year(.deadline, 2027)),
        // Years relative to the date of issue
        ("بحلول نهاية العام", year(.deadline, 2026)),
        ("قبل نهاية العام الجاري", year(.deadline, 2026)),
        ("بنهاية العام الحالي", year(.deadline, 2026)),
        ("خلال العام المقبل", year(.deadline, 2027)),
        ("بحلول منتصف السنة المقبلة", onDay(.deadline, 2027, 7, 1)),
        ("قبل متم السنة الجارية", year(.deadline, 2026)),
        ("في موعد أقصاه آذار من العام المقبل", month(.noLaterThan, 2027, 3)),
        ("by next year", year(.deadline, 2027)),
        ("before the end of this year", year(.deadline, 2026)),
        ("by the end of the year", year(.deadline, 2026)),
        ("by March next year", month(.deadline, 2027, 3)),
        ("by year-end", year(.deadline, 2026)),
        ("مع نهاية الشهر المقبل", month(.deadline, 2026, 4)),
        ("قبل نهاية الشهر الجاري", month(.deadline, 2026, 3)),
        ("بنهاية الشهر", month(.deadline, 2026, 3)),
        ("by the end of next month", month(.deadline, 2026, 4)),
        ("by the end of the month", month(.deadline, 2026, 3)),
        // Quarters and halves
        ("خلال الربع الأخير من 2026", month(.deadline, 2026, 12)),
        ("قبل نهاية الربع الثالث من العام الجاري", month(.deadline, 2026, 9)),
        ("في موعد أقصاه الربع الأول من العام المقبل", month(.noLaterThan, 2027, 3)),
        ("بحلول النصف الثاني من 2027", month(.deadline, 2027, 12)),
        ("قبل النصف الثاني من 2027", month(.before, 2027, 7)),
        ("ابتداءً من الربع الثاني من 2027", month(.from, 2027, 4)),
        ("بحلول مطلع الربع الثالث من 2027", onDay(.deadline, 2027, 7, 1)),
        ("قبل نهاية السداسي الأول من سنة 2027", month(.deadline, 2027, 6)),
        ("خلال الثلاثي الثاني من 2027", month(.deadline, 2027, 6)),
        ("by the third quarter of 2027", month(.deadline, 2027, 9)),
        ("during the second half of 2027", month(.deadline, 2027, 12)),
        ("no later than the fourth quarter of next year", month(.noLaterThan, 2027, 12)),
        ("before the first half of 2027", month(.before, 2027, 1)),
        ("by Q3 2027", month(.deadline, 2027, 9)),
        ("by H2 2027", month(.deadline, 2027, 12)),
        // Quarters and halves without a year: the first not yet over (not yet begun, for a start)
        ("خلال الربع الثالث", month(.deadline, 2026, 9)),
        ("بحلول الربع الأول", month(.deadline, 2026, 3)),
        ("قبل الربع الأول", month(.before, 2027, 1)),
        ("بحلول السداسي الثاني", month(.deadline, 2026, 12)),
        ("by the second half", month(.deadline, 2026, 12)),
        ("before the first quarter", month(.before, 2027, 1)),
        // "في"/"in" make a quarter or half a deadline
        ("في الربع الثالث", month(.deadline, 2026, 9)),
        ("في النصف الأول من عام 2028", month(.deadline, 2028, 6)),
        ("in the second quarter", month(.deadline, 2026, 6)),
        ("in the first quarter of next year", month(.deadline, 2027, 3)),
        ("in the second half of 2027", month(.deadline, 2027, 12)),
        // A day of the month the sentence has just named
        ("في حزيران المقبل قبل العشرين منه", onDay(.before, 2026, 6, 20)),
        ("في تموز 2026، قبل الخامس عشر من الشهر نفسه", onDay(.before, 2026, 7, 15)),
        ("في شهر شوال المقبل قبل العاشر منه", hijriDay(.before, 1447, 10, 10)),
        ("in July, by the twentieth of that month", onDay(.deadline, 2026, 7, 20)),
        ("in May 2027, before the tenth of the same month", onDay(.before, 2027, 5, 10)),
        // Moroccan month names and "فاتح" (the first of the month)
        ("ابتداء من فاتح يوليوز المقبل", onDay(.from, 2026, 7, 1)),
        ("قبل الفاتح من نونبر 2026", onDay(.before, 2026, 11, 1)),
        ("قبل متم شتنبر 2026", month(.deadline, 2026, 9)),
        ("في موعد أقصاه نهاية ماي 2026", month(.noLaterThan, 2026, 5)),
        ("حتى غشت 2026", month(.until, 2026, 8)),
        ("بحلول دجنبر 2026", month(.deadline, 2026, 12)),
        ("before March", month(.before, 2027, 3)),
        ("قبل نيسان", month(.before, 2026, 4)),
        ("قبل نهاية آذار", month(.deadline, 2026, 3)),
        // Hijri dates and months (the date of issue is 21 Ramadan 1447)
        ("في موعد أقصاه نهاية جمادى الآخرة 1448هـ", hijriMonth(.noLaterThan, 1448, 6)),
        ("في موعد أقصاه نهاية جمادى الثانية ١٤٤٨ هـ", hijriMonth(.noLaterThan, 1448, 6)),
        ("قبل حلول شهر شوال", hijriMonth(.before, 1447, 10)),
        ("قبل حلول شهر رمضان", hijriMonth(.before, 1448, 9)),
        ("بحلول نهاية شهر رمضان", hijriMonth(.deadline, 1447, 9)),
        ("بحلول شهر رمضان المقبل", hijriMonth(.deadline, 1448, 9)),
        ("قبل نهاية ذي الحجة", hijriMonth(.deadline, 1447, 12)),
        ("حتى 15 شعبان 1448هـ", hijriDay(.until, 1448, 8, 15)),
        ("في موعد أقصاه الخامس عشر من ربيع الأول 1448هـ", hijriDay(.noLaterThan, 1448, 3, 15)),
        ("ابتداءً من مطلع محرم 1448", hijriDay(.from, 1448, 1, 1)),
        ("بنهاية عام 1448هـ", hijriYear(.deadline, 1448)),
        ("قبل عام 1449 هـ", hijriYear(.before, 1449)),
    ]

    @Test(arguments: cases)
    func bound(_ example: (String, Bound)) {
        let sentence = example.0.first!.isASCII ? "The ministry will open the road \(example.0)."
            : "ستفتتح الوزارة الطريق \(example.0)."
        #expect(allBounds(sentence, issued: Self.issued) == [example.1], "\(sentence)")
    }

    /// Without a date of issue, nothing says which March or which "next year": no bound is made up.
    @Test(arguments: ["بحلول نهاية آذار", "خلال العام المقبل", "by the end of March", "by next year",
                      "قبل الثالث من أيار", "by the third quarter of next year", "قبل حلول شهر شوال",
                      "خلال الربع الثالث", "in the second quarter", "في حزيران المقبل قبل العشرين منه"])
    func withoutAnIssueDateTheseAreNoBound(_ phrase: String) {
        let sentence = phrase.first!.isASCII ? "The ministry will open the road \(phrase)." : "ستفتتح الوزارة الطريق \(phrase)."
        #expect(allBounds(sentence).isEmpty, "\(sentence)")
    }

    /// Hijri bounds bind on the Umm al-Qura day they fall on (checked against hijridate).
    @Test func hijriBoundsBindOnTheirGregorianDay() {
        #expect(hijriMonth(.noLaterThan, 1448, 6).bindingDay(issued: nil) == day(2026, 12, 9))
        #expect(hijriMonth(.before, 1447, 10).bindingDay(issued: nil) == day(2026, 3, 19))
        #expect(hijriMonth(.from, 1447, 12).bindingDay(issued: nil) == day(2026, 5, 18))
        #expect(hijriDay(.deadline, 1447, 9, 26).bindingDay(issued: nil) == day(2026, 3, 15))
        #expect(hijriYear(.deadline, 1447).bindingDay(issued: nil) == day(2026, 6, 15))
    }

    /// A day the month does not have, or a year outside the table, is no date rather than a guess.
    @Test(arguments: ["حتى 31 رمضان 1447هـ", "حتى رمضان 1600هـ", "حتى نهاية عام 1342هـ"])
    func impossibleHijriDatesAreNoBound(_ phrase: String) {
        #expect(allBounds("ستفتتح الوزارة الطريق \(phrase).", issued: Self.issued).isEmpty)
    }

    /// "في"/"in" before a month or a year date a report as often as a limit; "منه" with no month
    /// named before it, or after one in the past, refers to nothing; half of a month is no
    /// period of a year.
    @Test(arguments: ["في آذار 2027", "in March 2027", "in 2027", "في عام 2027", "قبل العشرين منه",
                      "في أيار الماضي قبل العشرين منه", "خلال النصف الثاني من الشهر", "in the second half of the month"])
    func phrasesThatAreNoBound(_ phrase: String) {
        let sentence = phrase.first!.isASCII ? "The ministry will open the road \(phrase)." : "ستفتتح الوزارة الطريق \(phrase)."
        #expect(allBounds(sentence, issued: Self.issued).isEmpty, "\(sentence)")
    }

    /// A quarter after "في"/"in" with no pledge before it dates a report.
    @Test(arguments: ["ارتفعت الصادرات في الربع الأول من 2026.", "Exports rose in the first quarter of 2026."])
    func aPeriodInAReportIsNoBound(_ sentence: String) {
        #expect(StatementExtractor().extract(sentence).commitments.isEmpty, "\(sentence)")
    }

    @Test(arguments: ["نما الاقتصاد في الربع الأول، وستفتتح الوزارة الطريق بحلول حزيران.",
                      "The economy grew in the first quarter, and the ministry will open the road by June."])
    func aPeriodReportedBeforeAPledgeIsNoBound(_ sentence: String) {
        #expect(allBounds(sentence, issued: Self.issued) == [month(.deadline, 2026, 6)], "\(sentence)")
    }

    /// A date the text itself puts in the past is no bound, whatever the trigger before it.
    @Test(arguments: ["حتى آذار الماضي", "حتى نهاية العام الماضي", "قبل السنة الماضية", "until last March",
                      "until last year", "قبل الربع الأخير من العام الماضي", "حتى رمضان الماضي"])
    func datesInThePastAreNoBound(_ phrase: String) {
        let sentence = phrase.first!.isASCII ? "The ministry will keep the road open \(phrase)."
            : "ستبقي الوزارة الطريق مفتوحاً \(phrase)."
        #expect(allBounds(sentence, issued: Self.issued).isEmpty, "\(sentence)")
        #expect(allBounds(sentence).isEmpty, "\(sentence)")
    }
}
