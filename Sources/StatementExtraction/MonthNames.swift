/// Month names as Arabic and English news write them: the Levantine/Iraqi set (أيلول), the
/// Egyptian/Gulf set (سبتمبر), the Algerian/Tunisian (جويلية) and Moroccan (شتنبر) forms, "الشهر التاسع", dual spellings such as
/// "أيلول/سبتمبر" or "أيلول (سبتمبر)", and English names with their abbreviations.
enum MonthNames {
    private static let names = PhraseTable<Int>([
        ("كانون الثاني", 1), ("كانون ثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4),
        ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
        ("تشرين الأول", 10), ("تشرين أول", 10), ("تشرين الثاني", 11), ("تشرين ثاني", 11),
        ("كانون الأول", 12), ("كانون أول", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4),
        ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8),
        ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        ("ماي", 5), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
        ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
        ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ], policy: .conjunction)

    private static let ordinals = PhraseTable<Int>([
        ("الأول", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5), ("السادس", 6),
        ("السابع", 7), ("الثامن", 8), ("التاسع", 9), ("العاشر", 10), ("الحادي عشر", 11),
        ("الثاني عشر", 12),
    ], policy: .conjunction)

    private static let monthWords: Set<String> = ["شهر", "الشهر"]

    /// A month name, or "شهر/الشهر" + ordinal or number, at `index`.
    static func parse(_ tokens: [Token], at index: Int) -> (month: Int, next: Int)? {
        if let (month, next) = names.match(tokens, at: index) {
            return (month, skipAlternative(tokens, at: dropAbbreviationDot(tokens, at: next)))
        }
        guard index + 1 < tokens.count, monthWords.contains(stripConjunction(tokens[index].text)) else {
            return nil
        }
        if let (month, next) = ordinals.match(tokens, at: index + 1) { return (month, next) }
        if let value = tokens[index + 1].digits, (1...12).contains(value) { return (value, index + 2) }
        return nil
    }

    /// "أيلول/سبتمبر", "أيلول (سبتمبر)", "أيلول - سبتمبر": the second name repeats the first.
    private static func skipAlternative(_ tokens: [Token], at index: Int) -> Int {
        guard index < tokens.count else { return index }
        let separator = tokens[index].text
        guard separator == "/" || separator == "(" || separator == "-" else { return index }
        guard let (_, next) = names.match(tokens, at: index + 1) else { return index }
        if separator == "(", next < tokens.count, tokens[next].text == ")" { return next + 1 }
        return next
    }

    /// "Sept." keeps its dot attached.
    private static func dropAbbreviationDot(_ tokens: [Token], at index: Int) -> Int {
        if index < tokens.count, index > 0, tokens[index].text == ".", tokens[index].start == tokens[index - 1].end {
            return index + 1
        }
        return index
    }

    static func stripConjunction(_ word: String) -> String {
        if word.hasPrefix("و"), word.unicodeScalars.count > 3 { return String(word.unicodeScalars.dropFirst()) }
        return word
    }
}
