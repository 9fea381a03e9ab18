import Testing
import StatementExtraction

/// The statement the daemon was built for: exactly four commitments, none from past meetings.
@Suite struct SeedStatementTests {
    let expected: [(id: String, bounds: [Bound])] = [
        ("iraq-mission-end", [within(12, .months), month(.noLaterThan, 2025, 9)]),
        ("syria-mission-end", [month(.until, 2026, 9)]),
        ("iraq-procedures-drafting", []),
        ("iraq-advisers-protection", []),
    ]

    @Test func findsExactlyTheFourCommitments() {
        let result = StatementExtractor().extract(seedStatement)
        #expect(result.commitments.map(\.id) == expected.map(\.id))
        for (commitment, want) in zip(result.commitments, expected) {
            #expect(commitment.bounds == want.bounds, "\(commitment.id)")
        }
    }

    @Test func withoutAnIssueDateTheDateStaysUnknownAndSpansStaySpans() {
        let result = StatementExtractor().extract(seedStatement)
        #expect(result.issued == nil)
        #expect(result.issuedSource == "unknown")
        #expect(result.language == .arabic)
        #expect(result.commitments.first?.bounds.first?.bindingDay(issued: nil) == nil)
    }

    @Test func theIssueDateBindsTheSpan() {
        let issued = day(2024, 9, 27)
        let result = StatementExtractor().extract(seedStatement, issued: issued)
        #expect(result.issuedSource == "argument")
        #expect(result.commitments.map(\.id) == expected.map(\.id))
        let iraq = result.commitments[0]
        #expect(iraq.bounds.map { $0.bindingDay(issued: issued) } == [day(2025, 9, 27), day(2025, 9, 30)])
        #expect(result.commitments[1].bounds.first?.bindingDay(issued: issued) == day(2026, 9, 30))
    }

    @Test func quotesAreExactSentencesFromTheNumberedBody() {
        let result = StatementExtractor().extract(seedStatement)
        for commitment in result.commitments {
            #expect(seedStatement.contains(commitment.quote), "\(commitment.id)")
        }
        #expect(result.commitments[0].quote.hasPrefix("أولاً: إنهاء المهمة العسكرية للتحالف في العراق"))
        #expect(result.commitments[1].quote.hasPrefix("ثانياً:"))
        #expect(result.commitments[2].quote.hasPrefix("ثالثاً: تلتزم الهيئة العسكرية العليا"))
        #expect(result.commitments[3].quote.contains("بحماية المستشارين الدوليين"))
    }

    @Test func titlesAndParties() {
        let result = StatementExtractor().extract(seedStatement)
        #expect(result.commitments[0].title == "إنهاء المهمة العسكرية للتحالف في العراق")
        #expect(result.commitments[0].parties == ["Coalition", "Iraq", "United States"])
        #expect(result.commitments[2].parties.first == "Higher Military Commission")
        #expect(result.commitments[3].parties.contains("Iraq"))
    }

    @Test func pastMeetingsAndPastSpansGiveNoBound() {
        let bounds = StatementExtractor().extract(seedStatement).commitments.flatMap(\.bounds)
        for bound in bounds {
            if case .month(let y, _) = bound.value { #expect(y >= 2025) }
            #expect(bound.value != .span(count: 9, unit: .months))
        }
        #expect(bounds.count == 3)
    }

    /// Rewritings that a different newspaper could have printed: the same commitments come out.
    @Test(arguments: SeedVariant.allCases)
    func invariantUnderRewriting(_ variant: SeedVariant) {
        let result = StatementExtractor().extract(variant.apply(seedStatement))
        #expect(result.commitments.map(\.id) == expected.map(\.id))
        #expect(result.commitments.map(\.bounds) == expected.map(\.bounds))
    }
}

enum SeedVariant: String, CaseIterable, Sendable {
    case arabicIndicDigits, persianDigits, egyptianMonths, dualMonthNames, parenthesizedMonthNames
    case noDiacritics, extraDiacritics, everything

    func apply(_ text: String) -> String {
        switch self {
        case .arabicIndicDigits: return DigitSystem.arabicIndic.apply(text)
        case .persianDigits: return DigitSystem.persian.apply(text)
        case .egyptianMonths:
            return text.replacing("أيلول", with: "سبتمبر").replacing("نيسان", with: "أبريل")
                .replacing("تموز", with: "يوليو")
        case .dualMonthNames:
            return text.replacing("أيلول", with: "أيلول/سبتمبر").replacing("نيسان", with: "نيسان/أبريل")
        case .parenthesizedMonthNames:
            return text.replacing("أيلول", with: "أيلول (سبتمبر)")
        case .noDiacritics:
            return String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }))
        case .extraDiacritics:
            var view = String.UnicodeScalarView()
            var letters = 0
            for scalar in text.unicodeScalars {
                view.append(scalar)
                if (0x0628...0x064A).contains(scalar.value) {
                    letters += 1
                    if letters % 3 == 0 { view.append("\u{064E}") }  // fatha
                    if letters % 7 == 0 { view.append("\u{0651}") }  // shadda
                }
            }
            return String(view).replacing("شهرا", with: "شهراً")
        case .everything:
            return SeedVariant.extraDiacritics.apply(
                SeedVariant.egyptianMonths.apply(DigitSystem.arabicIndic.apply(text)))
        }
    }
}
