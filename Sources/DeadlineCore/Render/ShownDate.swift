import CivilCalendar
import Hijri

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
