import Testing
import StatementExtraction

/// English statements get the same treatment: spans, limits, dates in either order.
@Suite struct EnglishBoundTests {
    static let cases: [(String, [Bound])] = [
        ("within 12 months", [within(12, .months)]),
        ("within twelve months", [within(12, .months)]),
        ("within the next twelve months", [within(12, .months)]),
        ("within the next 18 months", [within(18, .months)]),
        ("in the next 6 months", [within(6, .months)]),
        ("over the coming two years", [within(2, .years)]),
        ("within 90 days", [within(90, .days)]),
        ("within 90 days from now", [within(90, .days)]),
        ("within twenty-one days", [within(21, .days)]),
        ("within two years of signature", [within(2, .years)]),
        ("within sixty days of signing", [within(60, .days)]),
        ("within 30 days from the date of this statement", [within(30, .days)]),
        ("within a hundred and eighty days", [within(180, .days)]),
        ("within one thousand days", [within(1000, .days)]),
        ("within two thousand five hundred days", [within(2500, .days)]),
        ("within a thousand and one days", [within(1001, .days)]),
        ("within one hundred and twenty days of signature", [within(120, .days)]),
        ("within six months of the election", []),
        ("within 30 days of today", [within(30, .days)]),
        ("within a year of the date of this agreement", [within(1, .years)]),
        ("within 30 days of the completion of the withdrawal", []),
        ("within ninety days after the vote", []),
        ("within sixty days following the passage of the budget", []),
        ("within a year", [within(1, .years)]),
        ("within two weeks", [within(2, .weeks)]),
        ("within a 12-month period", []),
        ("not to exceed 18 months", [within(18, .months)]),
        ("no later than the end of September 2025", [month(.noLaterThan, 2025, 9)]),
        ("not later than March 2025", [month(.noLaterThan, 2025, 3)]),
        ("no later than 30 June 2025", [onDay(.noLaterThan, 2025, 6, 30)]),
        ("until September 2026", [month(.until, 2026, 9)]),
        ("until the end of 2026", [year(.until, 2026)]),
        ("by 31 March 2025", [onDay(.deadline, 2025, 3, 31)]),
        ("by March 31, 2025", [onDay(.deadline, 2025, 3, 31)]),
        ("by March 31st, 2025", [onDay(.deadline, 2025, 3, 31)]),
        ("by the 1st of April 2025", [onDay(.deadline, 2025, 4, 1)]),
        ("by Sept. 30, 2025", [onDay(.deadline, 2025, 9, 30)]),
        ("by mid-2026", [onDay(.deadline, 2026, 7, 1)]),
        ("by the middle of May 2026", [onDay(.deadline, 2026, 5, 15)]),
        ("by early 2026", [onDay(.deadline, 2026, 1, 1)]),
        ("by late 2026", [year(.deadline, 2026)]),
        ("by 2030", [year(.deadline, 2030)]),
        ("by the end of the year 2025", [year(.deadline, 2025)]),
        ("before June 2025", [month(.before, 2025, 6)]),
        ("prior to 1 July 2025", [onDay(.before, 2025, 7, 1)]),
        ("starting from January 2025", [month(.from, 2025, 1)]),
        ("as of 1 Jan 2025", [onDay(.from, 2025, 1, 1)]),
        ("within 12 months and no later than the end of September 2025",
         [within(12, .months), month(.noLaterThan, 2025, 9)]),
        ("by ten percent", []),
        ("over the past nine months", []),
        ("within the last two years", []),
    ]

    @Test(arguments: cases, [DigitSystem.ascii, .arabicIndic])
    func bound(_ example: (String, [Bound]), digits: DigitSystem) {
        let text = digits.apply("The government will withdraw its forces \(example.0).")
        #expect(allBounds(text) == example.1, "\(text)")
    }

    @Test(arguments: 1...12)
    func monthNamesAndAbbreviations(_ m: Int) {
        let full = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"][m - 1]
        #expect(allBounds("The mission will continue until \(full) 2026.") == [month(.until, 2026, m)])
        #expect(allBounds("The mission will continue until \(full.prefix(3)) 2026.") == [month(.until, 2026, m)])
        #expect(allBounds("The mission will continue until \(full.uppercased()) 2026.") == [month(.until, 2026, m)])
    }

    @Test func pastEventsAreNotCommitments() {
        let text = "The two governments met in Washington on 15 and 16 April 2024. The coalition was formed in 2014."
        #expect(StatementExtractor().extract(text).commitments.isEmpty)
    }

    @Test func abbreviationsDoNotSplitSentences() {
        let result = StatementExtractor().extract("The U.S. will hand over the base by Sept. 30, 2025. It was built in 2003.")
        #expect(result.commitments.count == 1)
        #expect(result.commitments.first?.quote == "The U.S. will hand over the base by Sept. 30, 2025.")
        #expect(result.commitments.first?.parties == ["United States"])
    }
}
