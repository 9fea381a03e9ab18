import CivilCalendar

/// The UTC offsets of one zone over all time, answering `offset(atEpochSeconds:)` with one
/// binary search: start-up asks it several times for each of 100,000 commitments.
///
/// The table holds the TZif file's own transitions, followed by those its footer rule gives for
/// the 400 years after the last of them. Gregorian dates repeat every 400 years, so any later
/// instant is moved back by whole 400-year cycles into that stretch: the rule is never
/// evaluated after loading, and no per-year cache (with the lock it would need) is kept.
final class ZoneOffsets: Sendable {
    /// The offset in force before the first transition.
    let initialOffset: Int
    /// Instants at which the offset changes, strictly increasing.
    let transitions: [Int64]
    /// `offsets[i]` is in force from `transitions[i]` until the next transition.
    let offsets: [Int]
    /// Where the footer rule's 400 years lie; instants at or past `end` (and, for a file with no
    /// transitions at all, before `start`) are moved into it.
    private let cycle: (start: Int64, end: Int64, repeatsBackwards: Bool)?

    /// One offset forever (UTC when the tz database has no file for it).
    init(fixed offset: Int) {
        initialOffset = offset
        transitions = []
        offsets = []
        cycle = nil
    }

    init(file: TZifFile) {
        var transitions = file.transitions
        var offsets = file.transitionTypes.map { file.types[$0].utcOffset }
        var initialOffset = file.types[0].utcOffset
        var cycle: (start: Int64, end: Int64, repeatsBackwards: Bool)?
        // RFC 8536: the footer rules from the last transition on (or everywhere, when there is
        // none); a footer that cannot be read is ignored and the last transition's type lasts.
        if let rule = file.footer.flatMap({ PosixTZRule(bytes: $0) }) {
            if let last = transitions.last {
                offsets[offsets.count - 1] = rule.offset(atEpochSeconds: last)
            } else {
                initialOffset = rule.offset(atEpochSeconds: 0)
            }
            if rule.daylight != nil {
                let firstYear = CivilDateTime(utcSeconds: transitions.last ?? 0).date.year + 1
                let start = CivilDate(year: firstYear, month: 1, day: 1).daysSinceEpoch * 86_400
                cycle = (start, start + PosixTZRule.cycleSeconds, transitions.isEmpty)
                Self.appendChanges(of: rule, years: (firstYear - 2)...(firstYear + 400), after: transitions.last,
                                   to: &transitions, offsets: &offsets)
                if file.transitions.isEmpty, let first = transitions.first {
                    initialOffset = rule.offset(atEpochSeconds: first - 1)
                }
            }
        }
        self.initialOffset = initialOffset
        self.transitions = transitions
        self.offsets = offsets
        self.cycle = cycle
    }

    /// Appends the rule's changes in `years` that come after `last`, in time order, dropping
    /// those that do not change the offset.
    private static func appendChanges(
        of rule: PosixTZRule, years: ClosedRange<Int>, after last: Int64?,
        to transitions: inout [Int64], offsets: inout [Int]
    ) {
        guard let daylight = rule.daylight else { return }
        // (instant, order, offset): at one instant an end sorts before a start, so that a
        // daylight time kept all year (ends as it starts) stays in force.
        var changes: [(Int64, Int, Int)] = []
        changes.reserveCapacity(years.count * 2)
        for year in years {
            guard let (start, end) = rule.changes(in: year) else { continue }
            changes.append((end, 0, rule.standardOffset))
            changes.append((start, 1, daylight.offset))
        }
        changes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        for (time, _, offset) in changes where time > (last ?? Int64.min) {
            if transitions.last == time {
                offsets[offsets.count - 1] = offset
            } else if offsets.last != offset {
                transitions.append(time)
                offsets.append(offset)
            }
        }
    }

    /// Seconds east of UTC in force at `seconds` since the epoch.
    func offset(atEpochSeconds seconds: Int64) -> Int {
        var time = seconds
        if let cycle, time >= cycle.end || (cycle.repeatsBackwards && time < cycle.start) {
            // cycle.start + (time - cycle.start) mod 400 years, without overflowing near Int64's ends.
            let length = PosixTZRule.cycleSeconds
            var remainder = (time % length - cycle.start % length) % length
            if remainder < 0 { remainder += length }
            time = cycle.start + remainder
        }
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) >> 1
            if transitions[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : offsets[low - 1]
    }
}
