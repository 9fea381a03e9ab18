import ArgumentParser
import CivilCalendar
import DeadlineCore
import TOML

/// `--at`: the moment a read-only command shows, by default the wall clock's now.
struct MomentOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Pretend now is this moment: 2025-08-01 (start of that day in the config's zone), 2025-08-01T09:30:00, or with an offset.",
        valueName: "date"))
    var at: String?

    /// The moment asked for, read in `zone`; the clock's now without --at.
    func now(in zone: Zone) throws -> Instant {
        try at.map { try Self.parse($0, zone: zone) } ?? SystemClock.now()
    }

    /// Reads `--at` values with the config's own date syntax.
    static func parse(_ text: String, zone: Zone) throws -> Instant {
        guard !text.contains("\n"), let table = try? TOMLDocument.parse("at = \(text)"), let value = table["at"] else {
            throw ValidationError("--at \(text): write a date such as 2025-08-01, or 2025-08-01T09:30:00[+03:00]")
        }
        switch value {
        case .localDate(let date):
            return zone.startOfDay(CivilDate(year: date.year, month: date.month, day: date.day))
        case .localDateTime(let local):
            return zone.instant(of: CivilDateTime(
                date: CivilDate(year: local.date.year, month: local.date.month, day: local.date.day),
                hour: local.time.hour, minute: local.time.minute, second: local.time.second))
        case .offsetDateTime(let moment):
            let civil = CivilDateTime(
                date: CivilDate(year: moment.date.year, month: moment.date.month, day: moment.date.day),
                hour: moment.time.hour, minute: moment.time.minute, second: moment.time.second)
            return Instant(seconds: civil.utcSeconds - Int64(moment.offsetMinutes) * 60)
        default:
            throw ValidationError("--at \(text): write a date such as 2025-08-01, or 2025-08-01T09:30:00[+03:00]")
        }
    }
}
