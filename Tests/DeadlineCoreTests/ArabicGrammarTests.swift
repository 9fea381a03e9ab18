@testable import DeadlineCore
import Testing

@Suite("Arabic number agreement, verb agreement and isolates")
struct ArabicGrammarTests {
    static let latin = Wording(language: .ar, calendar: .gregorian, digits: .latin)
    static let indic = Wording(language: .ar, calendar: .gregorian, digits: .arabicIndic)

    @Test(
        "a counted day agrees with its number",
        arguments: [
            (1, "يوم واحد"), (2, "يومان"), (3, "٣ أيام"), (10, "١٠ أيام"), (11, "١١ يوماً"), (99, "٩٩ يوماً"),
            (100, "١٠٠ يوم"), (101, "١٠١ يوم"), (103, "١٠٣ أيام"), (111, "١١١ يوماً"), (1000, "١٠٠٠ يوم"),
        ])
    func days(count: Int, text: String) {
        #expect(ArabicGrammar.count(count, .day, digits: Self.indic) == text)
    }

    @Test func weeksMonthsAndFeminineUnits() {
        #expect(ArabicGrammar.count(2, .week, digits: Self.latin) == "أسبوعان")
        #expect(ArabicGrammar.count(3, .week, digits: Self.latin) == "3 أسابيع")
        #expect(ArabicGrammar.count(12, .month, digits: Self.latin) == "12 شهراً")
        #expect(ArabicGrammar.count(3, .month, digits: Self.indic) == "٣ أشهر")
        #expect(ArabicGrammar.count(12, .month, digits: Self.indic) == "١٢ شهراً")
        #expect(ArabicGrammar.count(2, .week, .genitive, digits: Self.latin) == "أسبوعين")
        #expect(ArabicGrammar.count(1, .hour, digits: Self.latin) == "ساعة واحدة")
        #expect(ArabicGrammar.count(2, .month, .genitive, digits: Self.latin) == "شهرين")
        #expect(ArabicGrammar.every(1, .day, digits: Self.latin) == "كل يوم")
        #expect(ArabicGrammar.every(2, .day, digits: Self.latin) == "كل يومين")
        #expect(ArabicGrammar.every(90, .day, digits: Self.indic) == "كل ٩٠ يوماً")
    }

    @Test func verbsAgreeWithTheirCountedSubject() {
        func left(_ count: Int, _ noun: ArabicGrammar.Noun) -> String {
            ArabicGrammar.verb(masculine: "بقي", feminine: "بقيت", agreeingWith: count, noun)
        }
        #expect(left(2, .day) == "بقي")
        #expect(left(3, .day) == "بقيت")
        #expect(left(11, .day) == "بقي")
        #expect(left(2, .hour) == "بقيت")
        #expect(left(30, .minute) == "بقيت")
    }

    @Test func isolatesWrapLeftToRightText() {
        #expect(ArabicGrammar.isolate("iraq-mission-end") == "\u{2068}iraq-mission-end\u{2069}")
    }
}
