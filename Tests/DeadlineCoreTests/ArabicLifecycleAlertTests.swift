import DeadlineCore
import Testing

/// The Arabic messages of the alerts that follow a commitment's life (a deadline moved, an
/// outcome recorded, a warning sent too late, a milestone), in Arabic-Indic digits: ids, dates
/// and Latin evidence isolated, the journal fields for programs unchanged.
@Suite("Arabic messages of moved, resolved, late and milestone alerts")
struct ArabicLifecycleAlertTests {
    static func config(_ commitment: String) throws -> Config {
        try Fixtures.config(Fixtures.baghdad(
            daemon: "language = \"ar\"\ndigits = \"arabic-indic\"\nlead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"",
            "[[commitment]]\nid = \"iraq\"\n" + commitment))
    }

    /// What the daemon does: send what is due and record it.
    static func send(_ schedule: Schedule, _ ledger: inout Ledger, at now: Instant) -> [AlertPresentation] {
        let config = schedule.config
        return schedule.due(ledger: ledger, now: now).map { alert in
            ledger.add(LedgerRecord(alert: alert, sentAt: now, message: "m"))
            let commitment = schedule.track(alert.commitmentID)!.commitment
            return AlertPresentation(
                alert: alert, commitment: commitment, statement: config.statements[0], zone: config.daemon.zone, now: now,
                wording: config.wording)
        }
    }

    static func field(_ presentation: AlertPresentation, _ name: String) -> String? {
        presentation.journalFields.first { $0.name == name }?.value
    }

    /// No Arabic-Indic digit in any field but MESSAGE.
    static func machineFieldsAreLatin(_ presentation: AlertPresentation) -> Bool {
        presentation.journalFields.filter { $0.name != "MESSAGE" }
            .allSatisfy { !$0.value.unicodeScalars.contains { (0x660...0x669).contains($0.value) } }
    }

    @Test("a moved deadline: both dates isolated, in Arabic-Indic digits; DEADLINE_PREVIOUS_AT stays ISO")
    func changed() throws {
        var ledger = Ledger()
        _ = Self.send(Schedule(config: try Self.config("deadline = 2025-09-27")), &ledger, at: Fixtures.utc("2025-08-29T00:00:00Z"))
        let sent = Self.send(Schedule(config: try Self.config("deadline = 2026-09-30")), &ledger, at: Fixtures.utc("2025-09-01T00:00:00Z"))
        let changed = try #require(sent.first)
        #expect(changed.alert.kind == .changed)
        #expect(changed.message == "\(Fixtures.isolated("iraq")): تغيّر الموعد النهائي من \(Fixtures.isolated("٢٠٢٥-٠٩-٢٧")) إلى "
            + "\(Fixtures.isolated("٢٠٢٦-٠٩-٣٠")) (الموعد \(Fixtures.isolated("٢٠٢٦-٠٩-٣٠")))")
        #expect(Self.field(changed, "DEADLINE_PREVIOUS_AT") == "2025-09-28T00:00:00+03:00")
        #expect(Self.machineFieldsAreLatin(changed))
    }

    @Test("an outcome: met on time with its evidence isolated, met late, missed; the fields stay as they are")
    func resolved() throws {
        let now = Fixtures.utc("2025-10-01T00:00:00Z")
        var ledger = Ledger()
        let met = try #require(Self.send(Schedule(config: try Self.config("""
            deadline = 2025-09-27
            status = "met"
            resolved = 2025-09-20
            evidence = "https://example.org/withdrawal"
            """)), &ledger, at: now).first)
        #expect(met.message == "\(Fixtures.isolated("iraq")): مُنجَز في \(Fixtures.isolated("٢٠٢٥-٠٩-٢٠"))، في الموعد "
            + "(الموعد النهائي \(Fixtures.isolated("٢٠٢٥-٠٩-٢٧")))؛ الدليل: \(Fixtures.isolated("https://example.org/withdrawal"))")
        #expect(Self.field(met, "DEADLINE_RESOLVED_AT") == "2025-09-20T00:00:00+03:00" && Self.field(met, "DEADLINE_ON_TIME") == "yes")
        #expect(Self.machineFieldsAreLatin(met))

        ledger = Ledger()
        let late = try #require(Self.send(
            Schedule(config: try Self.config("deadline = 2025-09-27\nstatus = \"met\"\nresolved = 2025-09-28")), &ledger, at: now).first)
        #expect(late.message == "\(Fixtures.isolated("iraq")): مُنجَز في \(Fixtures.isolated("٢٠٢٥-٠٩-٢٨"))، متأخراً "
            + "(الموعد النهائي \(Fixtures.isolated("٢٠٢٥-٠٩-٢٧")))")

        let missed = try #require(Self.send(
            Schedule(config: try Self.config("deadline = 2025-09-27\nstatus = \"missed\"")), &ledger, at: now).first)
        #expect(missed.message == "\(Fixtures.isolated("iraq")): فائت (الموعد النهائي \(Fixtures.isolated("٢٠٢٥-٠٩-٢٧")))")
    }

    @Test("a warning sent after its deadline says the date has passed, with the lead it was for")
    func approachingTooLate() throws {
        let config = try Self.config("deadline = 2025-09-27")
        let schedule = Schedule(config: config)
        let track = try #require(schedule.track("iraq"))
        let warning = try #require(schedule.next(track, ledger: Ledger(), now: Fixtures.utc("2025-09-01T00:00:00Z")))
        #expect(warning.lead?.text == "7d")
        let late = AlertPresentation(
            alert: warning, commitment: track.commitment, statement: config.statements[0], zone: config.daemon.zone,
            now: Fixtures.utc("2025-09-29T00:00:00Z"), wording: config.wording)
        #expect(late.message == "\(Fixtures.isolated("iraq")): \(Fixtures.isolated("٢٠٢٥-٠٩-٢٧")) قد مضى (أُرسل متأخراً التنبيه المسبق بمدة ٧ أيام)")
        #expect(Self.machineFieldsAreLatin(late))
    }

    @Test("a milestone: its warning and its day name it, isolated")
    func milestone() throws {
        var ledger = Ledger()
        let schedule = Schedule(config: try Self.config("""
            deadline = 2026-09-30
            [[commitment.milestone]]
            id = "handover"
            at = 2026-03-01
            """))
        let warning = try #require(Self.send(schedule, &ledger, at: Fixtures.utc("2026-02-22T21:00:00Z")).first)
        #expect(warning.message == "\(Fixtures.isolated("iraq")): المرحلة \(Fixtures.isolated("handover")): بقيت ٧ أيام على \(Fixtures.isolated("٢٠٢٦-٠٣-٠١"))")
        let reached = try #require(Self.send(schedule, &ledger, at: Fixtures.utc("2026-03-01T21:00:00Z")).first)
        #expect(reached.message == "\(Fixtures.isolated("iraq")): بُلغت المرحلة \(Fixtures.isolated("handover")): \(Fixtures.isolated("٢٠٢٦-٠٣-٠١"))")
        #expect(Self.field(reached, "DEADLINE_MILESTONE") == "handover" && Self.machineFieldsAreLatin(reached))
    }
}
