/// The language people are told things in. Machine fields (journal field names and values
/// meant for programs, JSON keys) never change with it.
public enum DisplayLanguage: String, CaseIterable, Hashable, Sendable {
    case en, ar
}

/// Which calendar dates are shown in: `both` gives the Gregorian date with the Umm al-Qura
/// date after it, `2026-02-17 (29 شعبان 1447)`.
public enum ShownCalendar: String, CaseIterable, Hashable, Sendable {
    case gregorian, hijri, both
}

/// The digits numbers are written with in Arabic text: 0-9, or ٠-٩.
public enum DigitStyle: String, CaseIterable, Hashable, Sendable {
    case latin
    case arabicIndic = "arabic-indic"
}

/// How the text a person reads is worded: `[daemon] language`, `calendar`, `digits`, with the
/// statement's own `language` over the daemon's.
public struct Wording: Hashable, Sendable {
    public var language: DisplayLanguage
    public var calendar: ShownCalendar
    public var digits: DigitStyle

    public static let english = Wording(language: .en, calendar: .gregorian, digits: .latin)

    public init(language: DisplayLanguage, calendar: ShownCalendar, digits: DigitStyle) {
        self.language = language
        self.calendar = calendar
        self.digits = digits
    }
}
