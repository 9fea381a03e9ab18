import CivilCalendar
@testable import DeadlineCore
import Hijri
import Testing

/// How many times `part` occurs in `text`.
private func occurrences(_ part: String, in text: String) -> Int { text.split(separator: part, omittingEmptySubsequences: false).count - 1 }

/// The text of markup, its tags (element and class names, attributes) left out.
private func textOnly(_ markup: String) -> String {
    var text = ""
    var inTag = false
    for character in markup {
        if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
    }
    return text
}

@Suite("Timeline picture (SVG and HTML)")
struct TimelinePictureTests {
    /// The timeline of `commitments` in Baghdad, warned 30 and 7 days ahead, with more `[daemon]` settings.
    func timeline(_ commitments: String, settings: String = "", ledger: Ledger? = nil, at now: String) throws -> Timeline {
        timeline(try Fixtures.config(Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]\n" + settings, commitments)), ledger: ledger, at: now)
    }

    func timeline(_ config: Config, ledger: Ledger? = nil, at now: String) -> Timeline {
        Timeline(schedule: Schedule(config: config), ledger: ledger, now: Fixtures.utc(now))
    }

    @Test("the axis picks days, weeks, months, years or decades as the span grows, labels never closer than they are wide")
    func axisSteps() {
        let zone = Zone(identifier: "Asia/Baghdad")!
        let start = Fixtures.utc("2025-01-01T00:00:00Z")
        let cases: [(days: Int64, label: String)] = [
            (5, "2025-01-02"), (60, "2025-01-06"), (400, "2025-04"), (3000, "2026"), (15000, "2030"), (40000, "2030"), (200_000, "2050"),
        ]
        for (days, first) in cases {
            let axis = TimeAxis(start: start, end: start.adding(seconds: days * 86_400), zone: zone, width: 840, characterWidth: 6.8)
            #expect(axis.ticks.first?.label == first, "span of \(days) days")
            #expect(axis.ticks.count >= 2)
            let spacing = 840 / Double(days * 86_400) * Double(axis.ticks[1].instant.seconds - axis.ticks[0].instant.seconds)
            #expect(spacing >= Double(axis.ticks[0].label.count + 4) * 6.8 * 0.9)
        }
        // Ticks fall on the zone's midnight, not UTC's.
        let axis = TimeAxis(start: start, end: start.adding(seconds: 5 * 86_400), zone: zone, width: 840, characterWidth: 6.8)
        #expect(zone.civil(at: axis.ticks[0].instant).secondOfDay == 0)
    }

    @Test("one row per commitment with its id; a deadline, its other bound and the overdue span are drawn and labelled")
    func rows() throws {
        let timeline = try timeline("""
            [[commitment]]
            id = "a"
            title = "First"
            within = "12 months"
            no_later_than = "2025-10"
            [[commitment]]
            id = "b"
            title = "Second"
            status = "met"
            deadline = 2025-06-01
            """, at: "2025-11-01T00:00:00Z")
        let svg = TimelineSVG.svg(timeline)
        #expect(occurrences("class=\"row ", in: svg) == 2)
        #expect(svg.contains("id=\"commitment-a\" data-commitment=\"a\""))
        #expect(svg.contains("class=\"row status-met\" id=\"commitment-b\""))
        #expect(svg.contains(">within 2025-09-27</text>"))
        #expect(svg.contains(">no later than 2025-10-31</text>"))
        #expect(svg.contains(">a · open, overdue</text>"))
        #expect(svg.contains(">b · met</text>"))
        // Only the open commitment past its deadline is shaded; the met one is not overdue.
        #expect(occurrences("class=\"overdue\"", in: svg) == 1)
        #expect(svg.contains("<title id=\"chart-title\">Timeline of statement s at 2025-11-01 03:00 +03:00</title>"))
    }

    @Test("a warning is filled once the alert log has it, hollow while it has not been sent")
    func sentAndPending() throws {
        let commitments = """
            [[commitment]]
            id = "a"
            title = "First"
            deadline = 2025-09-27
            """
        let plain = try timeline(commitments, ledger: Ledger(), at: "2025-09-25T00:00:00Z")
        let warning = try #require(plain.events.first { $0.alert.kind == .approaching && $0.isPast })
        var ledger = Ledger()
        ledger.add(LedgerRecord(alert: warning.alert, sentAt: warning.alert.fireAt, message: ""))
        let svg = TimelineSVG.svg(try timeline(commitments, ledger: ledger, at: "2025-09-25T00:00:00Z"))
        #expect(occurrences("class=\"mark warning-sent\"", in: svg) == 1)
        #expect(occurrences("class=\"mark warning-pending\"", in: svg) == 1)
        // The tooltip says it in the words of the alert itself.
        #expect(svg.contains("sent: a: 30 days left until 2025-09-27 (deadline 2025-09-27)"))
    }

    @Test("labels that would collide go to the second lane, and are left out when both lanes are taken")
    func labelPlacement() {
        let labels = TimelineLayout.place([(100, "deadline 2025-09-27"), (110, "no later than 2025-09-30"), (105, "milestone x 2025-09-28"), (700, "far")])
        #expect(labels.map(\.lane) == [0, 1, 0])
        #expect(labels.map(\.text) == ["deadline 2025-09-27", "no later than 2025-09-30", "far"])
        // At the edges labels stay inside the strip.
        let edge = TimelineLayout.place([(0, "deadline 2025-09-27"), (TimelineLayout.stripWidth, "until 2026-09-30")])
        #expect(edge[0].x == 0)
        #expect(edge[1].x + edge[1].width == TimelineLayout.stripWidth)
    }

    @Test("an Arabic title is right-aligned and isolated in the SVG, dir=auto in the page")
    func rightToLeft() throws {
        let timeline = try timeline("""
            [[commitment]]
            id = "a"
            title = "إنهاء المهمة العسكرية للتحالف"
            deadline = 2025-09-27
            """, at: "2025-09-01T00:00:00Z")
        #expect(TimelineSVG.svg(timeline).contains("text-anchor=\"end\">\u{2067}إنهاء المهمة العسكرية للتحالف\u{2069}</text>"))
        #expect(TimelinePage.html(timeline).contains("<span class=\"title\" dir=\"auto\">إنهاء المهمة العسكرية للتحالف</span>"))
        #expect(Markup.readsRightToLeft("2025 إنهاء"))
        #expect(!Markup.readsRightToLeft("End 2025 إنهاء"))
    }

    @Test("the page allows only its own stylesheet, by its SHA-256")
    func pagePolicy() throws {
        #expect(StyleHash.cspSource("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
        #expect(StyleHash.cspSource("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
        let html = TimelinePage.html(try timeline("""
            [[commitment]]
            id = "a"
            title = "<First> & \\"second\\""
            deadline = 2025-09-27
            """, at: "2025-09-01T00:00:00Z"))
        #expect(html.contains("default-src &#39;none&#39;; style-src \(Markup.escaped(StyleHash.cspSource(TimelinePage.style)))"))
        #expect(html.contains("&lt;First&gt; &amp; &quot;second&quot;"))
        #expect(!html.contains("<script"))
    }

    @Test("calendar = hijri: ticks on Umm al-Qura day, month and year starts with Hijri labels, from days to decades")
    func hijriAxis() throws {
        let zone = Zone(identifier: "Asia/Baghdad")!
        let start = Fixtures.utc("2025-01-01T00:00:00Z")
        let arabic = Wording(language: .ar, calendar: .hijri, digits: .latin)
        // 2025-01-01 (03:00 in Baghdad) is 1 Rajab 1446; Mondays over 30 days, but over 60 days
        // the labels are too wide for weekly ticks; over 400 days the quarters are Muharram,
        // Rabi al-Akhir, Rajab and Shawwal.
        let cases: [(days: Int64, label: String)] = [
            (5, "2 رجب 1446"), (30, "6 رجب 1446"), (60, "شعبان 1446"), (400, "شوال 1446"), (3000, "1447 هـ"), (15000, "1450 هـ"),
        ]
        for (days, first) in cases {
            let end = start.adding(seconds: days * 86_400)
            let axis = TimeAxis(start: start, end: end, zone: zone, width: 840, characterWidth: 6.8, wording: arabic)
            #expect(axis.ticks.first?.label == first, "span of \(days) days")
            #expect(axis.ticks.count >= 2)
            #expect(axis.secondTicks.isEmpty)
            for (left, right) in zip(axis.ticks, axis.ticks.dropFirst()) {
                // Neighbouring labels never closer than half of each plus four characters.
                let spacing = 840 / Double(days * 86_400) * Double(right.instant.seconds - left.instant.seconds)
                #expect(spacing >= (Double(left.label.count + right.label.count) / 2 + 4) * 6.8)
            }
            for tick in axis.ticks {
                let civil = zone.civil(at: tick.instant)
                #expect(civil.secondOfDay == 0)
                let hijri = try #require(civil.date.hijri)
                if days >= 400 { #expect(hijri.day == 1) }
                if days >= 3000 { #expect(hijri.month == 1) }
            }
        }
        // English names, Arabic-Indic digits in Arabic.
        let year = start.adding(seconds: 400 * 86_400)
        let english = TimeAxis(start: start, end: year, zone: zone, width: 840, characterWidth: 6.8,
                               wording: Wording(language: .en, calendar: .hijri, digits: .latin))
        #expect(english.ticks.first?.label == "Shawwal 1446")
        let indic = TimeAxis(start: start, end: year, zone: zone, width: 840, characterWidth: 6.8,
                             wording: Wording(language: .ar, calendar: .hijri, digits: .arabicIndic))
        #expect(indic.ticks.first?.label == "شوال ١٤٤٦")
    }

    @Test("calendar = both: Gregorian ticks with a Hijri row under them; outside the Umm al-Qura table the Gregorian row stays")
    func bothCalendars() {
        let zone = Zone(identifier: "Asia/Baghdad")!
        let start = Fixtures.utc("2025-01-01T00:00:00Z")
        let end = start.adding(seconds: 400 * 86_400)
        let both = TimeAxis(start: start, end: end, zone: zone, width: 840, characterWidth: 6.8,
                            wording: Wording(language: .ar, calendar: .both, digits: .latin))
        #expect(both.ticks.first?.label == "2025-04")
        #expect(both.secondTicks.first?.label == "شوال 1446")
        #expect(both.secondTicks.allSatisfy { zone.civil(at: $0.instant).date.hijri?.day == 1 })
        // 1900-1950 reaches before the table: hijri is drawn as both, Hijri ticks only from 1924-08-01.
        let early = TimeAxis(start: Fixtures.utc("1900-01-01T00:00:00Z"), end: Fixtures.utc("1950-01-01T00:00:00Z"), zone: zone,
                             width: 840, characterWidth: 6.8, wording: Wording(language: .ar, calendar: .hijri, digits: .latin))
        #expect(early.ticks.first?.label == "1905")
        #expect(early.secondTicks.first.map { zone.civil(at: $0.instant).date >= CivilDate(year: 1924, month: 8, day: 1) } == true)
        #expect(!early.secondTicks.isEmpty)
    }

    @Test("language = ar: the picture's own words are Arabic, the page right to left, digits as configured")
    func arabicWords() throws {
        let timeline = try timeline("""
            [[commitment]]
            id = "a"
            title = "إنهاء المهمة"
            within = "12 months"
            no_later_than = "2025-10"
            parties = ["العراق"]
            """, settings: "language = \"ar\"\ncalendar = \"both\"\ndigits = \"arabic-indic\"", at: "2025-11-01T00:00:00Z")
        let svg = TimelineSVG.svg(timeline)
        #expect(svg.contains(">\u{2067}\u{2068}a\u{2069} · مفتوح، متأخر\u{2069}</text>"))
        // The legend starts at the right edge (the picture is 1270 wide), its first symbol rightmost.
        #expect(svg.contains("<text class=\"label\" x=\"1244\" y=\"193\" text-anchor=\"end\">\u{2067}الموعد النهائي (القيد الحاكم)\u{2069}</text>"))
        #expect(svg.contains(">\u{2067}خلال \u{2068}٢٠٢٥-٠٩-٢٧ (٥ ربيع الآخر ١٤٤٧)\u{2069}\u{2069}</text>"))
        #expect(svg.contains("class=\"label now\""))
        #expect(svg.contains(">\u{2067}الآن \u{2068}٢٠٢٥-١١-٠١ (١٠ جمادى الأولى ١٤٤٧) ٠٣:٠٠ +٠٣:٠٠\u{2069}\u{2069}</text>"))
        #expect(svg.contains("<title id=\"chart-title\">الخط الزمني للبيان \u{2068}s\u{2069} في"))
        #expect(svg.contains("class=\"label tick hijri\""))
        #expect(svg.contains("الأطراف: \u{2068}العراق\u{2069}"))
        // No English word of the picture's own is left.
        for english in ["deadline", "overdue", "now", "Timeline", "milestone", "warning", "sent", "Parties", "issued"] {
            #expect(!textOnly(svg).contains(english), "\(english)")
        }
        let html = TimelinePage.html(timeline)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<th scope=\"col\">الالتزام</th>"))
        #expect(html.contains("aria-label=\"دليل الرموز\""))
        #expect(html.contains("direction:ltr"))
    }

    @Test("several statements: the heading names them, each group heading its statement's title")
    func statementTitles() throws {
        // The main file and one file of statements.d, read as `ConfigFile` reads them from disk.
        let main = try ConfigLoader.readMain(bytes: Array("""
            [daemon]
            timezone = "Asia/Baghdad"
            [statement]
            id = "iraq"
            title = "Iraq mission"
            issued = 2024-09-27
            [[commitment]]
            id = "a"
            title = "First"
            deadline = 2025-09-27
            """.utf8), file: "main.toml", requireStatement: true)
        let second = try ConfigLoader.readStatementFile(bytes: Array("""
            [statement]
            id = "syria"
            title = "انسحاب من سوريا"
            [[commitment]]
            id = "b"
            title = "Second"
            deadline = 2026-09-27
            """.utf8), file: "syria.toml", daemon: main.daemon)
        let timeline = timeline(
            try ConfigLoader.assemble(daemon: main.daemon, documents: [main.statement!, second], errors: [], file: "main.toml"),
            at: "2025-11-01T00:00:00Z")
        let svg = TimelineSVG.svg(timeline)
        #expect(svg.contains(">Statements iraq, syria</text>"))
        #expect(svg.contains(">iraq (issued 2024-09-27): \u{2068}Iraq mission\u{2069}</text>"))
        #expect(svg.contains(">syria: \u{2068}انسحاب من سوريا\u{2069}</text>"))
        #expect(svg.contains("<title id=\"chart-title\">Timeline of Statements iraq, syria at 2025-11-01 03:00 +03:00</title>"))
        let html = TimelinePage.html(timeline)
        #expect(html.contains("<th colspan=\"2\" scope=\"colgroup\">syria: \u{2068}انسحاب من سوريا\u{2069}</th>"))
    }
}
