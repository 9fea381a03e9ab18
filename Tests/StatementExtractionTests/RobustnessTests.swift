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

    @Test(arguments: oddInputs)
    func survives(_ text: String) {
        for language in [Language.auto, .arabic, .english] {
            let result = StatementExtractor().extract(text, language: language)
            _ = renderJSON(result)
            _ = renderConfigFragment(result, statementID: "x", source: nil)
        }
    }

    @Test func aMegabyteTakesWellUnderASecondInReleaseBuilds() {
        var text = ""
        while text.utf8.count < 1_000_000 {
            text += seedStatement
            text += corpus.map(\.text).joined(separator: "\n")
        }
        let clock = ContinuousClock()
        var result: ExtractionResult?
        let elapsed = clock.measure { result = StatementExtractor().extract(text) }
        print("1 MB extracted in \(elapsed)")
        #expect(result?.commitments.isEmpty == false)
        #expect(elapsed < .seconds(10), "debug builds are slower; release must stay well under a second")
    }

    @Test func aMegabyteWithoutSentenceBreaks() {
        let text = String(repeating: "ستستمر المهمة حتى أيلول 2026 و", count: 40_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = StatementExtractor().extract(text) }
        print("1 MB single sentence extracted in \(elapsed)")
        #expect(elapsed < .seconds(10))
    }
}
