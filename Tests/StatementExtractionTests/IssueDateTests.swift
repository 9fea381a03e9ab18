import CivilCalendar
import Testing
import StatementExtraction

@Suite struct IssueDateTests {
    static let cases: [(String, CivilDate?)] = [
        ("اتفقت الحكومتان، اليوم الجمعة، على إنهاء المهمة خلال 12 شهراً.", nil),
        ("اتفقت الحكومتان، اليوم الجمعة 27 أيلول 2024، على إنهاء المهمة خلال 12 شهراً.", day(2024, 9, 27)),
        ("اتفقت الحكومتان، اليوم الجمعة ٢٧ سبتمبر ٢٠٢٤، على إنهاء المهمة.", day(2024, 9, 27)),
        ("اتفقت الحكومتان، اليوم الخميس 27 أيلول 2024، على إنهاء المهمة.", nil),
        ("صدر البيان بتاريخ 27/9/2024 وتلتزم الحكومة بإنهاء المهمة.", day(2024, 9, 27)),
        ("The two governments agreed today, Friday, 27 September 2024, to end the mission.", day(2024, 9, 27)),
        ("The statement issued on September 27, 2024 commits both sides.", day(2024, 9, 27)),
        ("Baghdad, 27 September 2024 - Iraq will protect the advisers.", day(2024, 9, 27)),
        ("ستنسحب القوات قبل 15 أيار 2025.", nil),
    ]

    @Test(arguments: cases)
    func issueDate(_ example: (String, CivilDate?)) {
        let result = StatementExtractor().extract(example.0)
        #expect(result.issued == example.1)
        #expect(result.issuedSource == (example.1 == nil ? "unknown" : "text"))
    }

    @Test func theArgumentWins() {
        let result = StatementExtractor().extract(Self.cases[1].0, issued: day(2024, 9, 28))
        #expect(result.issued == day(2024, 9, 28))
        #expect(result.issuedSource == "argument")
    }

    @Test func boundsAlreadyPastOnTheIssueDateAreDropped() {
        let text = "ستنسحب القوات بحلول أيار 2024 وفي موعد أقصاه أيار 2025."
        #expect(allBounds(text, issued: day(2024, 9, 27)) == [month(.noLaterThan, 2025, 5)])
        #expect(allBounds(text).count == 2)
    }

    @Test("the language reported is the script the text is mostly written in",
          arguments: [("بيان مشترك", Language.arabic), ("Joint statement on Iraq", .english),
                      ("بيان مشترك من Iraq", .arabic)])
    func language(_ example: (String, Language)) {
        #expect(StatementExtractor().extract(example.0).language == example.1)
    }
}
