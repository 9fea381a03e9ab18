/// Lengths of time as a person says them: "30 days", "1 day", "12 hours", "45 minutes".
public enum HumanDuration {
    /// Rounded to the largest unit that keeps it meaningful; calendar days that are 23 or 25
    /// hours long (DST) still read as days.
    public static func describe(seconds: Double) -> String {
        let value = abs(seconds)
        if value >= 2 * 86_400 - 3600 { return plural((value / 86_400).rounded(), "day") }
        if value >= 86_400 - 3600 { return value < 86_400 + 3600 ? "1 day" : plural((value / 3600).rounded(), "hour") }
        if value >= 3600 - 30 { return plural((value / 3600).rounded(), "hour") }
        if value >= 60 { return plural((value / 60).rounded(), "minute") }
        return plural(value.rounded(), "second")
    }

    /// Compact form for tables and status lines: "57d", "13h", "5m", "12s".
    public static func compact(seconds: Double) -> String {
        let value = abs(seconds)
        if value >= 86_400 { return "\(Int((value / 86_400).rounded(.down)))d" }
        if value >= 3600 { return "\(Int((value / 3600).rounded(.down)))h" }
        if value >= 60 { return "\(Int((value / 60).rounded(.down)))m" }
        return "\(Int(value.rounded(.down)))s"
    }

    private static func plural(_ count: Double, _ unit: String) -> String {
        let whole = Int(count)
        return "\(whole) \(unit)\(whole == 1 ? "" : "s")"
    }
}
