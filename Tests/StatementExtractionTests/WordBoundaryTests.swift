import Testing
import StatementExtraction
import CivilCalendar

/// Keywords match whole tokens with known prefixes only: "اب" inside a word is not August and
/// "حتى" inside a word is not "until".
@Suite struct WordBoundaryTests {
    static let noAugust = [
        "ستجري الانتخابات بحلول كتاب 2025.",
        "ستصدر الوزارة كتاب 2025 قبل الانتخابات.",
        "سيتم فتح باب 2025 حتى باب 2026.",
        "ستستمر الانتخابات حتى الانتخابات 2026.",
        "سيعلن الأب 2025 حتى الأب 2026.",
        "ستبقى الأبواب مفتوحة حتى أبواب 2026.",
        "سينشر الكتاب قبل لاب 2025.",
    ]

    @Test(arguments: noAugust, DigitSystem.allCases)
    func abInsideAWordIsNotAugust(_ text: String, digits: DigitSystem) {
        let bounds = allBounds(digits.apply(text))
        for bound in bounds {
            if case .month(_, let m) = bound.value { #expect(m != 8, "\(text)") }
            if case .day(let d) = bound.value { #expect(d.month != 8, "\(text)") }
        }
        #expect(!bounds.contains { $0.kind == .until && $0.value != .year(2026) }, "\(text)")
    }

    @Test(arguments: ["حتى آب 2025", "حتى اب 2025", "حتى وآب 2025", "لغاية آب/أغسطس 2025"])
    func augustItselfIsAugust(_ phrase: String) {
        #expect(allBounds("ستستمر المهمة \(phrase).") == [month(.until, 2025, 8)])
    }

    @Test func untilInsideAWordIsNotUntil() {
        #expect(allBounds("ستستمر المحادثات الحتمية أيلول 2026.").isEmpty)
        #expect(allBounds("ستستمر المحادثات وحتى أيلول 2026.") == [month(.until, 2026, 9)])
    }

    @Test func prefixesOnTriggers() {
        #expect(allBounds("ستنسحب القوات وبحلول أيلول 2025.") == [month(.deadline, 2025, 9)])
        #expect(allBounds("ستنسحب القوات ولغاية أيلول 2025.") == [month(.until, 2025, 9)])
        #expect(allBounds("ستنسحب القوات وفي موعد أقصاه أيلول 2025.") == [month(.noLaterThan, 2025, 9)])
    }

    @Test func mayAndMarchAsVerbsAreNoDates() {
        #expect(allBounds("The parties will review the plan, and may until then march on.").isEmpty)
    }
}
