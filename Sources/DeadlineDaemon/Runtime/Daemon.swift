import CSystemd
import DeadlineCore
import Dispatch
import Glibc
import Logging

/// `deadlined run`: load, catch up, arm, tell systemd READY=1, then sleep until a timer,
/// a signal, a clock change or the watchdog wakes the scheduler's queue.
public enum Daemon {
    public struct Options: Sendable {
        public var configPath: String
        public var stateDirectory: String
        public var backend: LogBackend
        /// The release, for the metrics' `deadlined_build_info`.
        public var version: String
        /// The wall clock (the command line's): the runtime reads the time only through it.
        public var clock: @Sendable () -> Instant

        public init(
            configPath: String, stateDirectory: String, backend: LogBackend, version: String,
            clock: @escaping @Sendable () -> Instant
        ) {
            self.configPath = configPath
            self.stateDirectory = stateDirectory
            self.backend = backend
            self.version = version
            self.clock = clock
        }
    }

    public static func run(_ options: Options) -> Never {
        DaemonSignals.blockInAllFutureThreads()
        // Two malloc arenas, one per core: a large config is parsed on two threads at once
        // (`ConfigLoader.parseInHalves`, `StatementFileReading`), and with one arena they contend
        // for its lock (docs/PERFORMANCE.md). No more than two: all of the
        // daemon's work runs on one queue, but Dispatch runs it on whichever worker thread is
        // free, and glibc gives each new thread an arena of its own while the limit allows, so
        // that reloads would build configs in ever more arenas. What a reload frees is given
        // back to the system after it (`Scheduler.reload`).
        mallopt(M_ARENA_MAX, 2)
        // A write to a closed pipe (stderr of a finished pipeline, a notify command that exited)
        // must fail with EPIPE, not kill the daemon.
        signal(SIGPIPE, SIG_IGN)
        let backend = options.backend
        LoggingSystem.bootstrap { _ -> any LogHandler in
            backend == .journal ? JournaldLogHandler() : StderrLogHandler()
        }
        let logger = Logger(label: "deadlined")
        let serviceManager = ServiceManager()

        let loaded: ConfigFile.Loaded
        do {
            loaded = try ConfigFile.load(path: options.configPath, previous: nil)
        } catch {
            // stderr always; the journal too when it is there (under systemd stderr is the journal
            // already, as a plain line: the structured entry adds the file and the error as fields).
            LineWriter(descriptor: STDERR_FILENO).write(error.description + "\n")
            if backend == .journal {
                logger.error("cannot start: the config is not valid: \(error.summary)", metadata: [
                    "CONFIG_FILE": "\(options.configPath)", "CONFIG_ERROR": "\(error.description)",
                ])
            }
            serviceManager.status("cannot start: \(error.summary)")
            exit(ConfigError.exitStatus)
        }
        let config = loaded.config

        let logPath = DaemonSettings.path(config.daemon.alertLog, stateDirectory: options.stateDirectory)
        if let problem = StateDirectory.ensure(options.stateDirectory) {
            logger.error("the state directory is not usable (\(problem)); alerts go to the journal only until it is")
        }
        let alertLog = AlertLogFile(path: logPath)
        let recovery = alertLog.open(now: options.clock())
        report(recovery, path: logPath, logger: logger)

        let scheduler = Scheduler(
            config: config, statementFiles: loaded.statementFiles, configPath: options.configPath, ledger: recovery.ledger, alertLog: alertLog,
            delivery: AlertDelivery(backend: backend), serviceManager: serviceManager, logger: logger,
            metrics: config.daemon.metricsFile.map {
                MetricsOutput(file: MetricsFile(path: DaemonSettings.path($0, stateDirectory: options.stateDirectory)), version: options.version)
            },
            clock: options.clock)
        let signals = DaemonSignals(
            queue: scheduler.queue,
            onReload: { scheduler.reload() },
            onStop: { signal in
                scheduler.stop()
                logger.info("exiting on signal \(signal)")
                // Everything is on disk and every log line was one write(2): nothing is left
                // to flush, and skipping exit handlers avoids waiting on other threads' locks.
                _exit(0)
            })
        let monitor = ClockChangeMonitor(queue: scheduler.queue) { scheduler.clockChanged() }
        if monitor == nil { logger.warning("no timerfd: a change of the system clock will not be noticed until the next alert") }
        scheduler.queue.async {
            scheduler.start()
            serviceManager.ready(status: scheduler.statusText(now: options.clock()))
        }
        let watchdog = WatchdogPinger(queue: scheduler.queue, serviceManager: serviceManager)
        DaemonSignals.parkMainThread(keeping: (signals, monitor, watchdog))
    }

    private static func report(_ recovery: AlertLogFile.Recovery, path: String, logger: Logger) {
        if let error = recovery.readError {
            logger.error("cannot read the alert log \(path): \(error); starting with an empty ledger")
        }
        if recovery.repairedTornTail {
            logger.warning("the alert log \(path) ended in a torn line (a crash mid-write); cut it off")
        }
        if let (aside, lines) = recovery.movedAside {
            let list = lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? ", ..." : "")
            logger.warning("the alert log \(path) had unreadable lines (\(list)); moved it to \(aside) and kept its \(recovery.ledger.count) good records")
        }
    }
}

/// The state directory, created if missing (systemd creates it under StateDirectory=).
enum StateDirectory {
    /// Nil when the directory exists or was created; else why not.
    static func ensure(_ path: String) -> String? {
        var status = stat()
        if stat(path, &status) == 0 {
            return (status.st_mode & S_IFMT) == S_IFDIR ? nil : "\(path) is not a directory"
        }
        var partial = ""
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o750) != 0, errno != EEXIST {
                return "mkdir \(partial): \(String(cString: strerror(errno)))"
            }
        }
        return nil
    }
}
