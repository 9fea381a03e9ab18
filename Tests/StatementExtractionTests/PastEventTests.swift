import Testing
import StatementExtraction

/// News copy reports what happened before the statement with the pluperfect ("وكان ... قد",
/// "had") and with "الماضي"/"last"; none of it becomes a commitment or a bound.
@Suite struct PastEventTests {
    static let issued = day(2026, 5, 20)

    static let reports = [
        "وكان وزير الخارجية قد التقى نظيره الأردني حتى نهاية أيار لبحث الملف.",
        "وكانت الحكومة قد تعهدت بإنجاز المشروع قبل نهاية 2025.",
        "وكان الطرفان قد اتفقا في الثالث من أيار على تشكيل لجنة.",
        "The ministers had met earlier in May and agreed on the agenda by May 10.",
        "The committee had promised to finish the report before the end of June.",
        "وعقدت اللجنة اجتماعها الأول في نيسان الماضي.",
    ]

    @Test(arguments: reports)
    func reportsOfThePastAreNoCommitments(_ text: String) {
        #expect(StatementExtractor().extract(text, issued: Self.issued).commitments.isEmpty, "\(text)")
    }

    @Test func aPledgeBesideAPastMeetingKeepsOnlyItsOwnBound() {
        let text = "The ministers, who had met earlier in May and from May 3, agreed to reopen the crossing by the end of June."
        let commitments = StatementExtractor().extract(text, issued: Self.issued).commitments
        #expect(commitments.map(\.bounds) == [[month(.deadline, 2026, 6)]])
    }

    @Test func anArabicPledgeAfterAPastClause() {
        let text = "وكان الوزير قد زار المحطة في الثالث من أيار، وتلتزم الوزارة بتشغيلها قبل نهاية حزيران."
        let commitments = StatementExtractor().extract(text, issued: Self.issued).commitments
        #expect(commitments.map(\.bounds) == [[month(.deadline, 2026, 6)]])
        #expect(commitments.first?.quote.hasPrefix("وتلتزم الوزارة") == true)
    }
}
