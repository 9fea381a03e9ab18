import Testing
import StatementExtraction

/// Several obligations in one sentence: one commitment each, with its own bound, parties and quote.
@Suite struct ClauseTests {
    static let issued = day(2026, 3, 1)

    static let cases: [(text: String, quotes: [String], bounds: [[Bound]])] = [
        ("ستنجز وزارة الإسكان المجمع السكني خلال عام، وتسلّم المدارس بحلول أيلول 2027.",
         ["ستنجز وزارة الإسكان المجمع السكني خلال عام", "وتسلّم المدارس بحلول أيلول 2027."],
         [[within(1, .years)], [month(.deadline, 2027, 9)]]),
        ("تلتزم الشركة بتشغيل المصفاة قبل نهاية 2027 كما ستبني خزانات جديدة خلال ستة أشهر.",
         ["تلتزم الشركة بتشغيل المصفاة قبل نهاية 2027", "كما ستبني خزانات جديدة خلال ستة أشهر."],
         [[year(.deadline, 2027)], [within(6, .months)]]),
        ("اتفق الطرفان على فتح المعبر خلال أسبوعين، على أن يُستأنف تصدير النفط في موعد أقصاه نهاية أيار 2026.",
         ["اتفق الطرفان على فتح المعبر خلال أسبوعين", "على أن يُستأنف تصدير النفط في موعد أقصاه نهاية أيار 2026."],
         [[within(2, .weeks)], [month(.noLaterThan, 2026, 5)]]),
        ("ستنجز الوزارة المحطة خلال عامين وتشغيلها قبل نهاية 2029.",
         ["ستنجز الوزارة المحطة خلال عامين", "وتشغيلها قبل نهاية 2029."],
         [[within(2, .years)], [year(.deadline, 2029)]]),
        ("ستشغّل الوزارة المصفى قبل نهاية الربع الثاني من العام الحالي، فيما تعهدت الشركة برفع الصادرات خلال ستة أشهر.",
         ["ستشغّل الوزارة المصفى قبل نهاية الربع الثاني من العام الحالي", "فيما تعهدت الشركة برفع الصادرات خلال ستة أشهر."],
         [[month(.deadline, 2026, 6)], [within(6, .months)]]),
        ("The two sides agreed to open a crossing by the first quarter of 2027, to complete the study within "
            + "eighteen months, and to hold talks before the end of May.",
         ["The two sides agreed to open a crossing by the first quarter of 2027", "to complete the study within eighteen months",
          "and to hold talks before the end of May."],
         [[month(.deadline, 2027, 3)], [within(18, .months)], [month(.deadline, 2026, 5)]]),
        ("The ministry will open the bridge by June 2026, and the city will repave the road within 90 days.",
         ["The ministry will open the bridge by June 2026", "and the city will repave the road within 90 days."],
         [[month(.deadline, 2026, 6)], [within(90, .days)]]),
        // A list of pledges after commas, without a joiner
        ("The parties will withdraw within ninety days of signature, the United Nations will deploy a mission before "
            + "the twentieth of July, and the Council will review the mandate in the first quarter of next year.",
         ["The parties will withdraw within ninety days of signature", "the United Nations will deploy a mission before the twentieth of July",
          "and the Council will review the mandate in the first quarter of next year."],
         [[within(90, .days)], [onDay(.before, 2026, 7, 20)], [month(.deadline, 2027, 3)]]),
        ("ستسحب الأطراف الأسلحة الثقيلة خلال تسعين يوماً، ستنشر الأمم المتحدة بعثة مراقبين قبل العشرين من تموز.",
         ["ستسحب الأطراف الأسلحة الثقيلة خلال تسعين يوماً", "ستنشر الأمم المتحدة بعثة مراقبين قبل العشرين من تموز."],
         [[within(90, .days)], [onDay(.before, 2026, 7, 20)]]),
        // A span from an undated event still ends an obligation of its own
        ("ستسدد الوزارة المستحقات بحلول نهاية 2026، فيما تلتزم الشركة بتوصيل الغاز خلال ستين يوماً من انتهاء الحفر.",
         ["ستسدد الوزارة المستحقات بحلول نهاية 2026", "فيما تلتزم الشركة بتوصيل الغاز خلال ستين يوماً من انتهاء الحفر."],
         [[year(.deadline, 2026)], []]),
        ("The EU will disburse the grant by June 2026, and elections will be held within six months of the withdrawal.",
         ["The EU will disburse the grant by June 2026", "and elections will be held within six months of the withdrawal."],
         [[month(.deadline, 2026, 6)], []]),
        ("The contractor will deliver the turbines before 1 May 2026 and commission the plant by the end of 2027.",
         ["The contractor will deliver the turbines before 1 May 2026", "and commission the plant by the end of 2027."],
         [[onDay(.before, 2026, 5, 1)], [year(.deadline, 2027)]]),
    ]

    @Test(arguments: cases.indices)
    func oneCommitmentPerObligation(_ index: Int) {
        let example = Self.cases[index]
        let commitments = StatementExtractor().extract(example.text, issued: Self.issued).commitments
        #expect(commitments.map(\.quote) == example.quotes)
        #expect(commitments.map(\.bounds) == example.bounds)
    }

    static let oneObligation: [(String, [Bound])] = [
        ("ستنهي الحكومة المهمة خلال 12 شهراً، وفي موعد أقصاه نهاية أيلول 2026.",
         [within(12, .months), month(.noLaterThan, 2026, 9)]),
        ("ستنسحب القوات خلال عام على ألا يتجاوز ذلك آذار 2027.", [within(1, .years), month(.noLaterThan, 2027, 3)]),
        ("The forces will leave within 12 months, and no later than the end of September 2026.",
         [within(12, .months), month(.noLaterThan, 2026, 9)]),
        ("The forces will leave within 12 months and at the latest by March 2027.",
         [within(12, .months), month(.deadline, 2027, 3)]),
        ("ستُصرف المستحقات بالتعاون مع وزارة المالية والبنك المركزي خلال شهرين، وفي موعد لا يتجاوز أيار 2026.",
         [within(2, .months), month(.noLaterThan, 2026, 5)]),
    ]

    /// A second bound joined to the first adds a limit to the same obligation.
    @Test(arguments: oneObligation)
    func aSecondBoundIsNoSecondObligation(_ example: (String, [Bound])) {
        let commitments = StatementExtractor().extract(example.0, issued: Self.issued).commitments
        #expect(commitments.count == 1)
        #expect(commitments.first?.bounds == example.1)
        #expect(commitments.first?.quote == example.0)
    }

    @Test func eachClauseNamesItsPartiesOrInheritsTheSubject() {
        let text = "تلتزم الحكومة العراقية بتسليم المعبر خلال شهر، وتتعهد الكويت بفتح الميناء قبل نهاية 2026، "
            + "وبتسيير الرحلات خلال عام."
        let commitments = StatementExtractor().extract(text, issued: Self.issued).commitments
        #expect(commitments.map(\.parties) == [["Iraq"], ["Kuwait"], ["Kuwait"]])
        #expect(commitments.map(\.bounds) == [[within(1, .months)], [year(.deadline, 2026)], [within(1, .years)]])
    }

    /// The span from an undated event is quoted with its own clause only, for the reviewer.
    @Test func eachClauseQuotesItsOwnUndatedSpan() {
        let text = "The parties will withdraw within six months of the vote, and elections will be held within "
            + "ninety days after the withdrawal."
        let commitments = StatementExtractor().extract(text, issued: Self.issued).commitments
        #expect(commitments.map(\.fromEvents) == [["within six months of the vote"], ["within ninety days after the withdrawal"]])
        let toml = renderConfigFragment(StatementExtractor().extract(text, issued: Self.issued), statementID: "s", source: nil)
        #expect(toml.contains("# counted from an event without a date, so no bound: \"within six months of the vote\"\n"))
    }

    @Test func clausesThatReportThePastStayOut() {
        let text = "وكانت الوزارة قد افتتحت الجسر الأول حتى نهاية 2025، وستفتتح الجسر الثاني بحلول حزيران 2026."
        let commitments = StatementExtractor().extract(text, issued: Self.issued).commitments
        #expect(commitments.map(\.bounds) == [[month(.deadline, 2026, 6)]])
    }
}
