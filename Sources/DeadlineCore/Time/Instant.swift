/// A point in time: seconds (and nanoseconds) since 1970-01-01T00:00:00Z.
///
/// The core never reads the clock; every function that depends on "now" takes an `Instant`.
/// Whole seconds are what deadlines are made of; nanoseconds are kept only so that the
/// runtime can report how late an alert fired.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var seconds: Int64
    public var nanoseconds: Int32

    public init(seconds: Int64, nanoseconds: Int32 = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// Seconds from `other` to `self` (positive when `self` is later), with fractions.
    public func interval(since other: Instant) -> Double {
        Double(seconds - other.seconds) + Double(nanoseconds - other.nanoseconds) / 1e9
    }

    /// The instant `delta` whole seconds later (earlier when negative).
    public func adding(seconds delta: Int64) -> Instant {
        Instant(seconds: seconds + delta, nanoseconds: nanoseconds)
    }

    /// ISO 8601 in UTC: `2025-09-27T21:00:00Z`.
    public var description: String { CivilDateTime(utcSeconds: seconds).isoString + "Z" }
}
