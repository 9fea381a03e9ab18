import CSystemd
import DeadlineCore
import Dispatch
import Glibc
import Logging

/// Owns all of the daemon's state and one timer per commitment whose next alert falls within
/// a day (the horizon); everything runs on `queue`.
///
/// A commitment's timer is armed with a wall-clock deadline (`wallDeadline:`) for its next
/// alert and re-armed after it fires, so between alerts the process sleeps. Alerts further
/// away wait in `armedAt`; a timer every half day arms those that came within the horizon
/// (arming a Dispatch timer for each of a large config's commitments is a large part of start-up;
/// `make bench` says how much). When a timer
/// fires, the schedule (a pure function of config, ledger and now) says what is due; each due
/// alert goes to the journal first and to the alert log second, so a crash can repeat the one
/// alert in flight but never lose one.
public final class Scheduler: @unchecked Sendable {
    /// The serial queue that owns every mutable field below.
    public let queue = DispatchQueue(label: "deadlined.scheduler")

    private let configPath: String
    private var config: Config
    private var schedule: Schedule
    private var ledger: Ledger
    private let alertLog: AlertLogFile
    private let delivery: AlertDelivery
    private let serviceManager: ServiceManager
    private let notifyRunner: NotifyCommandRunner
    private let logger: Logger
    private let clock: @Sendable () -> Instant
    private let loadConfig: @Sendable (String, StatementFileMemory) throws(ConfigError) -> ConfigFile.Loaded
    /// What the config in force was read from: a reload parses only the statement files that changed.
    private var statementFiles: StatementFileMemory

    /// Timers only for the commitments whose next alert falls within `horizonEnd`.
    private var timers: [CommitmentRef: any DispatchSourceTimer] = [:]
    /// The next alert of every commitment that has one, timer or not, by the commitment's
    /// position in `schedule.tracks`: an array, not a table keyed by two strings, because it
    /// holds an entry for each of a large config's commitments.
    private var armedAt: [Instant?] = []
    /// Alerts after this wait in `armedAt` without a timer: `horizonTimer` arms them when
    /// they come within reach. A daemon of 100,000 commitments keeps a handful of timers.
    private var horizonEnd = Instant(seconds: .min)
    private var horizonTimer: (any DispatchSourceTimer)?
    /// How far ahead timers are armed; the horizon moves every half of it.
    static let horizonSeconds: Int64 = 86_400
    /// Alerts that went out but are not on disk yet (the alert log is failing).
    private var unwrittenRecords: [LedgerRecord] = []
    private var alertLogProblem: SystemError?
    private var retryTimer: (any DispatchSourceTimer)?
    private var reloadProblem: String?
    private var statusUpdatePending = false
    /// Where the metrics go (nil without `metrics_file`), and what only the runtime knows for them.
    private let metrics: MetricsOutput?
    private var metricsTimer: (any DispatchSourceTimer)?
    private var metricsWritePending = false
    private var metricsProblem: SystemError?
    /// When the config in force was loaded (at start, or by the latest successful reload).
    private var configLoadedAt: Instant
    private var syncPending = false
    private var stopped = false

    /// Counts for tests and benchmarks: how many timers the last reload re-armed.
    public private(set) var lastReloadRearmed = 0

    public init(
        config: Config, statementFiles: StatementFileMemory? = nil, configPath: String, ledger: Ledger, alertLog: AlertLogFile, delivery: AlertDelivery,
        serviceManager: ServiceManager, logger: Logger, metrics: MetricsOutput? = nil,
        clock: @escaping @Sendable () -> Instant,
        loadConfig: @escaping @Sendable (String, StatementFileMemory) throws(ConfigError) -> ConfigFile.Loaded = {
            path, previous throws(ConfigError) in try ConfigFile.load(path: path, previous: previous)
        }
    ) {
        self.config = config
        self.statementFiles = statementFiles ?? ConfigFile.Loaded(config: config).statementFiles
        self.configPath = configPath
        self.schedule = Schedule(config: config)
        self.ledger = ledger
        self.alertLog = alertLog
        self.delivery = delivery
        self.serviceManager = serviceManager
        self.logger = logger
        self.clock = clock
        self.loadConfig = loadConfig
        self.metrics = metrics
        self.configLoadedAt = clock()
        self.notifyRunner = NotifyCommandRunner(logger: logger)
    }

    /// A scheduler that goes away (in tests; the daemon's lives until exit) takes its timers with it.
    deinit {
        for timer in timers.values { timer.cancel() }
        retryTimer?.cancel()
        horizonTimer?.cancel()
        metricsTimer?.cancel()
    }

    // MARK: - Entry points (call on `queue`)

    /// Sends what fell due while the daemon was down (per `catch_up`), then arms every timer.
    public func start() {
        dispatchPrecondition(condition: .onQueue(queue))
        let now = clock()
        logSnoozes(schedule.snoozeNotices(now: now), except: [])
        send(schedule.due(ledger: ledger, now: now), now: now)
        startHorizon(now: now)
        armedAt = Array(repeating: nil, count: schedule.tracks.count)
        for (position, fireAt) in schedule.nextFireAts(ledger: ledger, now: now).enumerated() { arm(at: position, fireAt: fireAt) }
        writeMetrics()
        startMetricsTimer()
        logger.info("started: \(statusText(now: now))")
    }

    /// SIGHUP: load the config again, parsing only the statement files that changed; re-arm
    /// only the commitments whose plan changed. A config that does not load leaves the running
    /// one in force.
    public func reload() {
        dispatchPrecondition(condition: .onQueue(queue))
        serviceManager.reloading()
        let now = clock()
        do {
            let loaded = try loadConfig(configPath, statementFiles)
            apply(loaded.config, now: now)
            statementFiles = loaded.statementFiles
            reloadProblem = nil
            configLoadedAt = now
            logger.info("reloaded \(configPath): \(countsText), \(Self.filesText(loaded))\(lastReloadRearmed) timers re-armed")
        } catch {
            reloadProblem = error.summary
            logger.error("reload failed, still running the previous config:\n\(error.description)", metadata: [
                "CONFIG_FILE": "\(configPath)", "CONFIG_ERROR": "\(error.summary)",
            ])
        }
        writeMetrics()
        startMetricsTimer()
        serviceManager.ready(status: statusText(now: now))
        // The config replaced is freed by now, in the middle of the heap, where malloc keeps it:
        // give its pages back, or the resident memory grows with every reload of a large
        // config. After READY=1, so that the reload is not the longer for it.
        queue.async { _ = malloc_trim(0) }
    }

    /// The wall clock was set: every deadline is somewhere else relative to now.
    public func clockChanged() {
        dispatchPrecondition(condition: .onQueue(queue))
        let now = clock()
        logger.notice("the system clock was set; re-arming every timer")
        armedAt = Array(repeating: nil, count: schedule.tracks.count)
        send(schedule.due(ledger: ledger, now: now), now: now)
        startHorizon(now: now)
        for (position, fireAt) in schedule.nextFireAts(ledger: ledger, now: now).enumerated() { arm(at: position, fireAt: fireAt) }
        scheduleStatusUpdate()
        scheduleMetricsWrite()
    }

    /// SIGTERM/SIGINT: nothing is in flight once this runs (it is queued behind any alert).
    public func stop() {
        dispatchPrecondition(condition: .onQueue(queue))
        stopped = true
        serviceManager.stopping()
        for timer in timers.values { timer.cancel() }
        timers.removeAll()
        retryTimer?.cancel()
        horizonTimer?.cancel()
        metricsTimer?.cancel()
        writeUnwrittenRecords(sync: true)
        notifyRunner.stop()
        logger.info("stopping")
    }

    /// The one-line STATUS= text: "4 commitments, 2 open; next: syria-mission-end overdue reminder in 12d".
    public func statusText(now: Instant) -> String {
        var open = 0
        for index in config.commitments.indices where config.commitments[index].status.isActive { open += 1 }
        var next: (id: String, alert: Alert, seconds: Double)?
        if let position = soonestArmed(), let at = armedAt[position] {
            let track = schedule.tracks[position]
            if let alert = schedule.next(track, ledger: ledger, now: now) {
                next = (config.label(of: track.commitment), alert, at.interval(since: now))
            }
        }
        var line = StatusLine(statements: config.statements.count, commitments: config.commitments.count, open: open, next: next)
        line.reloadProblem = reloadProblem
        line.alertLogProblem = alertLogProblem.map { "\($0)" }
        line.metricsProblem = metricsProblem.map { "\($0)" }
        return line.text(config.wording)
    }

    /// "4 commitments", or "3 statements, 12 commitments" when there is more than one statement.
    private var countsText: String {
        (config.statements.count == 1 ? "" : "\(config.statements.count) statements, ") + "\(config.commitments.count) commitments"
    }

    /// "1 of 12 statement files parsed, 1 removed, " (nothing without statements.d): what a
    /// reload read again.
    private static func filesText(_ loaded: ConfigFile.Loaded) -> String {
        let total = loaded.parsed.count + loaded.kept
        guard total + loaded.removed.count > 0 else { return "" }
        return "\(loaded.parsed.count) of \(total) statement files parsed, "
            + (loaded.removed.isEmpty ? "" : "\(loaded.removed.count) removed, ")
    }

    /// The position of the commitment whose next alert comes first (the first commitment, by
    /// `CommitmentRef` order, of those due at the same instant).
    private func soonestArmed() -> Int? {
        var best: (position: Int, at: Instant)?
        for position in armedAt.indices {
            guard let at = armedAt[position] else { continue }
            if let best, at > best.at || (at == best.at && schedule.tracks[position].ref >= schedule.tracks[best.position].ref) {
                continue
            }
            best = (position, at)
        }
        return best?.position
    }

    // MARK: - Timers

    private func arm(at position: Int, now: Instant) {
        arm(at: position, fireAt: schedule.nextFireAt(schedule.tracks[position], ledger: ledger, now: now))
    }

    /// Arms the timer of the commitment at `position` for its next alert, at `fireAt` (nil: none).
    private func arm(at position: Int, fireAt: Instant?) {
        // Nothing within the horizon and no timer to cancel, as for most of a large config's
        // commitments at start: only when is kept.
        if timers.isEmpty, fireAt.map({ $0 > horizonEnd }) ?? true {
            armedAt[position] = fireAt
            return
        }
        let id = schedule.tracks[position].ref
        guard let fireAt else {
            timers.removeValue(forKey: id)?.cancel()
            armedAt[position] = nil
            return
        }
        if armedAt[position] == fireAt, timers[id] != nil || fireAt > horizonEnd { return }
        if fireAt > horizonEnd {
            timers.removeValue(forKey: id)?.cancel()
            armedAt[position] = fireAt
            return
        }
        if let timer = timers[id] {
            timer.schedule(wallDeadline: Self.wallTime(fireAt), repeating: .never, leeway: .milliseconds(1))
        } else {
            makeTimer(for: id, at: fireAt)
        }
        armedAt[position] = fireAt
    }

    /// Sets the horizon a day past `now` and (re)starts the timer that moves it every half day.
    private func startHorizon(now: Instant) {
        horizonEnd = now.adding(seconds: Self.horizonSeconds)
        horizonTimer?.cancel()
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let half = Int(Self.horizonSeconds / 2)
        timer.setEventHandler { [weak self] in self?.moveHorizon() }
        timer.schedule(wallDeadline: .now() + .seconds(half), repeating: .seconds(half), leeway: .seconds(1))
        horizonTimer = timer
        timer.activate()
    }

    /// Arms the timers of the alerts that came within the horizon.
    private func moveHorizon() {
        guard !stopped else { return }
        horizonEnd = clock().adding(seconds: Self.horizonSeconds)
        for position in armedAt.indices {
            guard let at = armedAt[position], at <= horizonEnd else { continue }
            let id = schedule.tracks[position].ref
            if timers[id] == nil { makeTimer(for: id, at: at) }
        }
    }

    /// A new timer is given its deadline before it is activated: scheduling an active timer
    /// wakes Dispatch's manager thread once more (an eventfd write and a context switch), which
    /// adds up at a large config's start-up (`make bench`, start-up).
    private func makeTimer(for id: CommitmentRef, at fireAt: Instant) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { [weak self] in self?.fire(id) }
        timer.schedule(wallDeadline: Self.wallTime(fireAt), repeating: .never, leeway: .milliseconds(1))
        timers[id] = timer
        timer.activate()
    }

    private func fire(_ id: CommitmentRef) {
        guard !stopped, let position = schedule.position(of: id) else { return }
        armedAt[position] = nil
        let now = clock()
        send(schedule.due(schedule.tracks[position], ledger: ledger, now: now), now: now)
        arm(at: position, now: now)
        scheduleStatusUpdate()
    }

    private func apply(_ newConfig: Config, now: Instant) {
        let oldSchedule = schedule
        let newSchedule = Schedule(config: newConfig, reusing: oldSchedule)
        let everything = newConfig.daemon.catchUp != config.daemon.catchUp
        if newConfig.daemon.alertLog != config.daemon.alertLog {
            logger.warning("alert_log changed; the new path takes effect at the next restart")
        }
        if newConfig.daemon.metricsFile != config.daemon.metricsFile {
            logger.warning("metrics_file changed; the new path takes effect at the next restart")
        }
        // Every timer and waiting alert is of a commitment of the old schedule.
        let gone = oldSchedule.tracks.indices.filter { position in
            newSchedule.index(
                statementID: oldSchedule.tracks[position].statementID, commitmentID: oldSchedule.tracks[position].commitmentID,
                near: position) == nil
        }
        for id in gone.map({ oldSchedule.tracks[$0].ref }) {
            timers.removeValue(forKey: id)?.cancel()
        }
        // A commitment whose plan is unchanged keeps its next alert, at its new position.
        let oldArmedAt = armedAt
        armedAt = Array(repeating: nil, count: newSchedule.tracks.count)
        config = newConfig
        schedule = newSchedule
        logSnoozes(newSchedule.snoozeNotices(now: now), except: oldSchedule.snoozeNotices(now: now))
        var rearmed = 0
        for position in newSchedule.tracks.indices {
            if !everything, let old = newSchedule.earlierPosition(withSamePlanAs: position, in: oldSchedule) {
                armedAt[position] = oldArmedAt[old]
                continue
            }
            send(newSchedule.due(newSchedule.tracks[position], ledger: ledger, now: now), now: now)
            arm(at: position, now: now)
            rearmed += 1
        }
        lastReloadRearmed = rearmed
    }

    /// One line per snooze in force (`SnoozeNotice`), but for those already told.
    private func logSnoozes(_ notices: [SnoozeNotice], except told: [SnoozeNotice]) {
        let told = Set(told)
        for notice in notices where !told.contains(notice) {
            logger.info("\(notice.text)")
        }
    }

    static func wallTime(_ instant: Instant) -> DispatchWallTime {
        DispatchWallTime(timespec: timespec(tv_sec: Int(instant.seconds), tv_nsec: Int(instant.nanoseconds)))
    }

    // MARK: - Sending

    /// Journal (or stderr) first, then the alert log: a crash between the two repeats the
    /// alert after restart, with the same DEADLINE_ALERT_ID, instead of losing it.
    ///
    /// Each record is written right after its alert went out, and the batch is fsync'd once at
    /// the end: a killed process loses nothing it wrote, so a crash repeats at most the one
    /// alert in flight, while a burst of alerts costs one fsync, not one each.
    private func send(_ alerts: [Alert], now: Instant) {
        guard !alerts.isEmpty else { return }
        for alert in alerts {
            guard let commitment = schedule.track(alert.ref)?.commitment else { continue }
            let statement = config.statement(of: commitment)
            let presentation = AlertPresentation(
                alert: alert, commitment: commitment, statement: statement, zone: statement.zone, now: now,
                wording: config.statementWording(statement))
            if case .stderr(let journalError?) = delivery.deliver(presentation) {
                logger.warning("journald refused an alert, sent it to stderr: \(journalError)")
            }
            let record = LedgerRecord(presentation: presentation, sentAt: now)
            ledger.add(record)
            unwrittenRecords.append(record)
            writeUnwrittenRecords(sync: false)
            if !config.daemon.notifyCommand.isEmpty {
                notifyRunner.run(template: config.daemon.notifyCommand, presentation: presentation, timeout: config.daemon.notifyTimeout)
            }
        }
        scheduleSync()
        scheduleMetricsWrite()
    }

    /// Group commit: the fsync runs in a block queued behind the timers that have already
    /// fired, so alerts that fall due together share one fsync instead of paying one each. The
    /// records are written (write(2)) before this, so a killed daemon loses none; only a power
    /// cut before the fsync could make it send them again after restart, with the same alert
    /// ids. How late a burst of alerts is, with and without, is a `make bench` figure.
    private func scheduleSync() {
        guard !syncPending else { return }
        syncPending = true
        queue.async { [weak self] in
            guard let self else { return }
            syncPending = false
            writeUnwrittenRecords(sync: true)
        }
    }

    /// Writes what is waiting (and fsyncs when asked); on failure logs once at err and retries
    /// every 30 s, and with every later alert.
    private func writeUnwrittenRecords(sync: Bool) {
        do {
            if !unwrittenRecords.isEmpty {
                try alertLog.append(unwrittenRecords, sync: false)
                unwrittenRecords.removeAll()
            }
            if sync { try alertLog.sync() }
            if alertLogProblem != nil {
                alertLogProblem = nil
                retryTimer?.cancel()
                retryTimer = nil
                logger.notice("the alert log \(alertLog.path) is writable again; pending alerts recorded")
                scheduleStatusUpdate()
            }
        } catch {
            if alertLogProblem == nil {
                logger.error("cannot write the alert log \(alertLog.path): \(error); alerts still go to the journal and will be recorded when it works again")
                scheduleStatusUpdate()
            }
            alertLogProblem = error
            if retryTimer == nil {
                let timer = DispatchSource.makeTimerSource(queue: queue)
                timer.schedule(deadline: .now() + .seconds(30), repeating: .seconds(30))
                timer.setEventHandler { [weak self] in self?.writeUnwrittenRecords(sync: true) }
                timer.activate()
                retryTimer = timer
            }
        }
    }

    /// STATUS= at most once a second, however many alerts fire.
    private func scheduleStatusUpdate() {
        guard !statusUpdatePending else { return }
        statusUpdatePending = true
        queue.asyncAfter(deadline: .now() + .seconds(1)) { [weak self] in
            guard let self else { return }
            statusUpdatePending = false
            if !stopped { serviceManager.status(statusText(now: clock())) }
        }
    }

    // MARK: - Metrics

    /// Rewrites the metrics file once, after whatever else is queued: a burst of alerts costs one
    /// write, and none when a write (at start, on reload) came first.
    private func scheduleMetricsWrite() {
        guard metrics != nil, !metricsWritePending else { return }
        metricsWritePending = true
        queue.async { [weak self] in
            guard let self, metricsWritePending, !stopped else { return }
            writeMetrics()
        }
    }

    /// (Re)starts the timer that rewrites the file every `metrics_every`, whether or not anything
    /// changed: its age is what tells a live daemon from a dead one.
    private func startMetricsTimer() {
        metricsTimer?.cancel()
        guard metrics != nil else { return }
        let every = DispatchTimeInterval.seconds(Int(config.daemon.metricsEvery.seconds))
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { [weak self] in
            guard let self, !stopped else { return }
            writeMetrics()
        }
        timer.schedule(deadline: .now() + every, repeating: every, leeway: .milliseconds(100))
        metricsTimer = timer
        timer.activate()
    }

    /// Writes the metrics file now; a failure is logged at err once, and its end at notice.
    private func writeMetrics() {
        guard let metrics else { return }
        metricsWritePending = false
        let now = clock()
        let state = MetricsExposition.DaemonState(
            version: metrics.version, lastReloadSucceeded: reloadProblem == nil, configLoadedAt: configLoadedAt)
        do {
            try metrics.file.write { out in
                MetricsExposition.write(to: &out, schedule: schedule, ledger: ledger, daemon: state, now: now)
            }
            if metricsProblem != nil {
                metricsProblem = nil
                logger.notice("the metrics file \(metrics.file.path) is writable again")
                scheduleStatusUpdate()
            }
        } catch {
            if metricsProblem == nil {
                logger.error("cannot write the metrics file \(metrics.file.path): \(error); retrying every \(config.daemon.metricsEvery.seconds) s")
                scheduleStatusUpdate()
            }
            metricsProblem = error
        }
    }
}

/// The metrics file and what the runtime adds to the series it holds.
public struct MetricsOutput: Sendable {
    public var file: MetricsFile
    public var version: String

    public init(file: MetricsFile, version: String) {
        self.file = file
        self.version = version
    }
}
