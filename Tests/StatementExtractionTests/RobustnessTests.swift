import Testing
import StatementExtraction

/// Inputs a statement never looks like, which the extractor must survive quickly.
@Suite struct RobustnessTests {
    static let oddInputs: [String] = [
        "", " ", "\n\n\n", ".", "؟!؛", "(", "(12", "( 1234567890123 )", "12)", "،،،", "ـــ", "\u{064B}\u{0651}",
        "خلال", "حتى", "by", "within the next", "خلال الـ", "الأشهر", "9999999999999999999999 شهرا",
        "خلال 99999999999 شهراً", "بحلول 31/2/2025", "by 0 March 0000", "1.", "U.S.", "...",
        "one hundred and one hundred and one hundred days", "حتى أيلول/", "حتى أيلول (", "حتى الشهر",
        "\u{0000}\u{0001}\u{007F}", "🙂 حتى 🙂 2026", "بغداد، ", "today, Friday,",
    ]

    /// With a date of issue, dates without a year are placed and relative years read: a path
    /// of its own.
    @Test(arguments: oddInputs, [nil, day(2026, 3, 15)])
    func survives(_ text: String, issued: CivilDay?) {
        let result = StatementExtractor().extract(text, issued: issued)
        _ = renderJSON(result)
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
