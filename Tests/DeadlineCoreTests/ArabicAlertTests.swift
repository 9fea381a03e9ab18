import DeadlineCore
import Testing

/// `language = "ar"`: the texts a person reads are Arabic, the fields for programs are not.
@Suite("Alerts and views in Arabic")
struct ArabicAlertTests {
    static func config(_ daemon: String = "", _ commitments: String) throws -> Config {
        try Fixtures.config(Fixtures.baghdad(daemon: "language = \"ar\"\n" + daemon, commitments))
    }

    static func presentation(_ config: Config, _ id: String, at text: String, now: String? = nil) throws -> AlertPresentation {
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track(id))
        let alert = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc(text)))
        return AlertPresentation(
            alert: alert, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone,
            now: now.map(Fixtures.utc) ?? alert.fireAt, wording: config.wording)
    }

    @Test("every alert kind has an Arabic message; the journal fields stay the same")
    func everyKind() throws {
        let config = try Self.config(
            "lead_times = [\"30d\"]\noverdue_every = \"3d\"\nreview_every = \"2w\"",
            "[[commitment]]\nid = \"iraq\"\nwithin = \"12 months\"\nno_later_than = \"2025-09\"\n"
                + "[[commitment]]\nid = \"advisers\"\n")
        let approaching = try Self.presentation(config, "iraq", at: "2025-08-01T00:00:00Z")
        #expect(approaching.message == "\(Fixtures.isolated("iraq")): بقي 30 يوماً على \(Fixtures.isolated("2025-09-27")) (خلال 12 شهراً من \(Fixtures.isolated("2024-09-27")))")
        let fields = Dictionary(approaching.journalFields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(fields["DEADLINE_KIND"] == "approaching" && fields["DEADLINE_LEAD"] == "30d" && fields["DEADLINE_BOUND"] == "within")
        #expect(fields["DEADLINE_AT"] == "2025-09-28T00:00:00+03:00")

        let due = try Self.presentation(config, "iraq", at: "2025-09-27T20:00:00Z")
        #expect(due.message == "\(Fixtures.isolated("iraq")): انقضى الموعد النهائي \(Fixtures.isolated("2025-09-27")) (خلال 12 شهراً من \(Fixtures.isolated("2024-09-27")))، والالتزام لا يزال مفتوحاً")

        let overdue = try Self.presentation(config, "iraq", at: "2025-09-28T00:00:00Z")
        #expect(overdue.message.hasPrefix("\(Fixtures.isolated("iraq")): مضت 3 أيام على الموعد النهائي "))

        let review = try Self.presentation(config, "advisers", at: "2024-09-28T00:00:00Z")
        #expect(review.message == "\(Fixtures.isolated("advisers")): راجِع هذا الالتزام المستمر (بلا موعد نهائي؛ التذكير رقم 1 كل أسبوعين منذ \(Fixtures.isolated("2024-09-27")))")
    }

    @Test(
        "the time left agrees with its number, and the verb with the counted noun",
        arguments: [
            ("1d", "بقي يوم واحد"), ("2d", "بقي يومان"), ("3d", "بقيت ٣ أيام"), ("11d", "بقي ١١ يوماً"),
            ("100d", "بقي ١٠٠ يوم"), ("2h", "بقيت ساعتان"), ("1h", "بقيت ساعة واحدة"),
        ])
    func agreement(lead: String, left: String) throws {
        let config = try Self.config("lead_times = [\"\(lead)\"]\ndigits = \"arabic-indic\"", "[[commitment]]\nid = \"c\"\ndeadline = 2026-06-01")
        let message = try Self.presentation(config, "c", at: "2025-01-01T00:00:00Z").message
        #expect(message.hasPrefix("\(Fixtures.isolated("c")): \(left) على "), "\(message)")
    }

    @Test("a Hijri bound reads in Arabic, with both calendars and Arabic-Indic digits")
    func hijriBound() throws {
        let config = try Self.config("calendar = \"both\"\ndigits = \"arabic-indic\"\nlead_times = [\"7d\"]", "[[commitment]]\nid = \"c\"\nno_later_than = \"1447-08 AH\"")
        let message = try Self.presentation(config, "c", at: "2026-01-01T00:00:00Z").message
        #expect(message == "\(Fixtures.isolated("c")): بقيت ٧ أيام على \(Fixtures.isolated("٢٠٢٦-٠٢-١٧ (٢٩ شعبان ١٤٤٧)")) (في موعد أقصاه \(Fixtures.isolated("٢٠٢٦-٠٢-١٧ (٢٩ شعبان ١٤٤٧)")))")
    }

    @Test("timeline, status and STATUS= in Arabic")
    func views() throws {
        let config = try Self.config("", "[[commitment]]\nid = \"c\"\ndeadline = 2026-06-01")
        let now = Fixtures.utc("2026-05-20T00:00:00Z")
        let table = TimelineText.table(Timeline(schedule: Schedule(config: config), ledger: nil, now: now))
        #expect(table.contains("الالتزام") && table.contains("بقي 12 يوماً") && table.contains("قبل 7 أيام من الموعد النهائي"))
        let status = StatusReport.text(config: config, ledger: nil, alertLogPath: "/x/alerts.jsonl", now: now)
        #expect(status.contains("سجل التنبيهات") && status.contains("مفتوح"))
        #expect(StatusLine(commitments: 4, open: 2, next: nil).text(config.wording) == "4 التزامات، المفتوح منها: 2؛ لا شيء مجدول")
        #expect(StatusLine(commitments: 1, open: 1, next: nil).text(config.wording).hasPrefix("التزام واحد،"))
        #expect(StatusLine(statements: 3, commitments: 4, open: 2, next: nil).text(config.wording) == "3 بيانات، 4 التزامات، المفتوح منها: 2؛ لا شيء مجدول")
        #expect(CheckSummary.text(config: config, path: "d.toml") == "d.toml: صالح: البيان \(Fixtures.isolated("s"))، التزام واحد (لها موعد نهائي: 1)")
        let ics = CalendarExport.ics(config: config, now: now)
        #expect(ics.contains("SUMMARY:الموعد النهائي: \(Fixtures.isolated("c"))"))
    }

    static func record(_ statement: String, _ kind: AlertKind, lead: String? = nil, sentAt: String, message: String) -> LedgerRecord {
        LedgerRecord(
            alertID: "\(statement).\(kind)", statementID: statement, commitmentID: "c", milestoneID: nil, kind: kind, lead: lead,
            occurrence: 0, fireAt: Fixtures.utc(sentAt), target: Fixtures.utc(sentAt), sentAt: Fixtures.utc(sentAt), message: message)
    }

    @Test("history in Arabic: headings, kinds and send times in both calendars; the message as it was sent")
    func history() throws {
        let config = try Self.config("calendar = \"both\"\ndigits = \"arabic-indic\"", "[[commitment]]\nid = \"c\"\ndeadline = 2026-06-01")
        let table = AlertHistory.table([Self.record("s", .approaching, lead: "30d", sentAt: "2026-05-01T21:00:00Z", message: "رسالة")], config: config)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("أُرسل (Asia/Baghdad)  ") && lines[0].hasSuffix("البيان  الالتزام  النوع   الرسالة"))
        #expect(lines[1] == "\(Fixtures.isolated("٢٠٢٦-٠٥-٠٢ (١٥ ذو القعدة ١٤٤٧) ٠٠:٠٠ +٠٣:٠٠"))  \(Fixtures.isolated("s"))       \(Fixtures.isolated("c"))         اقتراب  رسالة")
        #expect(AlertHistory.table([], config: config) == "لم يُسجَّل أي تنبيه.\n")
    }

    @Test("history rows are in their statement's language: an English statement's under Arabic settings")
    func historyPerStatement() throws {
        let config = try Fixtures.config("""
            [daemon]
            timezone = "Asia/Baghdad"
            language = "ar"
            [statement]
            id = "en-statement"
            language = "en"
            [[commitment]]
            id = "c"
            deadline = 2026-06-01
            """)
        let table = AlertHistory.table([
            Self.record("en-statement", .due, sentAt: "2026-05-31T21:00:00Z", message: "c: deadline passed"),
            Self.record("removed", .due, sentAt: "2026-06-01T21:00:00Z", message: "c: old"),
        ], config: config)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("SENT (Asia/Baghdad)"))
        #expect(lines[1].hasPrefix("2026-06-01 00:00 +03:00") && lines[1].contains(" due "))
        #expect(lines[2].hasPrefix(Fixtures.isolated("2026-06-02 00:00 +03:00")) && lines[2].contains(" استحقاق "))
    }

    @Test("English stays the default")
    func englishDefault() throws {
        let config = try Fixtures.config(Fixtures.baghdad("[[commitment]]\nid = \"c\"\ndeadline = 2026-06-01"))
        #expect(config.wording == .english)
        #expect(StatusLine(commitments: 4, open: 2, next: nil).text(config.wording) == "4 commitments, 2 open; nothing scheduled")
    }
}
