import Testing
import StatementExtraction

/// Short statements written for this test, each with the commitments a careful reader finds.
/// Every expected commitment found with exactly its bounds scores a point; every commitment the
/// extractor invents costs one (it counts in the total).
struct CorpusStatement: Sendable {
    struct Expected: Sendable {
        /// A piece of the sentence the commitment must quote.
        let quoting: String
        let bounds: [Bound]
    }

    let text: String
    let expected: [Expected]
}

let corpus: [CorpusStatement] = [
    CorpusStatement(
        text: "أعلنت وزارة الكهرباء العراقية، اليوم الأحد، أنها ستنجز مشروع محطة البصرة خلال 18 شهراً. "
            + "وكان الوزير قد زار المحطة يوم 3 آذار 2024. "
            + "وتلتزم الوزارة بتشغيل الوحدة الأولى في موعد أقصاه نهاية حزيران 2025.",
        expected: [.init(quoting: "ستنجز مشروع", bounds: [within(18, .months)]),
                   .init(quoting: "وتلتزم الوزارة", bounds: [month(.noLaterThan, 2025, 6)])]),
    CorpusStatement(
        text: "اتفقت الحكومة المصرية وصندوق النقد الدولي على صرف الشريحة الثالثة من القرض بحلول ٣١ ديسمبر ٢٠٢٥. "
            + "وقد عقدت الجولة الأولى من المفاوضات في القاهرة في ١٠ يناير ٢٠٢٤. "
            + "وتتعهد الحكومة بخفض عجز الموازنة خلال عامين.",
        expected: [.init(quoting: "صرف الشريحة", bounds: [onDay(.deadline, 2025, 12, 31)]),
                   .init(quoting: "بخفض عجز", bounds: [within(2, .years)])]),
    CorpusStatement(
        text: "بغداد، ١٥ كانون الثاني ٢٠٢٥ — أكدت الحكومة العراقية التزامها بإجراء الانتخابات المحلية قبل نهاية العام 2025.\n"
            + "وقد جرت الانتخابات السابقة في كانون الأول 2023. "
            + "وسيتم نقل الملف الأمني إلى القوات المحلية اعتباراً من مطلع آذار 2025.",
        expected: [.init(quoting: "بإجراء الانتخابات", bounds: [year(.deadline, 2025)]),
                   .init(quoting: "نقل الملف", bounds: [onDay(.from, 2025, 3, 1)])]),
    CorpusStatement(
        text: "تلتزم المملكة بتقديم المساعدات الإنسانية لليمن حتى نهاية يونيو ٢٠٢٦. "
            + "كما ستواصل دعم جهود السلام. "
            + "وكانت المملكة قد قدمت مساعدات بقيمة مليار دولار خلال العام الماضي.",
        expected: [.init(quoting: "بتقديم المساعدات", bounds: [month(.until, 2026, 6)]),
                   .init(quoting: "ستواصل دعم", bounds: [])]),
    CorpusStatement(
        text: "وقّعت الشركتان اتفاقية لإنشاء مصفاة جديدة، على أن يبدأ العمل فيها خلال أسبوعين من تاريخ التوقيع. "
            + "وستُسلَّم المرحلة الأولى في موعد لا يتجاوز أيلول/سبتمبر ۲۰۲۶.",
        expected: [.init(quoting: "يبدأ العمل", bounds: [within(2, .weeks)]),
                   .init(quoting: "المرحلة الأولى", bounds: [month(.noLaterThan, 2026, 9)])]),
    CorpusStatement(
        text: "عقد مجلس الوزراء جلسته الاعتيادية يومي ٢٠ و٢١ تشرين الأول ٢٠٢٤ برئاسة رئيس الوزراء. "
            + "وصدر عن الجلسة قرار بتشكيل لجنة خلال الشهر الماضي. "
            + "ويلتزم المجلس بمراجعة الرواتب كل ستة أشهر.",
        expected: [.init(quoting: "ويلتزم المجلس", bounds: [])]),
    CorpusStatement(
        text: "The United States and Iraq agreed today to end the coalition's military mission in Iraq within "
            + "the next twelve months, and no later than the end of September 2025. The coalition's mission in "
            + "Syria will continue until September 2026. The two governments met in Washington on 15 and 16 April 2024.",
        expected: [.init(quoting: "end the coalition", bounds: [within(12, .months), month(.noLaterThan, 2025, 9)]),
                   .init(quoting: "Syria will continue", bounds: [month(.until, 2026, 9)])]),
    CorpusStatement(
        text: "Washington, March 3, 2025 - The Ministry of Finance will publish the audited accounts by 31 March 2025. "
            + "It also pledged to repay the outstanding loan by March 31, 2026. "
            + "The previous audit was completed in January 2024.",
        expected: [.init(quoting: "publish the audited", bounds: [onDay(.deadline, 2025, 3, 31)]),
                   .init(quoting: "repay the outstanding", bounds: [onDay(.deadline, 2026, 3, 31)])]),
    CorpusStatement(
        text: "The government commits to holding parliamentary elections before June 2026. "
            + "Salaries will be raised by ten percent starting from January 2025. "
            + "Over the past nine months, the committee held twelve meetings.",
        expected: [.init(quoting: "parliamentary elections", bounds: [month(.before, 2026, 6)]),
                   .init(quoting: "Salaries", bounds: [month(.from, 2025, 1)])]),
    CorpusStatement(
        text: "Both sides undertake to complete the prisoner exchange within 30 days. "
            + "The border crossing will reopen within two weeks, not to exceed 21 days. "
            + "The ceasefire, which took effect on 1 December 2024, remains in force.",
        expected: [.init(quoting: "prisoner exchange", bounds: [within(30, .days)]),
                   .init(quoting: "border crossing", bounds: [within(2, .weeks), within(21, .days)])]),
    CorpusStatement(
        text: "The company shall deliver the first turbines no later than 30 June 2025 and complete the plant by "
            + "mid-2026. Construction began in 2023.",
        expected: [.init(quoting: "deliver the first", bounds: [onDay(.noLaterThan, 2025, 6, 30), onDay(.deadline, 2026, 7, 1)])]),
    CorpusStatement(
        text: "The Kurdistan Regional Government will transfer oil revenues to the federal treasury every month. "
            + "It will submit a full report within 90 days from now. "
            + "The agreement was signed on Sept. 12, 2024, in Baghdad.",
        expected: [.init(quoting: "transfer oil revenues", bounds: []),
                   .init(quoting: "submit a full report", bounds: [within(90, .days)])]),
]

@Suite struct CorpusTests {
    @Test func extractionScore() {
        var hits = 0
        var total = 0
        for statement in corpus {
            let found = StatementExtractor().extract(statement.text).commitments
            var matched = Set<Int>()
            for want in statement.expected {
                total += 1
                if let index = found.indices.first(where: { !matched.contains($0) && found[$0].quote.contains(want.quoting) }) {
                    matched.insert(index)
                    if found[index].bounds == want.bounds {
                        hits += 1
                    } else {
                        Issue.record("\(want.quoting): bounds \(found[index].bounds), expected \(want.bounds)")
                    }
                } else {
                    Issue.record("missed: \(want.quoting)")
                }
            }
            for index in found.indices where !matched.contains(index) {
                total += 1
                Issue.record("invented: \(found[index].quote)")
            }
        }
        let percent = total == 0 ? 0 : hits * 100 / total
        print("extraction score: \(hits)/\(total) (\(percent)%)")
        #expect(hits == total)
    }

    @Test func titlesStopBeforeTheBound() {
        let titles = StatementExtractor().extract(corpus[0].text).commitments.map(\.title)
        #expect(titles == ["أنها ستنجز مشروع محطة البصرة", "وتلتزم الوزارة بتشغيل الوحدة الأولى"])
        let dated = StatementExtractor().extract(corpus[2].text).commitments.first?.title
        #expect(dated == "أكدت الحكومة العراقية التزامها بإجراء الانتخابات المحلية")
    }

    @Test func englishAndArabicShareIds() {
        let ids = StatementExtractor().extract(corpus[6].text).commitments.map(\.id)
        #expect(ids == ["iraq-mission-end", "syria-mission-end"])
    }

    @Test func issueDatesFromDatelines() {
        #expect(StatementExtractor().extract(corpus[2].text).issued == day(2025, 1, 15))
        #expect(StatementExtractor().extract(corpus[7].text).issued == day(2025, 3, 3))
        #expect(StatementExtractor().extract(corpus[7].text).issuedSource == "text")
    }
}
