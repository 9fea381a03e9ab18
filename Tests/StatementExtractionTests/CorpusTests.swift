import CivilCalendar
import Foundation
import Testing
import StatementExtraction

/// Statements written for this test in the styles of official statements and news-agency copy
/// (Iraqi, Gulf, Egyptian, Levantine and Maghrebi Arabic; English), one per file in
/// Tests/corpus/extractor/, each with the commitments a careful reader finds and the date of issue
/// its dateline gives. Every expected commitment found with exactly its bounds scores a point;
/// every commitment the extractor invents costs one (it counts in the total).
struct CorpusStatement: Sendable {
    struct Expected: Sendable {
        /// A piece of the text the commitment must quote, and that no other commitment quotes.
        let quoting: String
        let bounds: [Bound]
    }

    let file: String
    /// The date of issue the text states (nil: it states none).
    let issued: CivilDate?
    let expected: [Expected]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus/extractor")

    var text: String {
        (try? String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
    }
}

private func statement(_ file: String, issued: CivilDate? = nil, _ expected: [(String, [Bound])]) -> CorpusStatement {
    CorpusStatement(file: file, issued: issued, expected: expected.map { .init(quoting: $0.0, bounds: $0.1) })
}

let corpus: [CorpusStatement] = [
    // Iraqi
    statement("iq-basra-power.ar.txt", [("ستنجز مشروع", [within(18, .months)]),
                                        ("وتلتزم الوزارة", [month(.noLaterThan, 2025, 6)])]),
    statement("iq-local-elections.ar.txt", issued: day(2025, 1, 15),
              [("بإجراء الانتخابات", [year(.deadline, 2025)]), ("نقل الملف", [onDay(.from, 2025, 3, 1)])]),
    statement("iq-refinery-contract.ar.txt", [("يبدأ العمل", [within(2, .weeks)]),
                                              ("المرحلة الأولى", [month(.noLaterThan, 2026, 9)])]),
    statement("iq-cabinet-session.ar.txt", [("ويلتزم المجلس", [])]),
    statement("iq-cabinet-salaries.ar.txt", issued: day(2026, 3, 10),
              [("إطلاق رواتب", [onDay(.before, 2026, 3, 20)]), ("إكمال تدقيق", [within(60, .days)]),
               ("التعداد السكاني", [month(.noLaterThan, 2026, 6)])]),
    statement("iq-krg-oil-exports.ar.txt", issued: day(2026, 4, 2),
              [("كامل إنتاجه", [within(30, .days)]), ("مستحقات الشركات", [month(.deadline, 2026, 9)]),
               ("لجنة فنية مشتركة", [])]),
    statement("iq-oil-refinery.ar.txt", issued: day(2026, 3, 22),
              [("بتشغيل مصفى كربلاء", [month(.deadline, 2026, 6)]), ("برفع الصادرات", [within(6, .months)])]),
    // Saudi and Gulf
    statement("sa-yemen-aid.ar.txt", [("بتقديم المساعدات", [month(.until, 2026, 6)]), ("ستواصل دعم", [])]),
    statement("sa-housing-units.ar.txt", issued: day(2026, 3, 15),
              [("عشرين ألف وحدة", [year(.deadline, 2026)]), ("البنية التحتية", [month(.deadline, 2027, 3)])]),
    statement("sa-hajj-permits.ar.txt", issued: day(2026, 3, 22),
              [("إصدار تصاريح", [hijriDay(.before, 1447, 11, 15)]), ("مخيمات منى", [hijriMonth(.deadline, 1447, 11)])]),
    statement("kw-budget-grant.ar.txt", issued: day(2026, 4, 20),
              [("مشروع قانون الميزانية", [hijriMonth(.before, 1447, 12)]),
               ("المنحة المالية", [hijriMonth(.noLaterThan, 1448, 6)])]),
    statement("ae-emissions.ar.txt", issued: day(2026, 1, 12),
              [("ستخفض انبعاثات", [year(.deadline, 2030)]), ("السجل الوطني", [month(.deadline, 2026, 6)])]),
    // Egyptian
    statement("eg-imf-tranche.ar.txt", [("صرف الشريحة", [onDay(.deadline, 2025, 12, 31)]),
                                        ("بخفض عجز", [within(2, .years)])]),
    statement("eg-metro-line.ar.txt", issued: day(2026, 2, 5),
              [("ستفتتح المرحلة الثالثة", [onDay(.before, 2026, 6, 30)]),
               ("التشغيل التجريبي", [month(.deadline, 2026, 12)])]),
    statement("eg-wheat-season.ar.txt", issued: day(2026, 1, 7),
              [("بتوفير التقاوي", [onDay(.before, 2026, 10, 15)]), ("مئة وخمسين منفذاً", [within(90, .days)])]),
    statement("eg-suez-canal.ar.txt", issued: day(2026, 3, 18),
              [("توسعة وتعميق", [onDay(.noLaterThan, 2027, 6, 30)]), ("أول قاطرتين", [month(.deadline, 2026, 12)])]),
    // Levantine
    statement("jo-water-carrier.ar.txt", issued: day(2026, 2, 24),
              [("ضخ المياه", [year(.deadline, 2028)]), ("تأهيل شبكات", [within(2, .years)])]),
    statement("jo-municipal-elections.ar.txt", issued: day(2026, 3, 1),
              [("الانتخابات البلدية", [onDay(.noLaterThan, 2026, 9, 20)]), ("جداول الناخبين", [within(2, .months)])]),
    statement("jo-investment-platform.ar.txt", issued: day(2026, 4, 15),
              [("المنصة الإلكترونية", [month(.deadline, 2026, 5)]), ("مسودة قانون", [within(90, .days)])]),
    statement("lb-power-supply.ar.txt", issued: day(2026, 1, 9),
              [("ساعات التغذية", [onDay(.from, 2026, 2, 1)]), ("مناقصة إنشاء", [month(.deadline, 2026, 3)])]),
    statement("sy-damascus-roads.ar.txt", issued: day(2026, 3, 12),
              [("الطريق المتحلق", [within(120, .days)]), ("سوق الحميدية", [onDay(.deadline, 2026, 7, 1)])]),
    // Maghrebi
    statement("ma-desalination.ar.txt", issued: day(2026, 1, 14),
              [("محطة تحلية", [year(.deadline, 2026)]), ("الربط بين حوضي", [month(.noLaterThan, 2026, 6)])]),
    statement("ma-world-cup-works.ar.txt", issued: day(2026, 4, 2),
              [("توسيع ملعب", [year(.deadline, 2027)]), ("خط القطار", [month(.noLaterThan, 2029, 6)])]),
    statement("ma-social-registry.ar.txt", issued: day(2026, 3, 19),
              [("السجل الاجتماعي", [year(.deadline, 2027)]), ("القانون الإطار", [month(.deadline, 2026, 6)])]),
    statement("dz-housing.ar.txt", issued: day(2026, 1, 8),
              [("300 ألف وحدة", [month(.deadline, 2026, 6)]), ("المدينة الجديدة", [onDay(.noLaterThan, 2027, 12, 31)])]),
    statement("tn-bond-repayment.ar.txt", issued: day(2026, 2, 3),
              [("القسط الثاني", [month(.deadline, 2026, 4)]), ("العفو الجبائي", [within(3, .weeks)])]),
    // Agency copy in more styles, each sentence carrying several obligations: INA's slashed
    // dateline and "قبل العشرين منه", SPA's Hijri dateline with its Gregorian equivalent and Hijri
    // months without a year, MAP's month names and "فاتح", MENA's and WAM's datelines, quarters
    // without a year, spans counted from the signature or from an event the text does not date.
    statement("iq-grain-payments.ar.txt", issued: day(2026, 5, 10),
              [("مستحقات مزارعي الحنطة", [onDay(.before, 2026, 6, 20)]), ("استلام المحصول", [within(45, .days)]),
               ("سايلو الديوانية الجديد", [month(.deadline, 2026, 9)])]),
    statement("sa-desalination-housing.ar.txt", issued: day(2026, 5, 10),
              [("محطة الجبيل", [hijriMonth(.deadline, 1448, 2)]), ("ثلاثين ألف وحدة", [hijriMonth(.noLaterThan, 1448, 6)]),
               ("الدفعة الأولى من الوحدات", [within(1200, .days)])]),
    statement("ma-rural-schools.ar.txt", issued: day(2026, 5, 4),
              [("التعليم الأولي", [year(.deadline, 2028)]), ("مدارس الريادة", [onDay(.from, 2026, 9, 1)]),
               ("داخلية جديدة", [month(.deadline, 2026, 12)])]),
    statement("eg-gas-connections.ar.txt", issued: day(2026, 6, 7),
              [("ربط حقل ظهر", [onDay(.before, 2026, 9, 30)]), ("مستحقات الشركاء", [year(.deadline, 2027)]),
               ("توصيل الغاز الطبيعي", [])]),
    statement("jo-desert-highway.ar.txt", issued: day(2026, 3, 1),
              [("الطريق الصحراوي", [onDay(.from, 2026, 7, 1)]), ("المرحلة الأولى منه", [month(.noLaterThan, 2027, 3)]),
               ("عطاء الحافلات", [onDay(.before, 2026, 4, 15)])]),
    statement("ae-federal-grid.ar.txt", issued: day(2026, 11, 5),
              [("الربط الكهربائي", [month(.deadline, 2027, 6)]), ("الطرق الاتحادية", [month(.deadline, 2028, 6)]),
               ("جسر الشارقة", [within(18, .months)])]),
    statement("un-buffer-zone.en.txt", issued: day(2026, 6, 3),
              [("withdraw heavy weapons", [within(90, .days)]), ("observer mission", [onDay(.before, 2026, 7, 20)]),
               ("review the mandate", [month(.deadline, 2027, 3)]), ("Elections will be held", [])]),
    statement("eu-tunisia-tranche.en.txt", issued: day(2026, 5, 12),
              [("second tranche", [month(.deadline, 2026, 9)]), ("competition law", [month(.deadline, 2026, 6)]),
               ("budget support", [within(120, .days)])]),
    statement("us-iraq-readout.en.txt", issued: day(2026, 9, 7),
              [("Higher Coordinating Committee", [month(.deadline, 2027, 3)]),
               ("Ain al-Asad", [month(.deadline, 2027, 12)]), ("pay its arrears", [])]),
    // English
    statement("us-iraq-coalition.en.txt",
              [("end the coalition", [within(12, .months), month(.noLaterThan, 2025, 9)]),
               ("Syria will continue", [month(.until, 2026, 9)])]),
    statement("finance-accounts.en.txt", issued: day(2025, 3, 3),
              [("publish the audited", [onDay(.deadline, 2025, 3, 31)]),
               ("repay the outstanding", [onDay(.deadline, 2026, 3, 31)])]),
    statement("elections-salaries.en.txt", [("parliamentary elections", [month(.before, 2026, 6)]),
                                             ("Salaries", [month(.from, 2025, 1)])]),
    statement("prisoner-exchange.en.txt", [("prisoner exchange", [within(30, .days)]),
                                           ("border crossing", [within(2, .weeks), within(21, .days)])]),
    statement("turbines.en.txt", [("deliver the first", [onDay(.noLaterThan, 2025, 6, 30)]),
                                  ("complete the plant", [onDay(.deadline, 2026, 7, 1)])]),
    statement("krg-oil.en.txt", [("transfer oil revenues", []), ("submit a full report", [within(90, .days)])]),
    statement("pif-listings.en.txt", issued: day(2026, 3, 15),
              [("list two of its portfolio", [month(.deadline, 2026, 12)]),
               ("sale of a minority stake", [onDay(.deadline, 2026, 7, 3)])]),
    statement("eu-jordan-grant.en.txt", issued: day(2026, 2, 24),
              [("disburse EUR 200 million", [within(60, .days)]), ("procurement law", [month(.deadline, 2026, 6)])]),
    statement("iraq-electoral-register.en.txt", issued: day(2026, 3, 10),
              [("final voter register", [onDay(.deadline, 2026, 4, 20)]),
               ("provincial council elections", [month(.noLaterThan, 2027, 12)])]),
    statement("etihad-rail.en.txt", issued: day(2026, 1, 12),
              [("the contractor will complete", [within(2, .years)]), ("Passenger services", [year(.deadline, 2026)])]),
    statement("qatar-oman-crossing.en.txt", issued: day(2026, 3, 12),
              [("open a second border crossing", [month(.deadline, 2027, 3)]),
               ("joint railway study", [within(18, .months)]), ("next round of talks", [month(.deadline, 2026, 5)])]),
    statement("lebanon-banks.en.txt", issued: day(2026, 4, 15),
              [("restructure the banking sector", [year(.deadline, 2026)]),
               ("lift withdrawal limits", [onDay(.noLaterThan, 2027, 12, 31)])]),
    statement("morocco-ports.en.txt", issued: day(2026, 4, 2),
              [("new container terminal", [month(.deadline, 2027, 3)]),
               ("Dakhla desalination", [month(.deadline, 2027, 6)])]),
]

func corpusStatement(_ file: String) -> CorpusStatement {
    corpus.first { $0.file == file }!
}

@Suite struct CorpusTests {
    @Test func extractionScore() {
        var hits = 0
        var total = 0
        for statement in corpus {
            let text = statement.text
            let found = StatementExtractor().extract(text).commitments
            var matched = Set<Int>()
            for want in statement.expected {
                total += 1
                let others = statement.expected.filter { $0.quoting != want.quoting }.map(\.quoting)
                guard let index = found.indices.first(where: { !matched.contains($0) && found[$0].quote.contains(want.quoting) }) else {
                    Issue.record("\(statement.file): missed: \(want.quoting)")
                    continue
                }
                matched.insert(index)
                let quote = found[index].quote
                if found[index].bounds != want.bounds {
                    Issue.record("\(statement.file): \(want.quoting): bounds \(found[index].bounds), expected \(want.bounds)")
                } else if !text.contains(quote) || others.contains(where: quote.contains) {
                    Issue.record("\(statement.file): \(want.quoting): quote is not its own span of the text: \(quote)")
                } else {
                    hits += 1
                }
            }
            for index in found.indices where !matched.contains(index) {
                total += 1
                Issue.record("\(statement.file): invented: \(found[index].quote)")
            }
        }
        let percent = total == 0 ? 0 : hits * 100 / total
        print("extraction score: \(hits)/\(total) commitments (\(percent)%) in \(corpus.count) statements")
        #expect(hits == total)
    }

    @Test(arguments: corpus.map(\.file))
    func theIssueDateComesFromTheText(_ file: String) {
        let statement = corpusStatement(file)
        let result = StatementExtractor().extract(statement.text)
        #expect(result.issued == statement.issued)
        #expect(result.issuedSource == (statement.issued == nil ? "unknown" : "text"))
    }

    /// Past meetings, visits and signings stay out: no bound binds before the date of issue.
    @Test(arguments: corpus.filter { $0.issued != nil }.map(\.file))
    func noBoundBindsBeforeTheIssueDate(_ file: String) {
        let statement = corpusStatement(file)
        for commitment in StatementExtractor().extract(statement.text).commitments {
            for bound in commitment.bounds {
                let binds = bound.bindingDay(issued: statement.issued)
                #expect(binds.map { $0 >= statement.issued! } == true, "\(commitment.id): \(bound)")
            }
        }
    }

    @Test func everyFileIsScoredAndTheStylesAreCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusStatement.directory.path).sorted()
        #expect(files == corpus.map(\.file).sorted())
        let arabic = corpus.filter { $0.file.hasSuffix(".ar.txt") }
        #expect(arabic.count >= 20)
        #expect(corpus.count - arabic.count >= 10)
        #expect(Set(arabic.map { $0.file.prefix(2) }).count >= 5)
        for statement in corpus {
            let language = StatementExtractor().extract(statement.text).language
            #expect(language == (statement.file.hasSuffix(".ar.txt") ? .arabic : .english), "\(statement.file)")
        }
    }

    @Test func titlesStopBeforeTheBound() {
        let titles = StatementExtractor().extract(corpusStatement("iq-basra-power.ar.txt").text).commitments.map(\.title)
        #expect(titles == ["أنها ستنجز مشروع محطة البصرة", "وتلتزم الوزارة بتشغيل الوحدة الأولى"])
        let dated = StatementExtractor().extract(corpusStatement("iq-local-elections.ar.txt").text).commitments.first?.title
        #expect(dated == "أكدت الحكومة العراقية التزامها بإجراء الانتخابات المحلية")
    }

    @Test func englishAndArabicShareIds() {
        let ids = StatementExtractor().extract(corpusStatement("us-iraq-coalition.en.txt").text).commitments.map(\.id)
        #expect(ids == ["iraq-mission-end", "syria-mission-end"])
    }
}
