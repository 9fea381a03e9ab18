import DeadlineCore
import Testing

@Suite("Metrics file: the series Prometheus reads")
struct MetricsExpositionTests {
    static let config = Fixtures.baghdad(daemon: "lead_times = [\"7d\"]\nmetrics_every = \"30s\"", """
        [[commitment]]
        id = "passed"
        title = "Passed and still open"
        deadline = 2025-01-10

        [[commitment]]
        id = "coming"
        title = "Coming"
        deadline = 2025-03-01

        [[commitment]]
        id = "kept"
        title = "Kept"
        status = "met"
        deadline = 2025-01-05

        [[commitment]]
        id = "ongoing"
        title = "No date"
        """)

    static let now = Fixtures.utc("2025-02-01T00:00:00Z")

    static func lines(ledger: Ledger = Ledger(), reloadSucceeded: Bool = true) throws -> [String] {
        let schedule = Schedule(config: try Fixtures.config(config))
        let state = MetricsExposition.DaemonState(
            version: "1.2.3", lastReloadSucceeded: reloadSucceeded, configLoadedAt: Fixtures.utc("2025-01-31T12:00:00Z"))
        var out = ByteWriter()
        MetricsExposition.write(to: &out, schedule: schedule, ledger: ledger, daemon: state, now: now)
        return out.text.split(separator: "\n").map(String.init)
    }

    @Test("deadline, overdue and status series per commitment, with the statement's label")
    func commitmentSeries() throws {
        let lines = try Self.lines()
        // 2025-01-10 ends at midnight Baghdad time (UTC+3): 2025-01-10T21:00:00Z.
        #expect(lines.contains("deadlined_commitment_deadline_timestamp_seconds{statement=\"s\",commitment=\"passed\"} \(Fixtures.utc("2025-01-10T21:00:00Z").seconds)"))
        #expect(lines.contains("deadlined_commitment_overdue{statement=\"s\",commitment=\"passed\"} 1"))
        #expect(lines.contains("deadlined_commitment_overdue{statement=\"s\",commitment=\"coming\"} 0"))
        #expect(lines.contains("deadlined_commitment_overdue{statement=\"s\",commitment=\"kept\"} 0"), "a met commitment is never overdue")
        #expect(!lines.contains { $0.contains("commitment=\"ongoing\"") && $0.hasPrefix("deadlined_commitment_deadline") })
        #expect(lines.contains("deadlined_commitment_status{statement=\"s\",commitment=\"kept\",status=\"met\"} 1"))
        #expect(lines.contains("deadlined_commitment_status{statement=\"s\",commitment=\"passed\",status=\"open\"} 1"))
        #expect(lines.filter { $0.hasPrefix("deadlined_commitment_status{") }.count == 4, "one series per commitment")
    }

    @Test("the next alert is the first one not in the ledger")
    func nextAlert() throws {
        let sevenDaysBefore = Fixtures.utc("2025-02-22T21:00:00Z").seconds
        #expect(try Self.lines().contains("deadlined_commitment_next_alert_timestamp_seconds{statement=\"s\",commitment=\"coming\"} \(sevenDaysBefore)"))
        #expect(!(try Self.lines()).contains { $0.hasPrefix("deadlined_commitment_next_alert_timestamp_seconds{statement=\"s\",commitment=\"kept\"}") })
    }

    @Test("alert counters and the last alert come from the ledger; daemon series from the runtime")
    func counters() throws {
        func record(_ id: String, _ kind: AlertKind, sentAt: String) -> LedgerRecord {
            LedgerRecord(
                alertID: id, statementID: "s", commitmentID: "passed", milestoneID: nil, kind: kind, lead: nil,
                occurrence: 0, fireAt: Fixtures.utc(sentAt), target: Fixtures.utc(sentAt), sentAt: Fixtures.utc(sentAt), message: "m")
        }
        let ledger = Ledger(records: [
            record("a", .approaching, sentAt: "2025-01-03T21:00:00Z"), record("b", .due, sentAt: "2025-01-10T21:00:00Z"),
            record("c", .approaching, sentAt: "2025-01-01T00:00:00Z"),
        ])
        let lines = try Self.lines(ledger: ledger, reloadSucceeded: false)
        #expect(lines.contains("deadlined_alerts_sent_total{statement=\"s\",kind=\"approaching\"} 2"))
        #expect(lines.contains("deadlined_alerts_sent_total{statement=\"s\",kind=\"due\"} 1"))
        #expect(lines.contains("deadlined_alerts_sent_total{statement=\"s\",kind=\"overdue\"} 0"))
        #expect(lines.contains("deadlined_last_alert_timestamp_seconds{statement=\"s\"} \(Fixtures.utc("2025-01-10T21:00:00Z").seconds)"))
        #expect(lines.contains("deadlined_config_reload_success{statement=\"s\"} 0"))
        #expect(lines.contains("deadlined_config_reload_timestamp_seconds{statement=\"s\"} \(Fixtures.utc("2025-01-31T12:00:00Z").seconds)"))
        #expect(lines.contains("deadlined_metrics_written_timestamp_seconds{statement=\"s\"} \(Self.now.seconds)"))
        #expect(lines.contains("deadlined_metrics_every_seconds{statement=\"s\"} 30"))
        #expect(lines.contains("deadlined_build_info{statement=\"s\",version=\"1.2.3\"} 1"))
        #expect(!(try Self.lines()).contains { $0.hasPrefix("deadlined_last_alert_timestamp_seconds{") }, "no alert sent, no timestamp")
    }

    @Test("every series has one HELP and one TYPE line before its samples")
    func helpAndType() throws {
        let lines = try Self.lines()
        let names = Set(lines.filter { !$0.hasPrefix("#") }.map { String($0.prefix { $0 != "{" }) })
        for name in names {
            let help = try #require(lines.firstIndex { $0.hasPrefix("# HELP \(name) ") })
            let type = try #require(lines.firstIndex { $0.hasPrefix("# TYPE \(name) ") })
            let firstSample = try #require(lines.firstIndex { $0.hasPrefix(name + "{") })
            #expect(help < type && type < firstSample)
        }
    }
}
