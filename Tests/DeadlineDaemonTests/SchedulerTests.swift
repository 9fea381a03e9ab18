import DeadlineCore
import CivilCalendar
import DeadlineDaemon
import Foundation
import Glibc
import Logging
import Testing

/// The scheduler driven by a clock the test sets: catch-up, reload, a clock change, and the
/// status line, with a real alert log on disk and alerts written to a pipe.
@Suite("Scheduler with an injected clock")
struct SchedulerTests {
    /// A wall clock the test moves by hand.
    final class TestClock: @unchecked Sendable {
        private let lock = NSLock()
        private var current: Instant
        init(_ start: Instant) { current = start }
        var now: Instant { lock.withLock { current } }
        func set(_ instant: Instant) { lock.withLock { current = instant } }
    }

    /// A year five years ahead of the real clock: the configs' deadlines fall in it, so the
    /// scheduler's real timers never fire while the test drives it with its own clock, whatever
    /// the day the tests run.
    static let year: Int = {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return CivilDateTime(utcSeconds: Int64(time.tv_sec)).date.year + 5
    }()

    /// A config whose deadlines are in `year`.
    static func config(_ commitments: String, catchUp: String = "latest") -> String {
        """
        [daemon]
        timezone = "UTC"
        lead_times = ["1d"]
        overdue_every = "never"
        catch_up = "\(catchUp)"
        [statement]
        id = "s"
        issued = \(Self.year - 1)-01-01
        \(commitments)
        """
    }

    static let twoCommitments = config("""
        [[commitment]]
        id = "alpha"
        deadline = \(Self.year)-01-10T00:00:00Z
        [[commitment]]
        id = "beta"
        deadline = \(Self.year)-02-10T00:00:00Z
        """)

    static func instant(_ text: String) -> Instant {
        let parts = text.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0)! }
        let civil = CivilDateTime(date: CivilDate(year: parts[0], month: parts[1], day: parts[2]),
                                  hour: parts[3], minute: parts[4], second: parts[5])
        return Instant(seconds: civil.utcSeconds)
    }

    /// What the scheduler's reload reads instead of a file.
    final class ConfigText: @unchecked Sendable {
        private let lock = NSLock()
        private var current: String
        init(_ text: String) { current = text }
        var text: String {
            get { lock.withLock { current } }
            set { lock.withLock { current = newValue } }
        }
    }

    /// Schedulers over one config and one alert log in a fresh directory, alerts on a pipe.
    final class Fixture: @unchecked Sendable {
        let directory: String
        let configPath: String
        let alertLogPath: String
        let clock: TestClock
        let configText: ConfigText
        private let pipeRead: Int32
        private let pipeWrite: Int32
        private(set) var scheduler: Scheduler!

        init(_ text: String, now: Instant) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("scheduler-\(UUID())").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            configPath = directory + "/deadlined.toml"
            alertLogPath = directory + "/alerts.jsonl"
            clock = TestClock(now)
            configText = ConfigText(text)
            var ends: [Int32] = [0, 0]
            _ = pipe(&ends)
            (pipeRead, pipeWrite) = (ends[0], ends[1])
            _ = fcntl(pipeRead, F_SETFL, O_NONBLOCK)
            scheduler = try restart()
        }

        deinit {
            close(pipeRead)
            close(pipeWrite)
            try? FileManager.default.removeItem(atPath: directory)
        }

        /// A new scheduler, as after a restart: it reads the alert log back.
        @discardableResult
        func restart() throws -> Scheduler {
            let config = try ConfigLoader.load(bytes: Array(configText.text.utf8), file: configPath)
            let alertLog = AlertLogFile(path: alertLogPath)
            let (clock, configText) = (clock, configText)
            scheduler = Scheduler(
                config: config, configPath: configPath, ledger: alertLog.open(now: clock.now).ledger, alertLog: alertLog,
                delivery: AlertDelivery(backend: .stderr, stderrDescriptor: pipeWrite), serviceManager: ServiceManager(environment: [:], processID: getpid()),
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                clock: { clock.now },
                loadConfig: { path, _ throws(ConfigError) in
                    ConfigFile.Loaded(config: try ConfigLoader.load(bytes: Array(configText.text.utf8), file: path))
                })
            return scheduler
        }

        func onQueue<T>(_ body: () -> T) -> T { scheduler.queue.sync(execute: body) }

        /// The alert lines written since the last call.
        func alertLines() -> [String] {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(pipeRead, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        func logRecords() -> [LedgerRecord] {
            let text = (try? String(contentsOfFile: alertLogPath, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { LedgerRecord(jsonLine: $0) }
        }
    }

    @Test("on start, the latest missed alert of each commitment is sent late and recorded")
    func catchUpOnStart() throws {
        let fixture = try Fixture(Self.twoCommitments, now: Self.instant("\(Self.year)-01-10T00:00:05Z"))
        fixture.onQueue { fixture.scheduler.start() }
        let lines = fixture.alertLines()
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("ALERT crit: alpha: deadline passed: \(Self.year)-01-10T00:00:00Z") == true)
        #expect(lines.first?.contains("late=5s") == true)
        #expect(fixture.logRecords().map(\.commitmentID) == ["alpha"])
        let status = fixture.onQueue { fixture.scheduler.statusText(now: fixture.clock.now) }
        #expect(status == "2 commitments, 2 open; next: beta 1d warning in 29d")
    }

    @Test("a restart with the same alert log sends nothing again")
    func restartSendsNothing() throws {
        let fixture = try Fixture(Self.twoCommitments, now: Self.instant("\(Self.year)-01-10T00:00:05Z"))
        fixture.onQueue { fixture.scheduler.start() }
        #expect(fixture.alertLines().count == 1)
        try fixture.restart()
        fixture.onQueue { fixture.scheduler.start() }
        #expect(fixture.alertLines().isEmpty)
        #expect(fixture.logRecords().count == 1)
    }

    @Test("a reload re-arms only the commitment whose plan changed; a broken one keeps the old config")
    func reload() throws {
        let fixture = try Fixture(Self.twoCommitments, now: Self.instant("\(Self.year - 1)-06-01T00:00:00Z"))
        fixture.onQueue { fixture.scheduler.start() }
        fixture.configText.text = Self.twoCommitments.replacingOccurrences(of: "\(Self.year)-02-10", with: "\(Self.year)-03-10")
        fixture.onQueue { fixture.scheduler.reload() }
        #expect(fixture.scheduler.lastReloadRearmed == 1)
        fixture.configText.text = "[statement]\nid = 5\n"
        fixture.onQueue { fixture.scheduler.reload() }
        let status = fixture.onQueue { fixture.scheduler.statusText(now: fixture.clock.now) }
        #expect(status.contains("reload failed, running previous config: \(fixture.configPath):2:6: `id` in [statement] must be a string"))
        #expect(status.hasPrefix("2 commitments, 2 open; next: alpha 1d warning in "))
        #expect(fixture.alertLines().isEmpty)
    }

    @Test("when the clock is set past a deadline, that alert goes out at once")
    func clockSet() throws {
        let fixture = try Fixture(Self.twoCommitments, now: Self.instant("\(Self.year - 1)-06-01T00:00:00Z"))
        fixture.onQueue { fixture.scheduler.start() }
        #expect(fixture.alertLines().isEmpty)
        fixture.clock.set(Self.instant("\(Self.year)-01-09T12:00:00Z"))
        fixture.onQueue { fixture.scheduler.clockChanged() }
        let lines = fixture.alertLines()
        #expect(lines.count == 1)
        #expect(lines.first?.contains("alpha: 12 hours left until \(Self.year)-01-10T00:00:00Z") == true)
    }
}
