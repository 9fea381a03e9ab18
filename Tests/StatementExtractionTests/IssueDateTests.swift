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
        // Datelines as news agencies write them
        ("بغداد، الثلاثاء 10 آذار 2026 – قرر مجلس الوزراء إطلاق الرواتب.", day(2026, 3, 10)),
        ("بغداد، الأربعاء 10 آذار 2026 – قرر مجلس الوزراء إطلاق الرواتب.", nil),
        ("الرياض (واس) - الأحد 26 رمضان 1447هـ الموافق 15 مارس 2026م\nأعلنت الوزارة عزمها.", day(2026, 3, 15)),
        ("جدة 26 رمضان 1447 هـ الموافق 15 مارس 2026 م (واس) - أعلنت الهيئة.", day(2026, 3, 15)),
        ("القاهرة في 5 فبراير 2026 (أ ش أ) - أكد وزير النقل.", day(2026, 2, 5)),
        ("أبوظبي في 12 يناير 2026 / وام / أعلنت الوزارة.", day(2026, 1, 12)),
        ("عمان 24 شباط 2026 (بترا) - أعلنت الوزارة.", day(2026, 2, 24)),
        ("الرباط - 14 يناير 2026 (ومع) - أفاد بلاغ للوزارة.", day(2026, 1, 14)),
        ("الجزائر، 8 جانفي 2026 (وأج) - أعلن الوزير.", day(2026, 1, 8)),
        ("بغداد / واع / الأحد 10 أيار 2026 – أعلن وزير التجارة.", day(2026, 5, 10)),
        ("بغداد / واع / أعلن الوزير أن الوزارة ستنجز المشروع بحلول 10 أيار 2027.", nil),
        ("الرباط - 4 ماي 2026 (ومع) - أعلن الوزير.", day(2026, 5, 4)),
        ("الجمعة 27 أيلول 2024م - اتفقت الحكومتان على إنهاء المهمة.", day(2024, 9, 27)),
        ("صدر في بغداد بتاريخ 10/3/2026م.", day(2026, 3, 10)),
        ("الرباط - أعلن رئيس الحكومة، يوم الخميس 19 مارس 2026 بالرباط، أن الحكومة ستصادق على القانون.", day(2026, 3, 19)),
        ("وكان الوزير قد زار المحطة يوم 3 آذار 2024.", nil),
        ("RIYADH, Sunday, March 15, 2026 - The fund will list two companies.", day(2026, 3, 15)),
        ("RABAT, April 2, 2026 (MAP) - Morocco will open the terminal.", day(2026, 4, 2)),
        ("AMMAN, 24 February 2026 - The EU will disburse the grant.", day(2026, 2, 24)),
        // Dates that open a sentence but are no dateline
        ("ستنسحب القوات قبل 15 أيار 2025، وتلتزم الحكومة بحماية المستشارين.", nil),
        ("ستنسحب القوات في 15 أيار 2025.", nil),
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

/// The dateline says where and when: it is neither part of a quote nor the headline.
@Suite struct DatelineQuoteTests {
    @Test func quotesStartAfterTheDateline() {
        let text = "القاهرة في 5 فبراير 2026 (أ ش أ) - أكد وزير النقل أن الوزارة ستفتتح المحطة قبل نهاية يونيو."
        let result = StatementExtractor().extract(text)
        #expect(result.issued == day(2026, 2, 5))
        #expect(result.commitments.map(\.quote) == ["أكد وزير النقل أن الوزارة ستفتتح المحطة قبل نهاية يونيو."])
    }

    @Test func aDatelineOnItsOwnLineIsNoHeadline() {
        let text = "الرياض (واس) - الأحد 26 رمضان 1447هـ الموافق 15 مارس 2026م\nأعلنت الوزارة عزمها تسليم الوحدات بنهاية العام الجاري."
        let result = StatementExtractor().extract(text)
        #expect(result.headline == nil)
        #expect(result.commitments.map(\.quote) == ["أعلنت الوزارة عزمها تسليم الوحدات بنهاية العام الجاري."])
        #expect(result.commitments.map(\.bounds) == [[year(.deadline, 2026)]])
    }

    @Test func theDatelineIsLeftOutEvenWhenTheDateIsGiven() {
        let text = "RABAT, April 2, 2026 (MAP) - Morocco will open the terminal by the end of March."
        let result = StatementExtractor().extract(text, issued: day(2026, 4, 1))
        #expect(result.commitments.map(\.quote) == ["Morocco will open the terminal by the end of March."])
    }
}
