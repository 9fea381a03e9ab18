/// After downtime, which of the alerts that fell due meanwhile are sent.
public enum CatchUpPolicy: String, CaseIterable, Hashable, Sendable {
    /// Only the most recent missed alert of each commitment: the one that still says something true.
    case latest
    /// Every missed alert (a repeating overdue or review reminder counts once: its latest).
    case all
}

/// The `[daemon]` table: how and when to warn.
public struct DaemonSettings: Hashable, Sendable {
    public var zone: Zone
    public var leadTimes: [WrittenSpan]
    public var overdueEvery: WrittenSpan?
    public var reviewEvery: WrittenSpan?
    public var catchUp: CatchUpPolicy
    /// The alert log, relative to the state directory unless absolute.
    public var alertLog: String
    /// argv run for each alert, with {placeholders}; empty when not set.
    public var notifyCommand: [String]
    /// How long a notify command may run before it is killed.
    public var notifyTimeout: Span
    /// Where the Prometheus metrics are written, relative to the state directory unless absolute;
    /// nil when not set.
    public var metricsFile: String?
    /// The longest time between two writes of the metrics file: an older file means a dead daemon.
    public var metricsEvery: Span
    /// Language, calendar and digits of what people read (a statement may set its own language).
    public var wording: Wording

    public init(
        zone: Zone, leadTimes: [WrittenSpan], overdueEvery: WrittenSpan?, reviewEvery: WrittenSpan?,
        catchUp: CatchUpPolicy, alertLog: String, notifyCommand: [String], notifyTimeout: Span,
        metricsFile: String?, metricsEvery: Span, wording: Wording = .english
    ) {
        self.zone = zone
        self.leadTimes = leadTimes
        self.overdueEvery = overdueEvery
        self.reviewEvery = reviewEvery
        self.catchUp = catchUp
        self.alertLog = alertLog
        self.notifyCommand = notifyCommand
        self.notifyTimeout = notifyTimeout
        self.metricsFile = metricsFile
        self.metricsEvery = metricsEvery
        self.wording = wording
    }
}

extension DaemonSettings {
    /// The alert log when the config names none, in the state directory.
    public static let defaultAlertLog = "alerts.jsonl"

    /// The state directory (the alert log's) outside systemd, and the installed unit's
    /// StateDirectory=.
    public static let defaultStateDirectory = "/var/lib/deadlined"

    /// A file the config names (`alert_log`, `metrics_file`) as the daemon opens it: relative
    /// to the state directory unless absolute.
    public static func path(_ path: String, stateDirectory: String) -> String {
        path.hasPrefix("/") ? path : stateDirectory + "/" + path
    }
}

/// A validated configuration: everything the schedule needs, with every date resolved.
public struct Config: Hashable, Sendable {
    public var daemon: DaemonSettings
    public var statement: Statement
    public var commitments: [Commitment]

    public init(daemon: DaemonSettings, statement: Statement, commitments: [Commitment]) {
        self.daemon = daemon
        self.statement = statement
        self.commitments = commitments
    }

    /// The daemon's wording in the statement's language, when the statement names one.
    public var wording: Wording { Config.wording(daemon: daemon, statement: statement) }

    static func wording(daemon: DaemonSettings, statement: Statement) -> Wording {
        var wording = daemon.wording
        if let language = statement.language { wording.language = language }
        return wording
    }
}
