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
    ]

    @Test(arguments: oddInputs)
    func oddInputExtractsAndRendersWithoutCrashing(_ text: String) {
        let result = StatementExtractor().extract(text)
        #expect(renderJSON(result).hasPrefix("{"))
        _ = renderConfigFragment(result, statementID: "x", source: nil)
    }

    @Test func aMegabyteOfStatementsYieldsTheirCommitments() {
        var text = ""
        while text.utf8.count < 1_000_000 {
            text += seedStatement
            text += corpus.map(\.text).joined(separator: "\n")
        }
        let result = StatementExtractor().extract(text)
        #expect(result.commitments.isEmpty == false)
    }

    @Test func aMegabyteLongSentenceYieldsItsCommitment() {
        let text = String(repeating: "ستستمر المهمة حتى أيلول 2026 و", count: 40_000)
        let result = StatementExtractor().extract(text)
        #expect(result.commitments.count == 1)
    }
}
