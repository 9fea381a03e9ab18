/// Reads the two ways the config writes a length of time.
///
/// Compact form (`lead_times`, `overdue_every`, `review_every`, `notify_timeout`, `metrics_every`): one or more
/// `<number><unit>` with units w, d, h, m (and s where seconds make sense): "90d", "1d12h".
/// Word form (`within`): "12 months", "1 year", "90 days", "3 weeks".
enum SpanSyntax {
    /// The longest span accepted anywhere: 100 years. Larger values are typos, and would overflow.
    static let maximumDays = 36_525

    static func parseCompact(_ text: String, allowSeconds: Bool = false) -> Result<Span, SpanError> {
        let units = allowSeconds ? "w, d, h, m or s" : "w, d, h or m"
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .failure(SpanError("is empty; write a number and a unit (\(units)), e.g. \"30d\"")) }
        if bytes.first == UInt8(ascii: "-") { return .failure(SpanError("is negative; write a positive span such as \"5d\"")) }
        var span = Span()
        var index = 0
        while index < bytes.count {
            var value = 0
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                if value > maximumDays * 1440 * 60 { return .failure(SpanError("is longer than 100 years")) }
                index += 1
            }
            guard index > start else {
                return .failure(SpanError("is not a span: expected a number at \(quoted(String(decoding: bytes[index...], as: UTF8.self))); write e.g. \"30d\""))
            }
            guard index < bytes.count else {
                return .failure(SpanError("has no unit after \(value); add one of \(units), e.g. \"\(value)d\""))
            }
            switch bytes[index] {
            case UInt8(ascii: "w"): span.days += value * 7
            case UInt8(ascii: "d"): span.days += value
            case UInt8(ascii: "h"): span.seconds += Int64(value) * 3600
            case UInt8(ascii: "m"): span.seconds += Int64(value) * 60
            case UInt8(ascii: "s") where allowSeconds: span.seconds += Int64(value)
            default:
                let unit = String(decoding: bytes[index...index], as: UTF8.self)
                return .failure(SpanError("has unknown unit '\(unit)'; use \(units)"))
            }
            index += 1
        }
        if span.approximateSeconds > Int64(maximumDays) * 86_400 {
            return .failure(SpanError("is longer than 100 years"))
        }
        if span.isZero { return .failure(SpanError("is zero; a span must be at least 1 \(allowSeconds ? "second" : "minute")")) }
        return .success(span)
    }

    static func parseWords(_ text: String) -> Result<Span, SpanError> {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let count = Int(parts[0]) else {
            return .failure(SpanError("is not a span; write a number and a unit, e.g. \"12 months\" or \"90 days\""))
        }
        guard count > 0 else { return .failure(SpanError("must be positive")) }
        // Every unit is at least a day: a larger count is over 100 years, and would overflow below.
        guard count <= maximumDays else { return .failure(SpanError("is longer than 100 years")) }
        let span: Span
        switch parts[1].lowercased() {
        case "day", "days": span = Span(days: count)
        case "week", "weeks": span = Span(days: count * 7)
        case "month", "months": span = Span(months: count)
        case "year", "years": span = Span(months: count * 12)
        default:
            return .failure(SpanError("has unknown unit \(quoted(String(parts[1]))); use days, weeks, months or years"))
        }
        if span.approximateSeconds > Int64(maximumDays) * 86_400 { return .failure(SpanError("is longer than 100 years")) }
        return .success(span)
    }
}

/// What is wrong with a span, phrased to follow the quoted value ("\"-5d\" is negative; ...").
struct SpanError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
