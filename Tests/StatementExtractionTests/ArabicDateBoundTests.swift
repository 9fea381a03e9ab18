import Testing
import StatementExtraction

/// Bound phrases followed by dates, with both sets of month names and all digit systems.
@Suite struct ArabicDateBoundTests {
    enum MonthSet: String, CaseIterable, Sendable { case levantine, egyptian, dual, parenthesized }

    static func name(_ m: Int, _ set: MonthSet) -> String {
        switch set {
        case .levantine: return levantineMonths[m - 1]
        case .egyptian: return egyptianMonths[m - 1]
        case .dual: return "\(levantineMonths[m - 1])/\(egyptianMonths[m - 1])"
        case .parenthesized: return "\(levantineMonths[m - 1]) (\(egyptianMonths[m - 1]))"
        }
    }

    /// Templates with {M} for a month name; the expected bound for month m.
    static let templates: [(String, @Sendable (Int) -> Bound)] = [
        ("في موعد أقصاه نهاية {M} 2025", { month(.noLaterThan, 2025, $0) }),
        ("وفي موعد لا يتجاوز نهاية {M} 2025", { month(.noLaterThan, 2025, $0) }),
        ("على ألا تتجاوز شهر {M} 2025", { month(.noLaterThan, 2025, $0) }),
        ("على أن لا يتجاوز {M} من عام 2025", { month(.noLaterThan, 2025, $0) }),
        ("حتى {M} 2026", { month(.until, 2026, $0) }),
        ("لغاية {M} 2026", { month(.until, 2026, $0) }),
        ("بحلول {M} 2025", { month(.deadline, 2025, $0) }),
        ("وبحلول أواخر {M} 2025م", { month(.deadline, 2025, $0) }),
        ("قبل 15 {M} 2025", { onDay(.before, 2025, $0, 15) }),
        ("اعتباراً من مطلع {M} 2025", { onDay(.from, 2025, $0, 1) }),
        ("لغاية منتصف {M} 2025", { onDay(.until, 2025, $0, 15) }),
        ("بحلول بداية شهر {M} 2027", { onDay(.deadline, 2027, $0, 1) }),
        ("في موعد أقصاه 28 {M} 2025", { onDay(.noLaterThan, 2025, $0, 28) }),
    ]

    @Test(arguments: 1...12, MonthSet.allCases)
    func monthNames(_ m: Int, set: MonthSet) {
        for (template, bound) in Self.templates {
            for digits in DigitSystem.allCases {
                let phrase = template.replacing("{M}", with: Self.name(m, set))
                let text = digits.apply("ستنسحب القوات الأجنبية \(phrase).")
                #expect(allBounds(text) == [bound(m)], "\(text)")
            }
        }
    }

    static let otherForms: [(String, Bound)] = [
        ("بحلول نهاية عام 2025", year(.deadline, 2025)),
        ("قبل نهاية العام 2025", year(.deadline, 2025)),
        ("قبل عام 2025", year(.before, 2025)),
        ("بحلول 2030", year(.deadline, 2030)),
        ("حتى عام 2028", year(.until, 2028)),
        ("في موعد أقصاه مطلع 2026", onDay(.noLaterThan, 2026, 1, 1)),
        ("حتى منتصف 2026", onDay(.until, 2026, 7, 1)),
        ("حتى 30/9/2025", onDay(.until, 2025, 9, 30)),
        ("بحلول 2025-12-31", onDay(.deadline, 2025, 12, 31)),
        ("حتى الشهر التاسع من عام 2026", month(.until, 2026, 9)),
        ("حتى الشهر التاسع 2026", month(.until, 2026, 9)),
        ("حتى الشهر 9 من عام 2026", month(.until, 2026, 9)),
        ("حتى الشهر الثاني عشر 2026", month(.until, 2026, 12)),
        ("حتى ايلول 2026", month(.until, 2026, 9)),
        ("حتى اذار 2026", month(.until, 2026, 3)),
        ("حتى تشرين اول 2026", month(.until, 2026, 10)),
        ("حتى كانون ثاني 2026", month(.until, 2026, 1)),
        ("حتى إبريل 2026", month(.until, 2026, 4)),
        ("حتى ابريل 2026", month(.until, 2026, 4)),
        ("حتى يونيه 2026", month(.until, 2026, 6)),
        ("حتى يوليه 2026", month(.until, 2026, 7)),
        ("حتى اغسطس 2026", month(.until, 2026, 8)),
        ("حتى أيلول سنة 2026", month(.until, 2026, 9)),
        ("حتّى أيلول 2026", month(.until, 2026, 9)),
        ("حتـــى أيلـــول 2026", month(.until, 2026, 9)),
        ("فحتى أيلول 2026", month(.until, 2026, 9)),
        ("خلال عام 2025", year(.deadline, 2025)),
        ("خلال شهر أيلول 2025", month(.deadline, 2025, 9)),
        ("ابتداءً من 1 كانون الثاني 2025", onDay(.from, 2025, 1, 1)),
        ("بدءاً من أيار 2025", month(.from, 2025, 5)),
        ("إلى غاية نهاية ديسمبر 2025", month(.until, 2025, 12)),
    ]

    @Test(arguments: otherForms, DigitSystem.allCases)
    func otherDateForms(_ example: (String, Bound), digits: DigitSystem) {
        let text = digits.apply("ستنسحب القوات الأجنبية \(example.0).")
        #expect(allBounds(text) == [example.1], "\(text)")
    }

    @Test(arguments: ["قبل 31 شباط 2025", "حتى 31/4/2025", "بحلول 29 فبراير 2025"])
    func impossibleDaysAreNoBound(_ phrase: String) {
        #expect(allBounds("ستنسحب القوات \(phrase).").allSatisfy { if case .day = $0.value { false } else { true } })
    }

    @Test func aLeapDayIsADay() {
        #expect(allBounds("ستنسحب القوات بحلول 29 شباط 2028.") == [onDay(.deadline, 2028, 2, 29)])
    }
}
