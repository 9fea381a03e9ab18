import CivilCalendar

/// The words of the timeline picture (`timeline --svg` and `--html`): its title and headings,
/// legend, status words, mark labels and tooltips, in each language. The alerts in its tooltips
/// are worded by `AlertVocabulary`.
///
/// The picture's time axis runs left to right in every language, as the dates and numbers on it
/// do; Arabic text inside it is written in a right-to-left isolate (`line`), so it reads in its own
/// order whatever the direction of the SVG around it.
extension ViewWords {
    /// A line of the picture's own words: in Arabic, a right-to-left isolate.
    func line(_ text: String) -> String { isArabic ? "\u{2067}" + text + "\u{2069}" : text }

    /// A day as the config shows dates (calendar and digits), isolated inside Arabic.
    func day(_ date: CivilDate) -> String { ltr(wording.show(date)) }

    /// Text from the config (a title, a quote, a party) inside the picture's words: isolated, so
    /// it keeps its own direction in either language.
    func quoted(_ text: String) -> String { ArabicGrammar.isolate(text) }

    /// The picture's title: "Timeline of statement s at 2025-08-01 03:00 +03:00", "Timeline of
    /// Statements a, b at ...".
    func pictureTitle(_ config: Config, at now: Instant) -> String {
        let time = ltr(wording.show(now, in: config.daemon.zone))
        if config.statements.count == 1 {
            let statement = id(config.statements[0].id)
            return isArabic ? "الخط الزمني للبيان \(statement) في \(time)" : "Timeline of statement \(statement) at \(time)"
        }
        return isArabic ? "الخط الزمني: \(statementsHeading(config)) في \(time)" : "Timeline of \(statementsHeading(config)) at \(time)"
    }

    /// The picture's heading: "Statement s: its title"; for several statements their ids (or
    /// their count), each group below being headed by its statement's title.
    func heading(_ config: Config) -> String {
        guard config.statements.count == 1 else { return statementsHeading(config) }
        let statement = config.statements[0]
        return "\(self.statement) \(id(statement.id))" + (statement.title.map { ": " + quoted($0) } ?? "")
    }

    /// A statement's group heading: "s (issued 2024-09-27)", and when the picture holds several
    /// statements (so the heading above cannot name them all in full) its title after it, last
    /// so that it is what a narrow column cuts: "s (issued 2024-09-27): its title".
    func groupHeading(_ statement: Statement, titled: Bool) -> String {
        id(statement.id) + (statement.issued.map { " (" + issued($0) + ")" } ?? "")
            + (titled ? statement.title.map { ": " + quoted($0) } ?? "" : "")
    }

    func issued(_ date: CivilDate) -> String { (isArabic ? "صدر في " : "issued ") + day(date) }

    /// The label of the now line: "now 2025-08-01 03:00 +03:00", on the configured calendar.
    func nowLabel(_ instant: Instant, zone: Zone) -> String { "\(now) \(ltr(wording.show(instant, in: zone)))" }

    /// Shown beside the status of an open commitment past its deadline: "open, overdue".
    func overdueStatus(_ status: CommitmentStatus) -> String {
        self.status(status) + (isArabic ? "، متأخر" : ", overdue")
    }

    /// The label of the overdue span: "overdue 3d".
    func overdueFor(_ seconds: Double) -> String {
        isArabic ? "متأخر منذ " + ArabicWording.compact(seconds: seconds, wording) : "overdue " + HumanDuration.compact(seconds: seconds)
    }

    /// The status of a commitment another one replaced: "superseded by us-2025/end".
    func supersededStatus(by replacement: CommitmentRef) -> String {
        isArabic ? status(.superseded) + "، حلّ محلّه " + id(replacement.description) : "superseded by \(replacement)"
    }

    /// The label of the span a snooze holds reminders over: "snoozed until 2026-03-01".
    func snoozedLabel(_ snooze: Snooze) -> String {
        (isArabic ? "مؤجَّل حتى " : "snoozed until ") + ltr(snooze.label)
    }

    /// The summary's part for a snooze: "reminders snoozed until 2026-03-01".
    func snoozedSummary(_ snooze: Snooze) -> String {
        (isArabic ? "التذكيرات مؤجَّلة حتى " : "reminders snoozed until ") + ltr(snooze.label)
    }

    /// Beside the status while a snooze holds: "open, snoozed until 2026-03-01".
    func snoozedStatus(_ snooze: Snooze) -> String {
        (isArabic ? "، تذكيراته مؤجَّلة حتى " : ", snoozed until ") + ltr(snooze.label)
    }

    /// A bound's label on its mark: "within 2025-09-27", "no later than 2025-09-30".
    func boundLabel(_ bound: Bound, zone: Zone) -> String {
        let phrase = isArabic ? ArabicWording.phrase(bound.kind) : bound.kind.phrase
        return "\(phrase) \(bound.lastDay.map(day) ?? exact(bound.instant, zone))"
    }

    /// An exact time (a bound's instant, a deadline written with its time of day), as the config shows them.
    func exact(_ instant: Instant, _ zone: Zone) -> String { ltr(wording.showExact(instant, in: zone)) }

    /// What a bound is, in full: "within 12 months of 2024-09-27".
    func explanation(_ bound: Bound, issued: CivilDate?) -> String {
        isArabic ? ArabicWording.reason(bound, issued: issued, wording) : bound.explanation
    }

    /// The tooltip of the binding bound: "deadline: within 12 months of 2024-09-27 (2025-09-28T00:00:00+03:00)".
    func deadlineMark(_ explanation: String, at instant: Instant, _ zone: Zone) -> String {
        "\(isArabic ? "الموعد النهائي" : "deadline"): \(explanation) (\(exact(instant, zone)))"
    }

    /// The tooltip of another bound: "also: no later than 2025-09 (2025-10-01T00:00:00+03:00)".
    func otherBoundMark(_ explanation: String, at instant: Instant, _ zone: Zone) -> String {
        "\(isArabic ? "وأيضاً" : "also"): \(explanation) (\(exact(instant, zone)))"
    }

    /// The word for a milestone, in tooltips, summaries and the legend.
    var milestone: String { isArabic ? "مرحلة" : "milestone" }

    /// A milestone's tooltip: "milestone handover: Hand over the bases (2025-06)".
    func milestoneMark(_ milestone: Milestone) -> String {
        "\(self.milestone) \(id(milestone.id))\(milestone.title.map { ": " + quoted($0) } ?? "") (\(ltr(milestone.label)))"
    }

    /// A milestone's label on its mark: "handover 2025-06".
    func milestoneLabel(_ milestone: Milestone) -> String { "\(id(milestone.id)) \(ltr(milestone.label))" }

    /// The summary's part for the deadline: "deadline 2025-09-27 (within 12 months of 2024-09-27)".
    func deadlineSummary(_ label: String, _ explanation: String) -> String {
        "\(isArabic ? "الموعد النهائي" : "deadline") \(ltr(label)) (\(explanation))"
    }

    func otherBoundSummary(_ explanation: String) -> String { (isArabic ? "وأيضاً " : "also ") + explanation }

    /// An alert mark's tooltip: "2025-08-28 09:00 +03:00, sent: <the alert's message>".
    func alertMark(at instant: Instant, _ zone: Zone, sent: Bool, past: Bool, message: String) -> String {
        let state = isArabic ? (sent ? "أُرسل" : (past ? "لم يُرسل" : "لم يحن بعد")) : (sent ? "sent" : (past ? "not sent" : "pending"))
        return "\(ltr(wording.show(instant, in: zone)))\(listSeparator)\(state): \(message)"
    }

    /// "3 alerts sent, 2 not sent".
    func alertCounts(sent: Int, notSent: Int) -> String {
        isArabic ? "التنبيهات المُرسلة: \(wording.digits(in: String(sent)))، وغير المُرسلة: \(wording.digits(in: String(notSent)))"
            : "\(sent) alerts sent, \(notSent) not sent"
    }

    /// A row's tooltip: "a: End the mission (open, overdue)".
    func rowTitle(id commitmentID: String, title: String, status: String) -> String {
        "\(id(commitmentID)): \(quoted(title)) (\(status))"
    }

    func parties(_ parties: [String]) -> String {
        (isArabic ? "الأطراف: " : "Parties: ") + parties.map(quoted).joined(separator: listSeparator)
    }

    func quote(_ quote: String) -> String { (isArabic ? "النص: " : "Quote: ") + quoted(quote) }

    /// The picture's description: "4 commitments, 1 overdue, drawn from 2024-08-01 to 2026-02-01 in Asia/Baghdad."
    func pictureDescription(commitments: Int, overdue: Int, from: CivilDate, to: CivilDate, zone: String) -> String {
        isArabic
            ? "\(ArabicGrammar.count(commitments, .commitment, digits: wording))، المتأخر منها: \(wording.digits(in: String(overdue)))، من \(day(from)) إلى \(day(to)) بتوقيت \(id(zone))."
            : "\(commitments) commitments, \(overdue) overdue, drawn from \(wording.show(from)) to \(wording.show(to)) in \(zone)."
    }

    /// The page's hint under its heading.
    var quoteHint: String {
        isArabic ? "مرِّر المؤشر فوق صف أو انتقل إليه بمفتاح Tab لقراءة نصه." : "Hover over or tab to a row for its quote."
    }

    /// The page's column headings and landmarks.
    var commitmentColumn: String { isArabic ? "الالتزام" : "Commitment" }
    var legendName: String { isArabic ? "دليل الرموز" : "Legend" }
    var timeAxisName: String { isArabic ? "محور الزمن" : "time axis" }

    /// What each symbol of the legend means.
    func legend(_ entry: TimelineSVG.LegendEntry) -> String {
        switch entry {
        case .binding: isArabic ? "الموعد النهائي (القيد الحاكم)" : "deadline (the binding bound)"
        case .bound: isArabic ? "قيد آخر" : "other bound"
        case .milestone: milestone
        case .warningSent: isArabic ? "تحذير أُرسل" : "warning sent"
        case .warningPending: isArabic ? "تحذير لم يُرسل" : "warning not sent"
        case .reminderSent: isArabic ? "تذكير أُرسل" : "reminder sent"
        case .reminderPending: isArabic ? "تذكير لم يُرسل" : "reminder not sent"
        case .overdue: isArabic ? "متأخر، لا يزال مفتوحاً" : "overdue, still open"
        case .snoozed: isArabic ? "تذكيرات مؤجَّلة" : "reminders snoozed"
        case .now: now
        }
    }
}
