import CivilCalendar

/// One way a commitment's deadline is written. Statements often give several
/// ("within 12 months, and no later than the end of September 2025"); the earliest binds.
public enum BoundKind: String, CaseIterable, Hashable, Sendable {
    /// `deadline = 2025-09-27`: the end of that day (month, year).
    case deadline
    /// `within = "12 months"`: counted from `statement.issued`, to the end of that day.
    case within
    /// `no_later_than = "2025-09"`: the end of that period.
    case noLaterThan = "no_later_than"
    /// `until = "2026-09"`: the end of that period (the obligation lasts through it).
    case until
    /// `before = 2025-10-01`: strictly before, so the start of that period.
    case before

    /// The config key that writes this bound.
    public var key: String { rawValue }

    /// How a message names the bound: "no later than", "within".
    public var phrase: String {
        switch self {
        case .deadline: "deadline"
        case .within: "within"
        case .noLaterThan: "no later than"
        case .until: "until"
        case .before: "before"
        }
    }

    /// The English explanation of a `within` bound: "within 12 months of 2024-09-27", the issue
    /// date as the caller shows it.
    static func withinExplanation(_ written: String, of issued: String) -> String { "within \(written) of \(issued)" }
}

/// A bound resolved to an instant, with the words that explain it.
public struct Bound: Hashable, Sendable {
    public var kind: BoundKind
    /// When the bound has passed.
    public var instant: Instant
    /// "within 12 months of 2024-09-27", "no later than 2025-09".
    public var explanation: String
    /// The value as the config writes it ("2025-09", "1447-09 AH"; for `within`, "12 months"),
    /// for explanations in other languages.
    public var written: String
    /// The last day the bound allows, in the config's zone, when the bound is a whole day or longer.
    public var lastDay: CivilDate?
    /// The bound's date as messages quote it, in the calendar the statement's wording shows
    /// (`LoadCache.label(of:kind:instant:)`); for `within`, the span as written.
    public var label: String

    public init(kind: BoundKind, instant: Instant, explanation: String, written: String, lastDay: CivilDate?, label: String) {
        self.kind = kind
        self.instant = instant
        self.explanation = explanation
        self.written = written
        self.lastDay = lastDay
        self.label = label
    }
}

/// The effective deadline of a commitment: the earliest of its bounds.
public struct Deadline: Hashable, Sendable {
    public var bounds: [Bound]
    /// Index into `bounds` of the earliest one.
    public var bindingIndex: Int

    public init?(bounds: [Bound]) {
        guard let earliest = bounds.indices.min(by: { bounds[$0].instant < bounds[$1].instant }) else { return nil }
        self.bounds = bounds
        self.bindingIndex = earliest
    }

    public var binding: Bound { bounds[bindingIndex] }
    public var instant: Instant { binding.instant }
}
