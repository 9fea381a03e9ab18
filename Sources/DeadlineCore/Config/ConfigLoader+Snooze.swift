import CivilCalendar
import TOML

extension ConfigLoader {
    /// `snooze_until` of a `[statement]` or a `[[commitment]]`: a date as the bounds take it,
    /// held through (`DateSpec.end`). A bad date is reported at its value.
    static func readSnooze<Key>(_ reader: TableReader<Key>, key: Key, zone: Zone, wording: Wording) -> Snooze? {
        guard let entry = reader.entry(key) else { return nil }
        switch DateSyntax.parse(entry.value) {
        case .success(let spec):
            let end = endAndLabel(of: spec, zone: zone, wording: wording)
            return Snooze(until: end.instant, label: end.label)
        case .failure(let error):
            reader.log.error("`\(key.name)` \(error.reason)", at: entry.valuePosition)
            return nil
        }
    }

    /// The first instant after a date written as a milestone or a snooze, its last day when it
    /// is written as a day or longer (nil for an exact time), and how it reads in messages: that
    /// day in the wording's calendar, or the exact time in the zone.
    static func endAndLabel(of spec: DateSpec, zone: Zone, wording: Wording) -> (instant: Instant, lastDay: CivilDate?, label: String) {
        let instant = spec.end(in: zone)
        let lastDay = spec.isDateOnly ? zone.civil(at: instant.adding(seconds: -1)).date : nil
        return (instant, lastDay, lastDay.map(wording.show) ?? wording.showExact(instant, in: zone))
    }
}
