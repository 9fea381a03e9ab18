import Testing
import StatementExtraction

/// Spans anchored to the date of issue, in every way Arabic writes the count and the unit.
@Suite struct ArabicSpanTests {
    static let cases: [(String, Bound)] = [
        ("خلال 12 شهراً", within(12, .months)),
        ("خلال (12) شهرا", within(12, .months)),
        ("خلال ( 12 ) شهراً", within(12, .months)),
        ("خلال اثني عشر شهراً", within(12, .months)),
        ("خلال الاثني عشر شهراً القادمة", within(12, .months)),
        ("خلال الإثنا عشر شهرا المقبلة", within(12, .months)),
        ("خلال الـ 12 شهراً المقبلة", within(12, .months)),
        ("خلال الـ12 شهراً", within(12, .months)),
        ("خلال الأشهر الستة المقبلة", within(6, .months)),
        ("خلال الأشهر الـ 18 القادمة", within(18, .months)),
        ("في غضون ثلاثة أشهر", within(3, .months)),
        ("في غضون شهرين", within(2, .months)),
        ("خلال شهر", within(1, .months)),
        ("خلال شهر واحد", within(1, .months)),
        ("خلال عام", within(1, .years)),
        ("خلال عامين", within(2, .years)),
        ("خلال سنتين", within(2, .years)),
        ("خلال ثلاث سنوات", within(3, .years)),
        ("خلال خمسة أعوام", within(5, .years)),
        ("خلال أسبوعين", within(2, .weeks)),
        ("خلال أربعة أسابيع", within(4, .weeks)),
        ("خلال 90 يوماً", within(90, .days)),
        ("خلال يومين", within(2, .days)),
        ("خلال خمسة عشر يوما", within(15, .days)),
        ("خلال عشرين يوماً", within(20, .days)),
        ("في مدة خمسة وعشرين يوماً", within(25, .days)),
        ("بعد ستة أشهر", within(6, .months)),
        ("خلال ستين يوماً من تاريخ التوقيع", within(60, .days)),
        ("خلال عامين من تاريخ توقيع الاتفاقية", within(2, .years)),
        ("خلال ثلاثين يوماً من تاريخ صدور هذا القرار", within(30, .days)),
        ("في غضون شهرين من اليوم", within(2, .months)),
        ("خلال مئة وعشرين يوماً", within(120, .days)),
        ("خلال مائة وخمسة وعشرين يوماً", within(125, .days)),
        ("خلال ثلاثمائة يوم", within(300, .days)),
        ("خلال ثلاث مئة يوم", within(300, .days)),
        ("في غضون مائتي يوم", within(200, .days)),
        ("خلال ألف يوم", within(1000, .days)),
        ("خلال ألف وخمسمائة يوم", within(1500, .days)),
        ("خلال ألفي يوم", within(2000, .days)),
        ("خلال ثلاثة آلاف يوم", within(3000, .days)),
        ("خلال أحد عشر ألف يوم", within(11000, .days)),
        ("خلال ألف ومئتي يوم من تاريخ توقيع العقود", within(1200, .days)),
        ("خلال خمسة وأربعين يوماً من تاريخ هذا البيان", within(45, .days)),
        ("خلال تسعين يوماً من تاريخ هذا القرار", within(90, .days)),
    ]

    @Test(arguments: cases, DigitSystem.allCases)
    func span(_ example: (String, Bound), digits: DigitSystem) {
        let text = digits.apply("ستنسحب القوات الأجنبية من البلاد \(example.0).")
        #expect(allBounds(text) == [example.1], "\(text)")
    }

    static let pastSpans = [
        "على مدى الأشهر التسعة الماضية",
        "خلال الأشهر التسعة الماضية",
        "خلال العامين الماضيين",
        "خلال الـ 12 شهراً الماضية",
        "خلال الفترة الانتقالية",
        "خلال زيارة الوزير",
        "مرور عقد من الزمان",
    ]

    /// A span counted from an event the statement does not date: the obligation stands, and no
    /// day is made up for it (counting from the statement would give a wrong one).
    @Test(arguments: ["خلال ستين يوماً من انتهاء أعمال الحفر", "بعد تسعين يوماً من إعلان النتائج",
                      "خلال شهر من تشكيل الحكومة", "في غضون أسبوعين عقب الاستفتاء"])
    func spansFromAnUndatedEventAreNoBound(_ phrase: String) {
        let commitments = StatementExtractor().extract("ستنسحب القوات الأجنبية من البلاد \(phrase).", issued: day(2026, 3, 1)).commitments
        #expect(commitments.count == 1)
        #expect(commitments.first?.bounds == [])
        #expect(commitments.first?.fromEvents == [phrase], "the reviewer reads what it counts from")
    }

    @Test(arguments: pastSpans, DigitSystem.allCases)
    func backwardOrVagueSpansAreNoBound(_ phrase: String, digits: DigitSystem) {
        #expect(allBounds(digits.apply("ستواصل اللجنة عملها \(phrase).")).isEmpty)
    }
}
