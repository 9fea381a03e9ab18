@testable import DeadlineCore
import Testing

/// How many times `part` occurs in `text`.
private func occurrences(_ part: String, in text: String) -> Int { text.split(separator: part, omittingEmptySubsequences: false).count - 1 }

@Suite("Timeline picture (SVG and HTML)")
struct TimelinePictureTests {
    func timeline(_ commitments: String, ledger: Ledger? = nil, at now: String) throws -> Timeline {
        let config = try Fixtures.config(Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]", commitments))
        return Timeline(schedule: Schedule(config: config), ledger: ledger, now: Fixtures.utc(now))
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
        ledger.add(LedgerRecord(alert: warning.alert, statementID: "s", sentAt: warning.alert.fireAt, message: ""))
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
}
