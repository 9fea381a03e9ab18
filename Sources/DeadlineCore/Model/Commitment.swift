import CivilCalendar
import TOML

/// Where a commitment stands. Only `open` and `extended` commitments still produce alerts:
/// once a commitment is met, missed or withdrawn there is nothing left to warn about, and a
/// superseded one has a later statement's commitment warning in its place.
public enum CommitmentStatus: String, CaseIterable, Hashable, Sendable {
    case open, met, missed, extended, withdrawn
    /// Replaced by a commitment of a later statement (its `supersedes`): never written as
    /// `status`, the config says it from the other side.
    case superseded

    public var isActive: Bool { self == .open || self == .extended }

    /// The statuses a config may write in `status`.
    public static let written: [CommitmentStatus] = [.open, .met, .missed, .extended, .withdrawn]
}

/// A commitment's `supersedes`: the commitment (of another statement) it replaces.
public struct Supersedes: Hashable, Sendable {
    public var ref: CommitmentRef
    /// Where the value is written, for errors about the reference.
    public var position: TOMLPosition

    public init(ref: CommitmentRef, position: TOMLPosition) {
        self.ref = ref
        self.position = position
    }
}

/// An intermediate date inside a commitment ("the first phase ends 2025-03-31").
public struct Milestone: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var at: Instant
    /// How the date reads in messages: "2025-03-31".
    public var label: String
    /// The day it ends on, in the config's zone, when it is written as a day or longer (a
    /// calendar shows it as an all-day event); nil for an exact time.
    public var lastDay: CivilDate?
    public var leadTimes: [WrittenSpan]

    public init(id: String, title: String?, at: Instant, label: String, lastDay: CivilDate?, leadTimes: [WrittenSpan]) {
        self.id = id
        self.title = title
        self.at = at
        self.label = label
        self.lastDay = lastDay
        self.leadTimes = leadTimes
    }
}

/// How a commitment ended, as the config records it beside `status` (met, missed, withdrawn).
public struct Resolution: Hashable, Sendable {
    /// When it happened (`resolved = 2025-09-20`): the first instant of the period written.
    public var at: Instant?
    /// How that date reads in messages: "2025-09-20".
    public var label: String?
    /// A URL or a quote that shows it (`evidence = "..."`).
    public var evidence: String?

    public init(at: Instant?, label: String?, evidence: String?) {
        self.at = at
        self.label = label
        self.evidence = evidence
    }
}

/// One thing a statement promises, with when it is due and how to warn about it.
public struct Commitment: Hashable, Sendable {
    public var id: String
    public var title: String
    public var parties: [String]
    public var status: CommitmentStatus
    /// Its statement's place in `Config.statements`.
    public var statementIndex: Int {
        get { Int(storedStatementIndex) }
        set { storedStatementIndex = UInt32(newValue) }
    }
    /// Beside `status`, in the bytes that would otherwise pad it.
    private var storedStatementIndex: UInt32
    public var quote: String?
    /// Nil for an ongoing commitment: it has no date, and gets review reminders instead.
    public var deadline: Deadline?
    /// How the deadline reads in messages: "2025-09-27".
    public var deadlineLabel: String?
    public var leadTimes: [WrittenSpan]
    /// Nil when "passed" alerts are sent once ("never" repeat).
    public var overdueEvery: WrittenSpan? {
        get { rare?.fields.overdueEvery }
        set { updateRare { $0.overdueEvery = newValue } }
    }
    /// For ongoing commitments: how often to remind that they need a look.
    public var reviewEvery: WrittenSpan? {
        get { rare?.fields.reviewEvery }
        set { updateRare { $0.reviewEvery = newValue } }
    }
    public var milestones: [Milestone]
    /// Where the `[[commitment]]` header is, for messages about the commitment as a whole.
    public var position: TOMLPosition
    /// When and how it was resolved; nil while it is open or extended.
    public var resolution: Resolution? {
        get { rare?.fields.resolution }
        set { updateRare { $0.resolution = newValue } }
    }
    /// Its `snooze_until`, else its statement's; nil when neither holds its reminders.
    public var snooze: Snooze? {
        get { rare?.fields.snooze }
        set { updateRare { $0.snooze = newValue } }
    }
    /// The commitment this one replaces, when it says so.
    public var supersedes: Supersedes? {
        get { rare?.fields.supersedes }
        set { updateRare { $0.supersedes = newValue } }
    }
    /// The fields most commitments leave empty, out of line: a commitment without any of them
    /// costs one nil pointer for them all, and a large config holds a great many commitments.
    private var rare: RareBox?

    private struct RareFields: Hashable, Sendable {
        var overdueEvery: WrittenSpan?
        var reviewEvery: WrittenSpan?
        var resolution: Resolution?
        var snooze: Snooze?
        var supersedes: Supersedes?

        var isEmpty: Bool { self == RareFields() }
    }

    /// Immutable, so copies of a commitment share it; a change makes a new one.
    private final class RareBox: Hashable, Sendable {
        let fields: RareFields

        init(_ fields: RareFields) { self.fields = fields }

        static func == (a: RareBox, b: RareBox) -> Bool { a.fields == b.fields }
        func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }

    /// Nil when every rare field is empty, so that equal commitments hold equal `rare`.
    private mutating func updateRare(_ change: (inout RareFields) -> Void) {
        var fields = rare?.fields ?? RareFields()
        change(&fields)
        rare = fields.isEmpty ? nil : RareBox(fields)
    }

    public init(
        id: String, title: String, parties: [String], status: CommitmentStatus, quote: String?,
        deadline: Deadline?, deadlineLabel: String?, leadTimes: [WrittenSpan], overdueEvery: WrittenSpan?,
        reviewEvery: WrittenSpan?, milestones: [Milestone], position: TOMLPosition, statementIndex: Int = 0,
        resolution: Resolution? = nil, snooze: Snooze? = nil, supersedes: Supersedes? = nil
    ) {
        self.id = id
        self.title = title
        self.parties = parties
        self.status = status
        self.quote = quote
        self.deadline = deadline
        self.deadlineLabel = deadlineLabel
        self.leadTimes = leadTimes
        self.milestones = milestones
        self.position = position
        self.storedStatementIndex = UInt32(statementIndex)
        let rare = RareFields(
            overdueEvery: overdueEvery, reviewEvery: reviewEvery, resolution: resolution, snooze: snooze, supersedes: supersedes)
        self.rare = rare.isEmpty ? nil : RareBox(rare)
    }

    /// Whether it was resolved by its deadline: nil when it has no deadline or no `resolved` date.
    public var resolvedOnTime: Bool? {
        guard let at = resolution?.at, let deadline else { return nil }
        return at < deadline.instant
    }
}
