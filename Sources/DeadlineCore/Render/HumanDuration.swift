/// Lengths of time as a person says them: "30 days", "1 day", "12 hours", "45 minutes".
public enum HumanDuration {
    public enum Unit: String, Sendable { case day, hour, minute, second }

    /// Rounded to the largest unit that keeps it meaningful; calendar days that are 23 or 25
    /// hours long (DST) still read as days.
    public static func amount(seconds: Double) -> (count: Int, unit: Unit) {
        let value = abs(seconds)
        if value >= 2 * 86_400 - 3600 { return (Int((value / 86_400).rounded()), .day) }
        if value >= 86_400 - 3600 { return value < 86_400 + 3600 ? (1, .day) : (Int((value / 3600).rounded()), .hour) }
        if value >= 3600 - 30 { return (Int((value / 3600).rounded()), .hour) }
        if value >= 60 { return (Int((value / 60).rounded()), .minute) }
        return (Int(value.rounded()), .second)
    }

    /// `amount` in English words: "30 days", "1 day".
    public static func describe(seconds: Double) -> String {
        let (count, unit) = amount(seconds: seconds)
        return "\(count) \(unit.rawValue)\(count == 1 ? "" : "s")"
    }

    /// The largest whole unit, rounded down: what tables and status lines show.
    public static func compactAmount(seconds: Double) -> (count: Int, unit: Unit) {
        let value = abs(seconds)
        if value >= 86_400 { return (Int((value / 86_400).rounded(.down)), .day) }
        if value >= 3600 { return (Int((value / 3600).rounded(.down)), .hour) }
        if value >= 60 { return (Int((value / 60).rounded(.down)), .minute) }
        return (Int(value.rounded(.down)), .second)
    }

    /// Compact form for tables and status lines: "57d", "13h", "5m", "12s".
    public static func compact(seconds: Double) -> String {
        let (count, unit) = compactAmount(seconds: seconds)
        return "\(count)\(unit.rawValue.first!)"
    }
}
