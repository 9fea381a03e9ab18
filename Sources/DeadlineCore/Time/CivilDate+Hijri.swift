import CivilCalendar
import Hijri

/// The bridge between the two calendars: both count days from 1970-01-01.
extension CivilDate {
    public init(_ hijri: HijriDate) {
        self.init(daysSinceEpoch: Int64(hijri.dayNumber))
    }

    /// The Umm al-Qura day, or nil outside the table (before 1924-08-01 or after 2077-11-16).
    public var hijri: HijriDate? {
        try? HijriDate(dayNumber: Int(daysSinceEpoch))
    }
}
