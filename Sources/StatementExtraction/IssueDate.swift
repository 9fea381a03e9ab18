import CivilCalendar

/// Finds the date of issue when the statement writes it in full: "اليوم الجمعة 27 أيلول 2024",
/// "بتاريخ 27/9/2024", "today, Friday, 27 September 2024", "issued on ...", or a dateline
/// ("بغداد، 27 أيلول 2024"). "اليوم الجمعة" alone names a weekday, not a date, so it gives
/// nothing; when a weekday is named next to a date it must agree with it.
enum IssueDate {
    private static let markers = PhraseTable<Bool>([
        ("اليوم", true), ("بتاريخ", true), ("صدر في", true), ("صدر يوم", true), ("today", true),
        ("dated", true), ("issued on", true), ("issued", true),
    ], policy: .conjunction)

    private static let weekdays: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        let names: [(String, Weekday)] = [
            ("الاثنين", .monday), ("الثلاثاء", .tuesday), ("الأربعاء", .wednesday), ("الخميس", .thursday),
            ("الجمعة", .friday), ("السبت", .saturday), ("الأحد", .sunday), ("monday", .monday),
            ("tuesday", .tuesday), ("wednesday", .wednesday), ("thursday", .thursday), ("friday", .friday),
            ("saturday", .saturday), ("sunday", .sunday),
        ]
        for (name, number) in names { table[ArabicNormalizer.normalize(name)] = number }
        return table
    }()

    private static let skippable: Set<String> = DatePhrases.words([",", "\u{060C}", "-", "يوم", "on", "the", "الموافق", "الـ"])

    /// How many words of place name may precede a dateline's date.
    private static let datelineReach = 4

    static func find(in sentences: [Sentence]) -> CivilDate? {
        for sentence in sentences {
            let tokens = sentence.tokens
            var i = 0
            while i < tokens.count {
                if let (_, next) = markers.match(tokens, at: i), let day = date(after: next, in: tokens) {
                    return day
                }
                i += 1
            }
        }
        for sentence in sentences.prefix(2) {
            if let day = dateline(sentence.tokens) { return day }
        }
        return nil
    }

    /// "بغداد، 15 كانون الثاني 2025" or "Washington, March 3, 2025": a day-precision date that
    /// opens the text or follows a place name and a comma.
    private static func dateline(_ tokens: [Token]) -> CivilDate? {
        var start = 0
        while start < min(datelineReach, tokens.count), tokens[start].kind == .word { start += 1 }
        if start > 0 {
            guard start < tokens.count, tokens[start].text == "," || tokens[start].text == "\u{060C}" else { return nil }
            start += 1
        }
        guard let match = DatePhrases.parse(tokens, at: start), case .day(let day) = match.value else { return nil }
        return day
    }

    /// A full date a few tokens after a marker, checked against a named weekday.
    private static func date(after index: Int, in tokens: [Token]) -> CivilDate? {
        var j = index
        var weekday: Weekday?
        while j < tokens.count, j - index < 6 {
            let word = tokens[j].text
            if let named = weekdays[word] {
                weekday = named
            } else if !skippable.contains(word) {
                break
            }
            j += 1
        }
        guard let match = DatePhrases.parse(tokens, at: j), case .day(let day) = match.value else { return nil }
        if let weekday, weekday != day.weekday { return nil }
        return day
    }
}
