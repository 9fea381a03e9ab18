import CivilCalendar
import TextWriting

/// An IANA time zone, used to turn civil dates into instants and back.
///
/// Deadlines are written as dates ("end of September 2025"); the zone says when that date ends.
/// The zone's rules come from the system's tz database (see `ZoneDatabase`), read once per
/// process; two zones are equal when they have the same identifier.
public struct Zone: Sendable, Hashable {
    public let identifier: String
    private let offsets: ZoneOffsets

    /// Nil when the system's tz database does not know the identifier. "UTC" is always known.
    public init?(identifier: String) {
        guard let offsets = ZoneDatabase.offsets(for: identifier) else { return nil }
        self.init(identifier: identifier, offsets: offsets)
    }

    init(identifier: String, offsets: ZoneOffsets) {
        self.identifier = identifier
        self.offsets = offsets
    }

    public static let utc = Zone(identifier: "UTC")!

    /// Every identifier the tz database knows (for "did you mean" suggestions).
    public static var knownIdentifiers: [String] { ZoneDatabase.knownIdentifiers() }

    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.identifier == rhs.identifier }

    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// Seconds east of UTC in force at `seconds` since the epoch.
    public func offset(atEpochSeconds seconds: Int64) -> Int {
        offsets.offset(atEpochSeconds: seconds)
    }

    /// The wall-clock reading of the zone at an instant.
    public func civil(at instant: Instant) -> CivilDateTime {
        CivilDateTime(utcSeconds: instant.seconds + Int64(offset(atEpochSeconds: instant.seconds)))
    }

    /// The instant at which the zone's clocks show `local`.
    ///
    /// A time that occurs twice (clocks set back) resolves to the first occurrence; a time that
    /// never occurs (clocks set forward) resolves to the same distance past the change, as clocks do.
    public func instant(of local: CivilDateTime) -> Instant {
        instant(ofWall: local.utcSeconds)
    }

    /// The instant at which the zone's clocks read `wall` (seconds since the epoch as if the
    /// zone were UTC), as `instant(of:)` resolves it.
    func instant(ofWall wall: Int64) -> Instant {
        let before = offset(atEpochSeconds: wall - 86_400)
        let after = offset(atEpochSeconds: wall + 86_400)
        // The earlier of the readings that one of the two offsets gives (two in a fold, none in
        // a gap); no collection of candidates: this runs for every alert of a large config.
        func reading(_ candidate: Int) -> Int64? {
            let seconds = wall - Int64(candidate)
            return offset(atEpochSeconds: seconds) == candidate ? seconds : nil
        }
        var best = reading(before)
        if after != before, let seconds = reading(after) { best = min(best ?? seconds, seconds) }
        return Instant(seconds: best ?? wall - Int64(before))
    }

    /// The first instant of a civil day in this zone.
    public func startOfDay(_ date: CivilDate) -> Instant {
        instant(of: CivilDateTime(date: date))
    }

    /// `+03:00`, `-04:30`, `Z` for an offset in seconds.
    public static func offsetString(_ seconds: Int) -> String {
        String { writeOffset(seconds, to: &$0) }
    }

    /// `+03:00`, `-04:30`, `Z`, into any sink.
    static func writeOffset<Sink: ByteSink>(_ seconds: Int, to sink: inout Sink) {
        if seconds == 0 { return sink.append(UInt8(ascii: "Z")) }
        let magnitude = abs(seconds) / 60
        sink.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        Digits.write(magnitude / 60, width: 2, to: &sink)
        sink.append(UInt8(ascii: ":"))
        Digits.write(magnitude % 60, width: 2, to: &sink)
    }

    /// ISO 8601 with this zone's offset: `2025-09-28T00:00:00+03:00`.
    public func isoString(_ instant: Instant) -> String {
        let offset = offset(atEpochSeconds: instant.seconds)
        return CivilDateTime(utcSeconds: instant.seconds + Int64(offset)).isoString + Zone.offsetString(offset)
    }
}
