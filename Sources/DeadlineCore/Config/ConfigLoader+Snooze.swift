import TOML

extension ConfigLoader {
    /// `snooze_until` of a `[statement]` or a `[[commitment]]`: a date as the bounds take it,
    /// held through (`DateSpec.end`). A bad date is reported at its value.
    static func readSnooze<Key>(_ reader: TableReader<Key>, key: Key, zone: Zone, wording: Wording) -> Snooze? {
        guard let entry = reader.entry(key) else { return nil }
        switch DateSyntax.parse(entry.value) {
        case .success(let spec):
            let (until, label) = endAndLabel(of: spec, zone: zone, wording: wording)
            return Snooze(until: until, label: label)
        case .failure(let error):
            reader.log.error("`\(key.name)` \(error.reason)", at: entry.valuePosition)
            return nil
        }
    }

    /// The first instant after a date written as a milestone or a snooze, and how it reads in
    /// messages: the last day of a date written as a day or longer, in the wording's calendar;
    /// an exact time as written in the zone.
    static func endAndLabel(of spec: DateSpec, zone: Zone, wording: Wording) -> (Instant, String) {
        let instant = spec.end(in: zone)
        let label = spec.isDateOnly ? wording.show(zone.civil(at: instant.adding(seconds: -1)).date) : wording.showExact(instant, in: zone)
        return (instant, label)
    }
}
