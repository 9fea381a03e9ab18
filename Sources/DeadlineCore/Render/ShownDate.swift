import CivilCalendar
import Hijri
import TextWriting

/// Every date and time a person reads (alert messages, timeline, status, history, check) is
/// shown here, in the calendar and digits of the wording. Machine fields (`DEADLINE_AT`, JSON,
/// the calendar file's DTSTART) stay Gregorian ISO and never come here.
extension Wording {
    /// A day as a person reads it: `2026-02-17` (gregorian), `29 Sha'ban 1447 AH` / `29 شعبان 1447 هـ`
    /// (hijri), `2026-02-17 (29 شعبان 1447)` (both). A day outside the Umm al-Qura table is shown
    /// on the Gregorian calendar alone.
    public func show(_ date: CivilDate) -> String {
        guard calendar != .gregorian, let hijri = date.hijri else { return digits(in: date.description) }
        let names = language == .ar ? HijriMonth.arabicNames : HijriMonth.englishNames
        let day = "\(hijri.day) \(names[hijri.month - 1]) \(hijri.year)"
        switch calendar {
        case .hijri: return digits(in: day + (language == .ar ? " هـ" : " AH"))
        default: return digits(in: "\(date) (\(day))")
        }
    }

    /// A moment in `zone`, to the minute, with the zone's offset: `2026-02-17 09:30 +03:00`,
    /// `2026-02-17 (29 شعبان 1447) 09:30 +03:00`.
    public func show(_ instant: Instant, in zone: Zone) -> String { show(instant, in: zone, seconds: false) }

    /// A moment in UTC, without a zone mark (the caller adds `Z` or `UTC`): `2026-02-17 06:30`.
    public func showUTC(_ instant: Instant) -> String { show(CivilDateTime(utcSeconds: instant.seconds), seconds: false) }

    /// An exact deadline or milestone (one written with a time of day): on the Gregorian
    /// calendar, the ISO form the config's values take (`2025-09-27T23:59:00+03:00`); on the
    /// others, its day as `show(_:)` gives it and the time (with its seconds, if any).
    public func showExact(_ instant: Instant, in zone: Zone) -> String {
        calendar == .gregorian ? digits(in: zone.isoString(instant)) : show(instant, in: zone, seconds: true)
    }

    private func show(_ instant: Instant, in zone: Zone, seconds: Bool) -> String {
        let offset = zone.offset(atEpochSeconds: instant.seconds)
        let local = CivilDateTime(utcSeconds: instant.seconds + Int64(offset))
        return show(local, seconds: seconds && local.second != 0) + " " + digits(in: Zone.offsetString(offset))
    }

    private func show(_ time: CivilDateTime, seconds: Bool) -> String {
        var clock = Digits.padded(time.hour, 2) + ":" + Digits.padded(time.minute, 2)
        if seconds { clock += ":" + Digits.padded(time.second, 2) }
        return show(time.date) + " " + digits(in: clock)
    }

    /// Latin digits turned into Arabic-Indic ones when the wording is Arabic with
    /// `digits = "arabic-indic"`; otherwise the text as it is.
    public func digits(in text: String) -> String {
        guard language == .ar, digits == .arabicIndic else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x30...0x39).contains(scalar.value) {
                out.append(Unicode.Scalar(scalar.value - 0x30 + 0x660)!)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
