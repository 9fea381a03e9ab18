import CivilCalendar

/// The public statement the commitments come from.
public struct Statement: Hashable, Sendable {
    public var id: String
    public var title: String?
    /// The day it was issued; `within` spans count from here, reviews of ongoing commitments too.
    public var issued: CivilDate?
    /// Path of the statement's text, as written in the config.
    public var source: String?
    /// The zone its dates are read in: its own `timezone`, else the daemon's.
    public var zone: Zone
    /// The file that holds it (the main config or one of statements.d), for messages.
    public var file: String

    /// The language its alerts and views are in, over `[daemon] language`.
    public var language: DisplayLanguage?
    /// Its `snooze_until`: every commitment's reminders held, unless the commitment sets its own.
    public var snooze: Snooze?

    public init(
        id: String, title: String?, issued: CivilDate?, source: String?, language: DisplayLanguage? = nil, zone: Zone = .utc,
        file: String = "", snooze: Snooze? = nil
    ) {
        self.id = id
        self.title = title
        self.issued = issued
        self.source = source
        self.language = language
        self.zone = zone
        self.file = file
        self.snooze = snooze
    }
}

/// Names one commitment among all statements: commitment ids are unique within a statement
/// only. Written "statement/commitment", as `supersedes` and `history` read it.
public struct CommitmentRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var statementID: String
    public var commitmentID: String

    public init(statementID: String, commitmentID: String) {
        self.statementID = statementID
        self.commitmentID = commitmentID
    }

    /// Reads "statement/commitment": two non-empty parts around the one slash (ids never hold
    /// one); nil for anything else.
    public init?(written text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(statementID: String(parts[0]), commitmentID: String(parts[1]))
    }

    public var description: String { "\(statementID)/\(commitmentID)" }

    public static func < (lhs: CommitmentRef, rhs: CommitmentRef) -> Bool {
        (lhs.statementID, lhs.commitmentID) < (rhs.statementID, rhs.commitmentID)
    }
}
