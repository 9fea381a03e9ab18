import CivilCalendar
import Hijri

/// A date found in the text and the index after it.
struct DateMatch: Equatable {
    /// The date as a limit: a period's last month ("الربع الأخير" is December).
    let value: BoundValue
    let next: Int
    /// True for "نهاية/أواخر/the end of": a limit before the end of a period is a deadline at it.
    var atEnd = false
    /// A period's first month, for the bounds that look at its start ("before", "from").
    var start: BoundValue? = nil
    /// The text puts the date in the past ("آذار الماضي", "last year"), or names a Hijri date
    /// the table does not have: the words are read, and no bound comes of them.
    var givesNoBound = false
    /// A quarter or half of a year, which "في"/"in" make a deadline ("في الربع الثالث").
    var isPeriod = false

    static func noBound(next: Int) -> DateMatch { DateMatch(value: .year(0), next: next, givesNoBound: true) }
}

/// Reads calendar dates at the precision the text gives: "أيلول 2025" is a month, "2025" a year,
/// "27 أيلول 2024", "الثالث من آذار 2026" or "March 31, 2025" a day, "الربع الأخير من 2026" a
/// period. Period edges keep or sharpen the precision: the end of a month is that month; its start
/// or middle is the 1st or the 15th. A month or day without a year is the first one that has not
/// passed on the date of issue ("نهاية آذار"), or, for a bound at its start ("قبل آذار"), the
/// first that has not begun; "آذار المقبل" is the first after the month of issue. Without a date
/// of issue, such dates and relative years are not read.
enum DatePhrases {
    enum Edge { case end, start, middle }

    private static let edges = PhraseTable<Edge>([
        ("نهاية", .end), ("أواخر", .end), ("آخر", .end), ("ختام", .end), ("متم", .end), ("موفى", .end),
        ("end of", .end),
        ("the end of", .end), ("late", .end), ("close of", .end), ("the close of", .end),
        ("مطلع", .start), ("بداية", .start), ("أوائل", .start), ("مستهل", .start), ("بدء", .start),
        ("beginning of", .start), ("the beginning of", .start), ("start of", .start),
        ("the start of", .start), ("early", .start),
        ("منتصف", .middle), ("أواسط", .middle), ("middle of", .middle), ("the middle of", .middle),
        ("mid", .middle),
    ], policy: .full)

    /// Between a day or a period and what it is part of: "الثالث من آذار", "the third quarter of".
    static let linkWords: Set<String> = words(["من", "of"])
    /// Months counted from the month of issue: "الشهر المقبل", "next month"; after an edge, "الشهر"
    /// alone is the month of issue ("نهاية الشهر", "the end of the month").
    private static let relativeMonths = PhraseTable<Int>([
        ("الشهر المقبل", 1), ("الشهر القادم", 1), ("الشهر الجاري", 0), ("الشهر الحالي", 0), ("هذا الشهر", 0),
        ("next month", 1), ("this month", 0), ("month - end", 0),
    ], policy: .full)
    private static let bareMonth = PhraseTable<Int>([("الشهر", 0), ("month", 0)], policy: .full)
    /// After a month without a year: the next one, or one already past.
    private static let nextWords: Set<String> = words(["المقبل", "القادم", "next"])
    private static let pastWords: Set<String> = words(["الماضي", "المنصرم", "الفائت", "السابق", "last", "earlier"])

    /// Where the date is read: the date of issue, and whether the bound looks at the start of
    /// the period ("before", "from") or at its end.
    struct Context {
        var issued: CivilDate?
        var atStart = false
    }

    static func parse(_ tokens: [Token], at index: Int, issued: CivilDate?) -> DateMatch? {
        parse(tokens, at: index, Context(issued: issued))
    }

    static func parse(_ tokens: [Token], at index: Int, _ context: Context) -> DateMatch? {
        var context = context
        let issued = context.issued
        var j = index
        if j < tokens.count, tokens[j].text == "the" { j += 1 }
        var edge: Edge?
        if let (found, next) = edges.match(tokens, at: j) {
            edge = found
            j = next
            if j < tokens.count, tokens[j].text == "-" || tokens[j].text == "of" { j += 1 }
            if found == .end { context.atStart = false }  // "قبل نهاية آذار" looks at the end of March
        }
        if j < tokens.count, tokens[j].text == "the" { j += 1 }
        if let period = PeriodPhrases.parse(tokens, at: j, context) {
            guard case .year(let y) = period.year else { return .noBound(next: period.next) }
            let first = BoundValue.month(year: y, month: period.first)
            if edge == .start, let day = CivilDate(statedYear: y, month: period.first, day: 1) {
                return DateMatch(value: .day(day), next: period.next)
            }
            return DateMatch(value: .month(year: y, month: period.last), next: period.next, atEnd: edge == .end, start: first,
                             isPeriod: true)
        }
        guard let plain = parsePlain(tokens, at: j, context, allowBareYear: edge != nil) else { return nil }
        guard let edge, !plain.givesNoBound else { return plain }
        return DateMatch(value: apply(edge, to: plain.value), next: plain.next, atEnd: edge == .end)
    }

    private static func apply(_ edge: Edge, to value: BoundValue) -> BoundValue {
        switch (edge, value) {
        case (.start, .month(let y, let m)):
            return CivilDate(statedYear: y, month: m, day: 1).map(BoundValue.day) ?? value
        case (.middle, .month(let y, let m)):
            return CivilDate(statedYear: y, month: m, day: 15).map(BoundValue.day) ?? value
        case (.start, .year(let y)):
            return CivilDate(statedYear: y, month: 1, day: 1).map(BoundValue.day) ?? value
        case (.middle, .year(let y)):
            return CivilDate(statedYear: y, month: 7, day: 1).map(BoundValue.day) ?? value
        case (.start, .hijriMonth(let y, let m)):
            return (try? HijriDate(year: y, month: m, day: 1)).map(BoundValue.hijriDay) ?? value
        case (.middle, .hijriMonth(let y, let m)):
            return (try? HijriDate(year: y, month: m, day: 15)).map(BoundValue.hijriDay) ?? value
        case (.start, .hijriYear(let y)):
            return (try? HijriDate(year: y, month: 1, day: 1)).map(BoundValue.hijriDay) ?? value
        default:
            return value
        }
    }

    /// A date without an edge.
    private static func parsePlain(_ tokens: [Token], at index: Int, _ context: Context, allowBareYear: Bool) -> DateMatch? {
        let issued = context.issued
        var j = index
        if j < tokens.count, isMonthWord(tokens[j].text), MonthNames.parse(tokens, at: j + 1) != nil {
            j += 1
        }
        if let numeric = parseNumeric(tokens, at: j) { return numeric }
        if let dayFirst = parseDayFirst(tokens, at: j, context) { return dayFirst }
        if let hijri = HijriPhrases.parse(tokens, at: j, context) { return hijri }
        var strictlyNext = false
        if j + 1 < tokens.count, tokens[j].isLatin, nextWords.contains(tokens[j].text) || pastWords.contains(tokens[j].text),
           MonthNames.parse(tokens, at: j + 1) != nil {
            if pastWords.contains(tokens[j].text) { return .noBound(next: j + 1) }
            strictlyNext = true  // "next March"
            j += 1
        }
        if let (month, next) = MonthNames.parse(tokens, at: j) {
            var k = next
            var day: Int?
            if k < tokens.count, let d = tokens[k].digits, (1...31).contains(d), !YearPhrases.isYear(d) {
                day = d
                k += 1
                if k < tokens.count, tokens[k].start == tokens[k - 1].end,
                   NumberWords.ordinalSuffixes.contains(tokens[k].text) { k += 1 }
                if k < tokens.count, tokens[k].text == "," || tokens[k].text == "\u{060C}" { k += 1 }
            }
            return withYear(month: month, day: day, tokens, at: k, context, strictlyNext: strictlyNext)
        }
        if let (offset, after) = relativeMonths.match(tokens, at: j) ?? (allowBareYear ? bareMonth.match(tokens, at: j) : nil) {
            guard let issued else { return nil }
            let month = issued.stated(addingMonths: offset)
            return month.map { DateMatch(value: .month(year: $0.year, month: $0.month), next: after) }
        }
        if let (year, after) = YearPhrases.parse(tokens, at: j, issued: issued, allowBare: allowBareYear) {
            guard case .year(let y) = year else { return .noBound(next: after) }
            return DateMatch(value: .year(y), next: after)
        }
        return nil
    }

    /// "27 أيلول 2024", "15 و16 نيسان 2024", "31st of March, 2025", "الثالث من آذار",
    /// "the twentieth of May". A run of days takes the last.
    private static func parseDayFirst(_ tokens: [Token], at index: Int, _ context: Context) -> DateMatch? {
        var day: Int
        var k: Int
        if index < tokens.count, let d = tokens[index].digits, (1...31).contains(d) {
            day = d
            k = index + 1
            if k < tokens.count, tokens[k].start == tokens[k - 1].end, NumberWords.ordinalSuffixes.contains(tokens[k].text) {
                k += 1
            }
            while k + 1 < tokens.count, ["و", "-", "and", ",", "\u{060C}"].contains(tokens[k].text),
                  let next = tokens[k + 1].digits, (1...31).contains(next) {
                day = next
                k += 2
            }
        } else if let (d, next) = DayOrdinals.parse(tokens, at: index) {
            (day, k) = (d, next)
        } else {
            return nil
        }
        if let (named, after) = monthNamedBefore(tokens, day: day, at: index, after: k, context) {
            return DateMatch(value: named, next: after)
        }
        if k < tokens.count, linkWords.contains(tokens[k].text) { k += 1 }
        guard let (month, afterMonth) = MonthNames.parse(tokens, at: k) else { return nil }
        var m = afterMonth
        if m < tokens.count, tokens[m].text == "," || tokens[m].text == "\u{060C}" { m += 1 }
        return withYear(month: month, day: day, tokens, at: m, context, strictlyNext: false)
    }

    /// "في حزيران المقبل قبل العشرين منه", "في شهر رمضان، قبل العاشر منه", "in July, by the
    /// twentieth of that month": a day of the month the sentence named just before. `index` is the
    /// day's first token, `k` the one after it; the month must end a few tokens before the day.
    private static func monthNamedBefore(_ tokens: [Token], day: Int, at index: Int, after k: Int,
                                         _ context: Context) -> (BoundValue, Int)? {
        guard let (_, after) = sameMonth.match(tokens, at: k) else { return nil }
        for start in stride(from: index - 1, through: max(0, index - monthReach), by: -1) {
            guard let named = parsePlain(tokens, at: start, Context(issued: context.issued), allowBareYear: false),
                  named.next <= index else { continue }
            guard !named.givesNoBound else { return nil }
            switch named.value {
            case .month(let y, let m):
                return CivilDate(statedYear: y, month: m, day: day).map { (.day($0), after) }
            case .hijriMonth(let y, let m):
                return (try? HijriDate(year: y, month: m, day: day)).map { (.hijriDay($0), after) }
            case .year:
                continue  // the year of the month: "في تموز 2026، قبل العشرين منه"
            default:
                return nil
            }
        }
        return nil
    }
    /// What refers back to the month just named, after a day.
    private static let sameMonth = PhraseTable<Bool>([
        ("منه", true), ("من الشهر نفسه", true), ("من نفس الشهر", true), ("من الشهر ذاته", true),
        ("of that month", true), ("of the same month", true),
    ], policy: .conjunction)
    /// How far before the day the month may be named.
    private static let monthReach = 12

    /// The year after a month (and day): written, relative ("من العام المقبل"), or, when absent,
    /// the first such month or day that has not passed on the date of issue.
    private static func withYear(month: Int, day: Int?, _ tokens: [Token], at k: Int, _ context: Context,
                                 strictlyNext: Bool) -> DateMatch? {
        var year: Int
        var next = k
        if let (reading, after) = YearPhrases.parse(tokens, at: k, issued: context.issued) {
            guard case .year(let y) = reading else { return .noBound(next: after) }
            (year, next) = (y, after)
        } else {
            var strictlyNext = strictlyNext
            switch yearlessSuffix(tokens, at: k) {
            case .next?:
                strictlyNext = true
                next += 1
            case .past?:
                return .noBound(next: k + 1)
            case nil:
                break
            }
            guard let issued = context.issued else { return nil }
            year = placeYear(month: month, day: day, today: (issued.year, issued.month, issued.day),
                             atStart: context.atStart, strictlyNext: strictlyNext)
        }
        guard let day else { return DateMatch(value: .month(year: year, month: month), next: next) }
        guard let civil = CivilDate(statedYear: year, month: month, day: day) else { return nil }
        return DateMatch(value: .day(civil), next: next)
    }

    enum YearlessSuffix { case next, past }

    /// After a month written without a year: "المقبل"/"next" names the next one, "الماضي" one past.
    static func yearlessSuffix(_ tokens: [Token], at k: Int) -> YearlessSuffix? {
        guard k < tokens.count else { return nil }
        if nextWords.contains(tokens[k].text) { return .next }
        return pastWords.contains(tokens[k].text) ? .past : nil
    }

    /// The year of a month (and day) written without one, `today` being the date of issue in the
    /// same calendar: the first such month or day not yet passed (not yet begun, for a bound at
    /// its start), or with "المقبل" the first after the month of issue. One rule for both calendars.
    static func placeYear(month: Int, day: Int?, today: (year: Int, month: Int, day: Int), atStart: Bool,
                          strictlyNext: Bool) -> Int {
        let late: Bool
        if strictlyNext {
            late = month <= today.month
        } else if let day {
            late = (month, day) < (today.month, today.day) || atStart && (month, day) == (today.month, today.day)
        } else {
            late = atStart ? month <= today.month : month < today.month
        }
        return today.year + (late ? 1 : 0)
    }

    /// "27/9/2024", "27-09-2024", "2024-09-27".
    private static func parseNumeric(_ tokens: [Token], at index: Int) -> DateMatch? {
        guard index + 4 < tokens.count, let a = tokens[index].digits,
              let b = tokens[index + 2].digits, let c = tokens[index + 4].digits else { return nil }
        let s1 = tokens[index + 1].text
        let s2 = tokens[index + 3].text
        guard s1 == s2, s1 == "/" || s1 == "-" || s1 == "." else { return nil }
        for k in index..<(index + 4) where tokens[k].end != tokens[k + 1].start { return nil }
        let isYear = YearPhrases.isYear
        let civil = isYear(a) ? CivilDate(statedYear: a, month: b, day: c) : (isYear(c) ? CivilDate(statedYear: c, month: b, day: a) : nil)
        guard let civil else { return nil }
        var next = index + 5
        if next < tokens.count, tokens[next].text == "م" { next += 1 }
        return DateMatch(value: .day(civil), next: next)
    }

    private static func isMonthWord(_ word: String) -> Bool {
        word == "شهر" || word == "الشهر" || word == "month" || word == "لشهر" || word == "وشهر"
    }

    static func words(_ list: [String]) -> Set<String> {
        Set(list.map(ArabicNormalizer.normalize))
    }
}
