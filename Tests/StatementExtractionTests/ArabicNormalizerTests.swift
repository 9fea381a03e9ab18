import Testing
import StatementExtraction

@Suite struct ArabicNormalizerTests {
    static let cases: [(String, String)] = [
        ("شهراً", "شهرا"),
        ("حَتَّى", "حتي"),
        ("مُنْتَصَفِ", "منتصف"),
        ("الـــ 12", "ال 12"),
        ("أيلول إبريل آذار ٱلعراق", "ايلول ابريل اذار العراق"),
        ("المهمة", "المهمه"),
        ("٢٠٢٥ ۲۰۲۶", "2025 2026"),
        ("الأميركية ،اليوم", "الاميركيه، اليوم"),
        ("خلال (12) شهرا", "خلال 12 شهرا"),
        ("خلال ( ١٢ ) شهرا", "خلال 12 شهرا"),
        ("أيلول (سبتمبر)", "ايلول (سبتمبر)"),
        ("No Later  Than", "no later than"),
        ("a\u{200F}b\u{00A0}c", "ab c"),
    ]

    @Test(arguments: cases)
    func normalizes(_ example: (String, String)) {
        #expect(ArabicNormalizer.normalize(example.0) == example.1)
    }

    @Test func normalizingTwiceChangesNothing() {
        let once = ArabicNormalizer.normalize(seedStatement)
        #expect(ArabicNormalizer.normalize(once) == once)
    }
}
