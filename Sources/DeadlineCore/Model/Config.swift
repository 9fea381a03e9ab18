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

/// A validated configuration: the daemon's settings and every statement (the main file's and
/// those of statements.d, in file name order), with every date resolved.
public struct Config: Hashable, Sendable {
    public var daemon: DaemonSettings
    public var statements: [Statement]
    /// Every statement's commitments, statement by statement; each knows its statement's index.
    public var commitments: [Commitment]

    public init(daemon: DaemonSettings, statements: [Statement], commitments: [Commitment]) {
        self.daemon = daemon
        self.statements = statements
        self.commitments = commitments
    }

    /// A config of one statement (its commitments' `statementIndex` set to 0).
    public init(daemon: DaemonSettings, statement: Statement, commitments: [Commitment]) {
        self.init(daemon: daemon, statements: [statement], commitments: commitments)
    }

    public func statement(of commitment: Commitment) -> Statement { statements[commitment.statementIndex] }

    public func ref(of commitment: Commitment) -> CommitmentRef {
        CommitmentRef(statementID: statements[commitment.statementIndex].id, commitmentID: commitment.id)
    }

    /// Set by `filtered`: the replacements found in the whole config, so that a commitment kept
    /// by `--statement` still names what replaced it when its replacement was left out.
    private var replacementsBeforeFilter: [CommitmentRef: CommitmentRef]?

    /// Each superseded commitment's replacement (the first commitment, in reading order, whose
    /// `supersedes` names it), for views that say what replaced it. One pass over the config.
    public var replacements: [CommitmentRef: CommitmentRef] {
        if let replacementsBeforeFilter { return replacementsBeforeFilter }
        var found: [CommitmentRef: CommitmentRef] = [:]
        for commitment in commitments {
            guard let replaced = commitment.supersedes?.ref, found[replaced] == nil else { continue }
            found[replaced] = ref(of: commitment)
        }
        return found
    }

    /// How messages for people name a commitment: its id alone when there is one statement,
    /// "statement/commitment" when there are several.
    public func label(of commitment: Commitment) -> String {
        statements.count > 1 ? ref(of: commitment).description : commitment.id
    }

    /// The statements with an id in `statementIDs` (all when it is empty), and of their
    /// commitments those with id `commitmentID` (all when nil): what `--statement` and
    /// `--commitment` leave of the config.
    public func filtered(statementIDs: [String], commitmentID: String?) -> Config {
        guard !statementIDs.isEmpty || commitmentID != nil else { return self }
        var kept: [Statement] = []
        var newIndex = [Int](repeating: -1, count: statements.count)
        for (index, statement) in statements.enumerated() where statementIDs.isEmpty || statementIDs.contains(statement.id) {
            newIndex[index] = kept.count
            kept.append(statement)
        }
        var keptCommitments: [Commitment] = []
        for var commitment in commitments where newIndex[commitment.statementIndex] >= 0 {
            if let commitmentID, commitment.id != commitmentID { continue }
            commitment.statementIndex = newIndex[commitment.statementIndex]
            keptCommitments.append(commitment)
        }
        var chosen = Config(daemon: daemon, statements: kept, commitments: keptCommitments)
        chosen.replacementsBeforeFilter = replacements
        return chosen
    }

    /// The daemon's wording in the language of `statement`, when it names one: how its alerts read.
    public func statementWording(_ statement: Statement) -> Wording { Config.wording(daemon: daemon, statement: statement) }

    /// The wording of what is said about the whole config (the headings of timeline, status and
    /// history, check's summary, STATUS=): the statement's when there is one, else the daemon's.
    /// The rows about a commitment speak its statement's (`statementWording`).
    public var wording: Wording { statements.count == 1 ? statementWording(statements[0]) : daemon.wording }

    static func wording(daemon: DaemonSettings, statement: Statement) -> Wording {
        wording(daemon: daemon, language: statement.language)
    }

    /// The daemon's wording in `language`, when it is given.
    static func wording(daemon: DaemonSettings, language: DisplayLanguage?) -> Wording {
        var wording = daemon.wording
        if let language { wording.language = language }
        return wording
    }
}
