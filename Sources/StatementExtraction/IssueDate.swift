import CivilCalendar
import Hijri

/// Finds the date of issue when the statement writes it in full: "اليوم الجمعة 27 أيلول 2024",
/// "بتاريخ 27/9/2024", "today, Friday, 27 September 2024", "issued on ...", or a dateline
/// ("بغداد، 27 أيلول 2024"). "اليوم الجمعة" alone names a weekday, not a date, so it gives
/// nothing; when a weekday is named next to a date it must agree with it.
enum IssueDate {
    /// Words before the date of issue; `true` when a weekday must follow them, as after "يوم"
    /// ("أعلن الوزير، يوم الخميس 19 مارس 2026، ...").
    private static let markers = PhraseTable<Bool>([
        ("اليوم", false), ("بتاريخ", false), ("صدر في", false), ("صدر يوم", false), ("today", false),
        ("dated", false), ("issued on", false), ("issued", false), ("يوم", true),
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
    /// What separates a dateline's place from its date: "بغداد، ...", "القاهرة - ...", "الرياض في ...".
    private static let separators: Set<String> = DatePhrases.words([
        ",", "\u{060C}", "-", "\u{2013}", "\u{2014}", "/", ":", "في", "on",
    ])
    /// What may follow a dateline's date: the text begins after a dash, a colon or the agency.
    private static let datelineEnds: Set<String> = ["-", "\u{2013}", "\u{2014}", ":", "(", "/"]
    /// Between a Hijri date and its Gregorian equivalent: "1447هـ الموافق 22 فبراير 2026م".
    private static let equivalence: Set<String> = DatePhrases.words(["الموافق", "الموافقة", "(", ")", "-", ",", "\u{060C}", "م"])

    /// How many words of place name may precede a dateline's date.
    private static let datelineReach = 4

    /// A dateline and where the text after it starts.
    struct Dateline {
        let day: CivilDate
        /// The sentence that opens with it, and the index of its first token after the dateline,
        /// its agency and the dash that closes it.
        let sentence: Int
        let end: Int
    }

    /// The dateline of the first two sentences, if one has one.
    static func dateline(in sentences: [Sentence]) -> Dateline? {
        for (index, sentence) in sentences.prefix(2).enumerated() {
            if let (day, next) = dateline(sentence.tokens) {
                return Dateline(day: day, sentence: index, end: afterDateline(sentence.tokens, from: next))
            }
        }
        return nil
    }

    /// The date of issue: one written after a marker ("اليوم", "بتاريخ", "issued on") anywhere,
    /// else the dateline's, else one after "يوم" and a weekday, which may also date an event.
    static func find(in sentences: [Sentence]) -> CivilDate? {
        marked(in: sentences, weekdayMarkers: false) ?? dateline(in: sentences)?.day
            ?? marked(in: sentences, weekdayMarkers: true)
    }

    private static func marked(in sentences: [Sentence], weekdayMarkers: Bool) -> CivilDate? {
        for sentence in sentences {
            let tokens = sentence.tokens
            for i in tokens.indices {
                guard let (needsWeekday, next) = markers.match(tokens, at: i), needsWeekday == weekdayMarkers,
                      !needsWeekday || next < tokens.count && weekdays[tokens[next].text] != nil,
                      let (day, _) = date(after: next, in: tokens) else { continue }
                return day
            }
        }
        return nil
    }

    /// Skips what closes a dateline: "(أ ش أ) -", "/ وام /", "–", ":".
    private static func afterDateline(_ tokens: [Token], from index: Int) -> Int {
        var k = index
        while k < tokens.count {
            let text = tokens[k].text
            if text == "(" || text == "/", let close = tokens[(k + 1)...].prefix(8).firstIndex(where: { $0.text == (text == "(" ? ")" : "/") }) {
                k = close + 1
            } else if datelineEnds.contains(text) || text == "," || text == "\u{060C}" {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// A day-precision date that opens the text or follows a place name: "بغداد، 15 كانون الثاني
    /// 2025", "الرياض (واس) - الأحد 15 آذار 2026", "القاهرة في 12 يناير 2026 -", "Washington,
    /// March 3, 2025", "الرباط، 5 رمضان 1447هـ الموافق 22 فبراير 2026م".
    private static func dateline(_ tokens: [Token]) -> (CivilDate, Int)? {
        var start = 0
        while start < min(datelineReach, tokens.count), tokens[start].kind == .word,
              weekdays[tokens[start].text] == nil, !separators.contains(tokens[start].text) {
            start += 1
        }
        let place = start
        if start < tokens.count, tokens[start].text == "(",
           let close = tokens[start...].prefix(6).firstIndex(where: { $0.text == ")" }) {
            start = close + 1  // the agency: "(واس)", "(Reuters)"
        }
        var separated = false
        while start < tokens.count, separators.contains(tokens[start].text) {
            separated = separated || tokens[start].text != "في" && tokens[start].text != "on"
            start += 1
            if tokens[start - 1].text == "/", let close = agencyEnd(tokens, from: start) {
                start = close  // the agency between slashes, before the date: "بغداد / واع / الأحد ..."
            }
        }
        guard let (day, next) = date(after: start, in: tokens) else { return nil }
        if place > 0, !separated {
            // "الرياض في 15 آذار 2026 - ...": without a comma or dash, the date must close the dateline.
            guard next < tokens.count, datelineEnds.contains(tokens[next].text) else { return nil }
        }
        return (day, next)
    }

    /// After the slash that opens "/ واع /", the index after the slash that closes it: a few
    /// words and nothing else, so a date after a slash ("بغداد / 10 أيار") is not taken for one.
    private static func agencyEnd(_ tokens: [Token], from index: Int) -> Int? {
        var k = index
        while k < tokens.count, k - index < 3, tokens[k].kind == .word, weekdays[tokens[k].text] == nil { k += 1 }
        guard k > index, k < tokens.count, tokens[k].text == "/" else { return nil }
        return k + 1
    }

    /// A full date a few tokens after a marker, checked against a named weekday, and the index
    /// after it. A Hijri date followed by its Gregorian equivalent gives the Gregorian one; alone,
    /// the day it falls on in the Umm al-Qura table.
    private static func date(after index: Int, in tokens: [Token]) -> (CivilDate, Int)? {
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
        var hijriDay: (CivilDate, Int)?
        if let hijri = HijriPhrases.parse(tokens, at: j, DatePhrases.Context()), case .hijriDay(let date) = hijri.value {
            hijriDay = (CivilDate(daysSinceEpoch: Int64(date.dayNumber)), hijri.next)
            j = hijri.next
            while j < tokens.count, j - hijri.next < 4, equivalence.contains(tokens[j].text) { j += 1 }
        }
        var found = hijriDay
        if let match = DatePhrases.parse(tokens, at: j, issued: nil), case .day(let day) = match.value {
            found = (day, match.next)
        }
        guard let found else { return nil }
        if let weekday, weekday != found.0.weekday { return nil }
        return found
    }
}
