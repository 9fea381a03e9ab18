import CivilCalendar
import Testing
import StatementExtraction

/// Inputs a statement never looks like, which the extractor must survive. How fast it reads is a
/// benchmark figure, not asserted here.
@Suite struct RobustnessTests {
    static let oddInputs: [String] = [
        "", " ", "\n\n\n", ".", "؟!؛", "(", "(12", "( 1234567890123 )", "12)", "،،،", "ـــ", "\u{064B}\u{0651}",
        "خلال", "حتى", "by", "within the next", "خلال الـ", "الأشهر", "9999999999999999999999 شهرا",
        "خلال 99999999999 شهراً", "بحلول 31/2/2025", "by 0 March 0000", "1.", "U.S.", "...",
        "one hundred and one hundred and one hundred days", "حتى أيلول/", "حتى أيلول (", "حتى الشهر",
        "\u{0000}\u{0001}\u{007F}", "🙂 حتى 🙂 2026", "بغداد، ", "today, Friday,",
        "قبل حلول شهر", "حتى الربع", "by the third of", "بنهاية عام 1448هـ 1448هـ", "خلال ألف ألف ألف يوم",
        "خلال ثلاثة آلاف آلاف يوم", "وكان قد وكان قد", "و، و، و، كما", "by Q9 2027", "حتى 30 رمضان 9999هـ",
        "الرياض (واس", "مكة 3 شوال 1447هـ الموافق", "قبل الحادي والعشرين", "had had had",
    ]

    /// With a date of issue, dates without a year are placed and relative years read: a path
    /// of its own.
    @Test(arguments: oddInputs, [nil, day(2026, 3, 15)])
    func survives(_ text: String, issued: CivilDate?) {
        let result = StatementExtractor().extract(text, issued: issued)
        #expect(renderJSON(result).hasPrefix("{"))
        _ = renderConfigFragment(result, statementID: "x", source: nil)
    }

    /// A megabyte of statements is read whole: the repeats merge into the commitments of one copy.
    @Test func aMegabyteOfStatementsGivesTheCommitmentsOfOneCopy() {
        let statements = corpus.map(\.text).joined(separator: "\n")
        var text = ""
        while text.utf8.count < 1_000_000 { text += statements + "\n" }
        let once = StatementExtractor().extract(statements).commitments
        let repeated = StatementExtractor().extract(text).commitments
        #expect(repeated.map(\.quote) == once.map(\.quote))
    }

    /// 40,000 clauses in one sentence, each the same obligation: one commitment.
    @Test func aMegabyteWithoutSentenceBreaks() {
        let text = String(repeating: "ستستمر المهمة حتى أيلول 2026 و", count: 40_000)
        let commitments = StatementExtractor().extract(text).commitments
        #expect(commitments.count == 1)
        #expect(commitments.first?.bounds == [month(.until, 2026, 9)])
    }
}
