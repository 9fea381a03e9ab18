import CivilCalendar

/// A date found in the text and the index after it.
struct DateMatch: Equatable {
    let value: BoundValue
    let next: Int
    /// True for "نهاية/أواخر/the end of": a limit before the end of a period is a deadline at it.
    var atEnd = false
}

/// Reads calendar dates at the precision the text gives: "أيلول 2025" is a month, "2025" a year,
/// "27 أيلول 2024" or "March 31, 2025" a day. Period edges keep or sharpen the precision:
/// the end of a month is that month; its start or middle is the 1st or the 15th.
enum DatePhrases {
    enum Edge { case end, start, middle }

    private static let edges = PhraseTable<Edge>([
        ("نهاية", .end), ("أواخر", .end), ("آخر", .end), ("ختام", .end), ("end of", .end),
        ("the end of", .end), ("late", .end), ("close of", .end), ("the close of", .end),
        ("مطلع", .start), ("بداية", .start), ("أوائل", .start), ("مستهل", .start), ("بدء", .start),
        ("beginning of", .start), ("the beginning of", .start), ("start of", .start),
        ("the start of", .start), ("early", .start),
        ("منتصف", .middle), ("أواسط", .middle), ("middle of", .middle), ("the middle of", .middle),
        ("mid", .middle),
    ], policy: .full)

    /// Words that may stand between an edge or trigger and the date: "نهاية شهر أيلول",
    /// "مطلع عام 2025", "the end of the year 2025".
    private static let yearWords: Set<String> = words(["عام", "العام", "لعام", "سنة", "السنة", "لسنة", "year", "the"])
    private static let linkWords: Set<String> = words(["من", "of"])

    static func parse(_ tokens: [Token], at index: Int) -> DateMatch? {
        var j = index
        if j < tokens.count, tokens[j].text == "the" { j += 1 }
        var edge: Edge?
        if let (found, next) = edges.match(tokens, at: j) {
            edge = found
            j = next
            if j < tokens.count, tokens[j].text == "-" || tokens[j].text == "of" { j += 1 }
        }
        guard let plain = parsePlain(tokens, at: j) else { return nil }
        guard let edge else { return plain }
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
        default:
            return value
        }
    }

    /// A date without an edge.
    private static func parsePlain(_ tokens: [Token], at index: Int) -> DateMatch? {
        var j = index
        if j < tokens.count, isMonthWord(tokens[j].text), MonthNames.parse(tokens, at: j + 1) != nil {
            j += 1
        }
        if let numeric = parseNumeric(tokens, at: j) { return numeric }
        if let dayFirst = parseDayFirst(tokens, at: j) { return dayFirst }
        if let (month, next) = MonthNames.parse(tokens, at: j) {
            var k = next
            var day: Int?
            if k < tokens.count, let d = tokens[k].digits, (1...31).contains(d), !isYear(d) {
                day = d
                k += 1
                if k < tokens.count, tokens[k].start == tokens[k - 1].end,
                   NumberWords.ordinalSuffixes.contains(tokens[k].text) { k += 1 }
                if k < tokens.count, tokens[k].text == "," || tokens[k].text == "\u{060C}" { k += 1 }
            }
            guard let (year, after) = parseYear(tokens, at: k) else { return nil }
            if let day {
                guard let civil = CivilDate(statedYear: year, month: month, day: day) else { return nil }
                return DateMatch(value: .day(civil), next: after)
            }
            return DateMatch(value: .month(year: year, month: month), next: after)
        }
        if let (year, after) = parseYear(tokens, at: j) {
            return DateMatch(value: .year(year), next: after)
        }
        return nil
    }

    /// "27 أيلول 2024", "15 و16 نيسان 2024", "31st of March, 2025". A run of days takes the last.
    private static func parseDayFirst(_ tokens: [Token], at index: Int) -> DateMatch? {
        guard index < tokens.count, var day = tokens[index].digits, (1...31).contains(day) else { return nil }
        var k = index + 1
        if k < tokens.count, tokens[k].start == tokens[k - 1].end, NumberWords.ordinalSuffixes.contains(tokens[k].text) {
            k += 1
        }
        while k + 1 < tokens.count, ["و", "-", "and", ",", "\u{060C}"].contains(tokens[k].text),
              let next = tokens[k + 1].digits, (1...31).contains(next) {
            day = next
            k += 2
        }
        if k < tokens.count, linkWords.contains(tokens[k].text) { k += 1 }
        guard let (month, afterMonth) = MonthNames.parse(tokens, at: k) else { return nil }
        var m = afterMonth
        if m < tokens.count, tokens[m].text == "," || tokens[m].text == "\u{060C}" { m += 1 }
        guard let (year, after) = parseYear(tokens, at: m), let civil = CivilDate(statedYear: year, month: month, day: day) else {
            return nil
        }
        return DateMatch(value: .day(civil), next: after)
    }

    /// "27/9/2024", "27-09-2024", "2024-09-27".
    private static func parseNumeric(_ tokens: [Token], at index: Int) -> DateMatch? {
        guard index + 4 < tokens.count, let a = tokens[index].digits,
              let b = tokens[index + 2].digits, let c = tokens[index + 4].digits else { return nil }
        let s1 = tokens[index + 1].text
        let s2 = tokens[index + 3].text
        guard s1 == s2, s1 == "/" || s1 == "-" || s1 == "." else { return nil }
        for k in index..<(index + 4) where tokens[k].end != tokens[k + 1].start { return nil }
        let civil = isYear(a) ? CivilDate(statedYear: a, month: b, day: c) : (isYear(c) ? CivilDate(statedYear: c, month: b, day: a) : nil)
        guard let civil else { return nil }
        var next = index + 5
        if next < tokens.count, tokens[next].start == tokens[next - 1].end, tokens[next].text == "م" { next += 1 }
        return DateMatch(value: .day(civil), next: next)
    }

    /// A four-digit year between 1900 and 2199, optionally after "من عام" and with the "م" of the
    /// Gregorian era.
    static func parseYear(_ tokens: [Token], at index: Int) -> (year: Int, next: Int)? {
        var k = index
        if k < tokens.count, tokens[k].text == "من" || tokens[k].text == "of" { k += 1 }
        if k < tokens.count, yearWords.contains(tokens[k].text) {
            k += 1
            if k < tokens.count, tokens[k].text == "year" { k += 1 }
        }
        guard k < tokens.count, tokens[k].text.unicodeScalars.count == 4, let year = tokens[k].digits, isYear(year) else {
            return nil
        }
        var next = k + 1
        if next < tokens.count, tokens[next].start == tokens[k].end, tokens[next].text == "م" { next += 1 }
        return (year, next)
    }

    static func isYear(_ n: Int) -> Bool { (1900...2199).contains(n) }

    private static func isMonthWord(_ word: String) -> Bool {
        word == "شهر" || word == "الشهر" || word == "month" || word == "لشهر" || word == "وشهر"
    }

    static func words(_ list: [String]) -> Set<String> {
        Set(list.map(ArabicNormalizer.normalize))
    }
}
