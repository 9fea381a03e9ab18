/// The keys one kind of table of the config may hold.
///
/// `TableReader` matches a table's keys against these in one pass when it is made, reporting
/// the unknown ones, so that every later read of a key is an index into the table's entries
/// rather than a search: a config of 100,000 commitments reads some 1.5 million keys.
protocol ConfigKey: RawRepresentable<Int>, CaseIterable, Sendable where AllCases == [Self] {
    /// The keys as written in the config, in the order of the cases.
    static var spelling: KeySpelling { get }
}

/// The names of one table's keys, with their lengths alongside: matching a key compares
/// lengths (integers) first and strings only on a tie.
struct KeySpelling: Sendable {
    let names: [String]
    private let lengths: [Int]

    init(_ names: [String]) {
        self.names = names
        self.lengths = names.map(\.utf8.count)
    }

    func index(of name: String) -> Int? {
        let length = name.utf8.count
        for index in lengths.indices where lengths[index] == length && names[index] == name { return index }
        return nil
    }
}

extension ConfigKey {
    static var names: [String] { spelling.names }

    /// The key as written in the config: `lead_times`.
    var name: String { Self.spelling.names[rawValue] }

    /// The key written `name`, if this table has one.
    static func matching(_ name: String) -> Self? {
        spelling.index(of: name).flatMap(Self.init(rawValue:))
    }
}

enum TopKey: Int, ConfigKey {
    case daemon, statement, commitment
    static let spelling = KeySpelling(["daemon", "statement", "commitment"])
}

enum DaemonKey: Int, ConfigKey {
    case timezone, leadTimes, overdueEvery, reviewEvery, catchUp, alertLog, notifyCommand, notifyTimeout
    case metricsFile, metricsEvery, language, calendar, digits, statementsDir
    static let spelling = KeySpelling([
        "timezone", "lead_times", "overdue_every", "review_every", "catch_up", "alert_log", "notify_command",
        "notify_timeout", "metrics_file", "metrics_every", "language", "calendar", "digits", "statements_dir",
    ])
}

enum StatementKey: Int, ConfigKey {
    case id, title, issued, source, language, timezone, leadTimes, overdueEvery, reviewEvery, snoozeUntil
    static let spelling = KeySpelling([
        "id", "title", "issued", "source", "language", "timezone", "lead_times", "overdue_every", "review_every",
        "snooze_until",
    ])
}

enum CommitmentKey: Int, ConfigKey {
    case id, title, parties, status, quote, leadTimes, overdueEvery, reviewEvery, milestone
    case deadline, within, noLaterThan, until, before
    case resolved, evidence, snoozeUntil, supersedes
    static let spelling = KeySpelling([
        "id", "title", "parties", "status", "quote", "lead_times", "overdue_every", "review_every", "milestone",
        "deadline", "within", "no_later_than", "until", "before", "resolved", "evidence", "snooze_until", "supersedes",
    ])

    /// The key that writes a bound.
    init(_ bound: BoundKind) {
        switch bound {
        case .deadline: self = .deadline
        case .within: self = .within
        case .noLaterThan: self = .noLaterThan
        case .until: self = .until
        case .before: self = .before
        }
    }
}

enum MilestoneKey: Int, ConfigKey {
    case id, title, at, leadTimes
    static let spelling = KeySpelling(["id", "title", "at", "lead_times"])
}
