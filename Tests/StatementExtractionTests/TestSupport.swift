import CivilCalendar
import Hijri
import StatementExtraction

/// The three ways statements write digits.
enum DigitSystem: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case ascii, arabicIndic, persian

    var testDescription: String { rawValue }

    func apply(_ text: String) -> String {
        let base: UInt32
        switch self {
        case .ascii: return text
        case .arabicIndic: base = 0x0660
        case .persian: base = 0x06F0
        }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30, scalar.value <= 0x39, let mapped = Unicode.Scalar(scalar.value - 0x30 + base) {
                view.append(mapped)
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }
}

/// The two sets of Arabic month names, January first.
let levantineMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                       "تشرين الأول", "تشرين الثاني", "كانون الأول"]
let egyptianMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                      "أكتوبر", "نوفمبر", "ديسمبر"]

func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(statedYear: y, month: m, day: d)! }

func within(_ count: Int, _ unit: SpanUnit) -> Bound { Bound(kind: .within, value: .span(count: count, unit: unit)) }
func month(_ kind: Bound.Kind, _ y: Int, _ m: Int) -> Bound { Bound(kind: kind, value: .month(year: y, month: m)) }
func onDay(_ kind: Bound.Kind, _ y: Int, _ m: Int, _ d: Int) -> Bound { Bound(kind: kind, value: .day(day(y, m, d))) }
func year(_ kind: Bound.Kind, _ y: Int) -> Bound { Bound(kind: kind, value: .year(y)) }
func hijriMonth(_ kind: Bound.Kind, _ y: Int, _ m: Int) -> Bound { Bound(kind: kind, value: .hijriMonth(year: y, month: m)) }
func hijriYear(_ kind: Bound.Kind, _ y: Int) -> Bound { Bound(kind: kind, value: .hijriYear(y)) }
func hijriDay(_ kind: Bound.Kind, _ y: Int, _ m: Int, _ d: Int) -> Bound {
    Bound(kind: kind, value: .hijriDay(try! HijriDate(year: y, month: m, day: d)))
}

/// All bounds the extractor finds in `text`, across its commitments.
func allBounds(_ text: String, issued: CivilDate? = nil) -> [Bound] {
    StatementExtractor().extract(text, issued: issued).commitments.flatMap(\.bounds)
}

import Testing
