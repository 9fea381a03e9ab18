import DeadlineCore
import Testing

/// A commitment replaced by one of a later statement (`supersedes`): the old one goes quiet, the
/// new one's first alert tells what it replaces, and a bad reference is a config error.
@Suite("Superseded commitments")
struct SupersedeTests {
    static let daemonText = "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"\n"

    /// The config of statement files `files` (name, text), read in that order as from statements.d.
    static func load(_ files: [(String, String)], daemon extra: String = "") throws(ConfigError) -> Config {
        let text = daemonText + extra
        let daemon = try ConfigLoader.readMain(bytes: Array(text.utf8), file: "deadlined.toml", requireStatement: false).daemon
        var documents: [ConfigLoader.StatementDocument] = []
        var errors: [ConfigError] = []
        for (name, text) in files {
            do throws(ConfigError) {
                documents.append(try ConfigLoader.readStatementFile(bytes: Array(text.utf8), file: name, daemon: daemon))
            } catch {
                errors.append(error)
            }
        }
        return try ConfigLoader.assemble(daemon: daemon, documents: documents, errors: errors, file: "deadlined.toml")
    }

    static func error(_ files: [(String, String)]) -> ConfigError? {
        do throws(ConfigError) {
            _ = try load(files)
            return nil
        } catch {
            return error
        }
    }

    /// A statement file: one statement and one commitment `id`, with `extra` lines in the commitment.
    static func statement(_ id: String, issued: String, commitment: String = "end", _ extra: String) -> String {
        """
        [statement]
        id = "\(id)"
        issued = \(issued)

        [[commitment]]
        id = "\(commitment)"
        \(extra)
        """
    }

    static let old = ("statements.d/a.toml", statement("us-2024", issued: "2024-09-27", "deadline = 2025-09-27"))
    static let new = ("statements.d/b.toml", statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2024/end\""))
    static let oldRef = CommitmentRef(statementID: "us-2024", commitmentID: "end")
    static let newRef = CommitmentRef(statementID: "us-2025", commitmentID: "end")

    /// What the daemon does: send what is due and record it, as the alert log writes it.
    static func send(_ schedule: Schedule, _ ledger: inout Ledger, at now: Instant) throws -> [Alert] {
        let due = schedule.due(ledger: ledger, now: now)
        for alert in due {
            ledger.add(try #require(LedgerRecord(jsonLine: LedgerRecord(alert: alert, sentAt: now, message: "m").jsonLine)))
        }
        return due
    }

    static func presentation(_ alert: Alert, _ schedule: Schedule, now: Instant) throws -> AlertPresentation {
        let config = schedule.config
        let commitment = try #require(schedule.track(alert.ref)).commitment
        let statement = config.statement(of: commitment)
        return AlertPresentation(
            alert: alert, commitment: commitment, statement: statement, zone: statement.zone, now: now,
            wording: config.statementWording(statement))
    }

    static func field(_ presentation: AlertPresentation, _ name: String) -> String? {
        presentation.journalFields.first { $0.name == name }?.value
    }

    @Test("the commitment superseded stops alerting and is shown as superseded; alone it would have warned")
    func oldGoesQuiet() throws {
        var ledger = Ledger()
        let alone = Schedule(config: try Self.load([Self.old]))
        #expect(try Self.send(alone, &ledger, at: Fixtures.utc("2025-08-29T00:00:00Z")).map(\.kind) == [.approaching])
        let warnedAgain = Fixtures.utc("2025-09-21T00:00:00Z")
        #expect(alone.due(ledger: ledger, now: warnedAgain).map(\.lead?.text) == ["7d"])

        let both = Schedule(config: try Self.load([Self.old, Self.new]))
        let oldTrack = try #require(both.track(Self.oldRef))
        #expect(oldTrack.commitment.status == .superseded)
        #expect(try #require(both.track(Self.newRef)).commitment.status == .open)
        for now in [warnedAgain, Fixtures.utc("2025-10-30T00:00:00Z"), Fixtures.utc("2026-06-01T00:00:00Z")] {
            #expect(!both.due(ledger: ledger, now: now).contains { $0.ref == Self.oldRef })
        }
        #expect(both.next(oldTrack, ledger: ledger, now: warnedAgain) == nil)
        #expect(oldTrack.lifecycle(ledger: ledger, now: warnedAgain).isEmpty)

        let status = StatusReport.text(config: both.config, ledger: ledger, alertLogPath: "alerts.jsonl", now: warnedAgain)
        let row = try #require(status.split(separator: "\n").first { $0.hasPrefix("us-2024/end") })
        #expect(row.contains("superseded") && row.hasSuffix("none (superseded by us-2025/end)"))
        let timeline = Timeline(schedule: both, ledger: ledger, now: warnedAgain)
        #expect(TimelineText.table(timeline).split(separator: "\n").contains { $0.hasPrefix("us-2024/end  superseded") })
        let svg = TimelineSVG.svg(timeline)
        #expect(svg.contains("class=\"row status-superseded\" id=\"commitment-end\""))
        #expect(svg.contains(">end · superseded by us-2025/end</text>"))
        #expect(svg.contains("stroke=\"#b0b7be\" stroke-width=\"3\" stroke-dasharray=\"10 4\""))
    }

    @Test("--statement of the old statement alone still names what replaced it, in status and the picture")
    func filteredKeepsReplacement() throws {
        let config = try Self.load([Self.old, Self.new]).filtered(statementIDs: ["us-2024"], commitmentID: nil)
        #expect(config.statements.map(\.id) == ["us-2024"])
        let now = Fixtures.utc("2025-09-21T00:00:00Z")
        let status = StatusReport.text(config: config, ledger: nil, alertLogPath: "alerts.jsonl", now: now)
        #expect(status.split(separator: "\n").last?.hasSuffix("none (superseded by us-2025/end)") == true)
        #expect(TimelineSVG.svg(Timeline(schedule: Schedule(config: config), ledger: nil, now: now)).contains(">end · superseded by us-2025/end</text>"))
    }

    @Test("the new commitment's first alert says what it replaces (field and message), once; its alert ids do not change")
    func firstAlertTells() throws {
        var ledger = Ledger()
        let schedule = Schedule(config: try Self.load([Self.old, Self.new]))
        let firstAt = Fixtures.utc("2026-09-01T00:00:00Z")
        let first = try Self.send(schedule, &ledger, at: firstAt)
        #expect(first.map(\.kind) == [.approaching])
        #expect(first[0].supersedes == Self.oldRef)
        let presentation = try Self.presentation(first[0], schedule, now: firstAt)
        #expect(Self.field(presentation, "DEADLINE_SUPERSEDES") == "us-2024/end")
        #expect(presentation.message == "end: 30 days left until 2026-09-30 (deadline 2026-09-30); it replaces us-2024/end")
        #expect(LedgerRecord(alert: first[0], sentAt: firstAt, message: "m").jsonLine.contains(",\"supersedes\":\"us-2024/end\","))

        // The same alert of the same commitment without `supersedes` has the same id.
        let plain = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30"))
        let unreplaced = Schedule(config: try Self.load([Self.old, plain]))
        #expect(unreplaced.due(ledger: Ledger(), now: firstAt).filter { $0.ref == Self.newRef }.map(\.id) == first.map(\.id))
        let replacing = try #require(schedule.track(Self.newRef))
        #expect(try #require(unreplaced.track(Self.newRef)).hasSamePlan(as: replacing))

        // Later alerts, and a restart at the same moment, tell it no more.
        #expect(schedule.due(ledger: ledger, now: firstAt.adding(seconds: 60)).isEmpty)
        let second = try Self.send(schedule, &ledger, at: Fixtures.utc("2026-09-24T00:00:00Z"))
        #expect(second.map(\.lead?.text) == ["7d"])
        #expect(second[0].supersedes == nil)
        #expect(Self.field(try Self.presentation(second[0], schedule, now: firstAt), "DEADLINE_SUPERSEDES") == nil)
    }

    @Test("a restart after the supersession sends nothing again, for the old commitment or the new")
    func restartSendsNothing() throws {
        var ledger = Ledger()
        var log: [String] = []
        let before = Schedule(config: try Self.load([Self.old]))
        let warnedAt = Fixtures.utc("2025-08-29T00:00:00Z")
        log += try Self.send(before, &ledger, at: warnedAt).map { LedgerRecord(alert: $0, sentAt: warnedAt, message: "m").jsonLine }
        let after = Schedule(config: try Self.load([Self.old, Self.new]))
        let reloadAt = Fixtures.utc("2026-09-01T00:00:00Z")
        let sent = try Self.send(after, &ledger, at: reloadAt)
        #expect(sent.map(\.supersedes) == [Self.oldRef])
        log += sent.map { LedgerRecord(alert: $0, sentAt: reloadAt, message: "m").jsonLine }

        // The daemon starts again: its ledger is what the alert log holds.
        let restarted = Ledger(records: log.compactMap { LedgerRecord(jsonLine: $0) })
        #expect(restarted.hasTold(Self.oldRef, replacedBy: Self.newRef))
        let again = Schedule(config: try Self.load([Self.old, Self.new]))
        #expect(again.due(ledger: restarted, now: reloadAt.adding(seconds: 5)).isEmpty)
        let track = try #require(again.track(Self.newRef))
        let next = try #require(again.next(track, ledger: restarted, now: reloadAt))
        #expect(next.lead?.text == "7d")
    }

    @Test("a chain: C supersedes B supersedes A; A and B are quiet, C tells that it replaces B")
    func chainOfThree() throws {
        let b = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2024/end\""))
        let c = ("statements.d/c.toml", Self.statement("us-2026", issued: "2026-09-01", commitment: "final", "deadline = 2027-09-30\nsupersedes = \"us-2025/end\""))
        let config = try Self.load([Self.old, b, c])
        #expect(config.commitments.map(\.status) == [.superseded, .superseded, .open])
        var ledger = Ledger()
        let schedule = Schedule(config: config)
        let sent = try Self.send(schedule, &ledger, at: Fixtures.utc("2027-09-01T00:00:00Z"))
        #expect(sent.map(\.ref.description) == ["us-2026/final"])
        #expect(sent.map(\.supersedes) == [Self.newRef])
    }

    @Test("an unknown reference is an error at the `supersedes` value, naming what is missing")
    func unknownReference() {
        let unknownCommitment = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2024/ed\""))
        #expect(Self.error([Self.old, unknownCommitment])?.description
            == "statements.d/b.toml:8:14: error: `supersedes` names \"us-2024/ed\", but statement \"us-2024\" has no commitment \"ed\" (did you mean `end`?)")
        let unknownStatement = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2042/end\""))
        #expect(Self.error([Self.old, unknownStatement])?.description
            == "statements.d/b.toml:8:14: error: `supersedes` names \"us-2042/end\", but no statement has the id \"us-2042\" (did you mean `us-2024`?)")
        let notARef = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2024\""))
        #expect(Self.error([Self.old, notARef])?.description.hasPrefix(
            "statements.d/b.toml:8:14: error: `supersedes` must name the commitment it replaces as \"STATEMENT-ID/COMMITMENT-ID\"") == true)
    }

    @Test("a reference to itself or to its own statement, and a circle across files, are errors at the `supersedes` value")
    func circularReference() {
        let itself = ("statements.d/b.toml", Self.statement("us-2025", issued: "2025-09-01", "deadline = 2026-09-30\nsupersedes = \"us-2025/end\""))
        #expect(Self.error([Self.old, itself])?.description.hasPrefix("statements.d/b.toml:8:14: error: `supersedes` names this commitment itself") == true)
        let sameStatement = ("statements.d/b.toml", """
            [statement]
            id = "us-2025"

            [[commitment]]
            id = "first"
            deadline = 2026-09-30

            [[commitment]]
            id = "second"
            deadline = 2026-10-30
            supersedes = "us-2025/first"
            """)
        #expect(Self.error([Self.old, sameStatement])?.description.hasPrefix(
            "statements.d/b.toml:11:14: error: `supersedes` names \"us-2025/first\", a commitment of this same statement") == true)

        let a = ("statements.d/a.toml", Self.statement("us-2024", issued: "2024-09-27", "deadline = 2025-09-27\nsupersedes = \"us-2025/end\""))
        #expect(Self.error([a, Self.new])?.description
            == "statements.d/b.toml:8:14: error: `supersedes` goes round in a circle: us-2025/end supersedes us-2024/end supersedes us-2025/end; a commitment cannot replace one that replaces it")
        let c = ("statements.d/c.toml", Self.statement("us-2026", issued: "2026-09-01", "deadline = 2027-09-30\nsupersedes = \"us-2025/end\""))
        let a3 = ("statements.d/a.toml", Self.statement("us-2024", issued: "2024-09-27", "deadline = 2025-09-27\nsupersedes = \"us-2026/end\""))
        #expect(Self.error([a3, Self.new, c])?.description
            == "statements.d/c.toml:8:14: error: `supersedes` goes round in a circle: us-2026/end supersedes us-2025/end supersedes us-2024/end supersedes us-2026/end; a commitment cannot replace one that replaces it")
    }

    @Test("`status = \"superseded\"` is not written by hand; a broken file does not also make its references unknown")
    func writtenStatus() {
        let written = ("statements.d/a.toml", Self.statement("us-2024", issued: "2024-09-27", "deadline = 2025-09-27\nstatus = \"superseded\""))
        #expect(Self.error([written])?.description
            == "statements.d/a.toml:8:10: error: `status` cannot be \"superseded\": the commitment of a later statement that replaces this one says so, with `supersedes = \"us-2024/end\"`")
        let broken = ("statements.d/a.toml", Self.statement("us-2024", issued: "2024-09-27", "deadline = 2025-09-32"))
        let errors = Self.error([broken, Self.new])?.diagnostics.map(\.message) ?? []
        #expect(errors.count == 1)
        #expect(!errors.contains { $0.contains("supersedes") })
    }

    @Test("the first alert tells it in Arabic too, with the reference isolated; so does the status table")
    func arabic() throws {
        let arabicNew = ("statements.d/b.toml", """
            [statement]
            id = "us-2025"
            issued = 2025-09-01
            language = "ar"

            [[commitment]]
            id = "end"
            deadline = 2026-09-30
            supersedes = "us-2024/end"
            """)
        let schedule = Schedule(config: try Self.load([Self.old, arabicNew]))
        let now = Fixtures.utc("2026-09-01T00:00:00Z")
        let alert = try #require(schedule.due(ledger: Ledger(), now: now).first)
        let message = try Self.presentation(alert, schedule, now: now).message
        #expect(message.hasSuffix("؛ ويحلّ هذا الالتزام محلّ \u{2068}us-2024/end\u{2069}"))

        let arabicViews = try Self.load([Self.old, Self.new], daemon: "language = \"ar\"\n")
        let status = StatusReport.text(config: arabicViews, ledger: nil, alertLogPath: "alerts.jsonl", now: now)
        #expect(status.contains("مُستبدَل"))
        #expect(status.contains("لا شيء (حلّ محلّه \u{2068}us-2025/end\u{2069})"))
    }

    @Test("history of the commitment replaced shows the alert that replaced it")
    func history() throws {
        let schedule = Schedule(config: try Self.load([Self.old, Self.new]))
        let now = Fixtures.utc("2026-09-01T00:00:00Z")
        var ledger = Ledger()
        let records = try Self.send(schedule, &ledger, at: now).map { LedgerRecord(alert: $0, sentAt: now, message: "m") }
        #expect(AlertHistory.select(records, statementIDs: ["us-2024"], commitmentID: nil).map(\.commitment) == [Self.newRef])
        #expect(AlertHistory.select(records, statementIDs: ["us-2024"], commitmentID: "other").isEmpty)
        #expect(AlertHistory.select(records, statementIDs: ["us-2026"], commitmentID: nil).isEmpty)
    }
}
