/// Reads counts written in digits or in words, Arabic ("الاثني عشر", "خمسة وعشرين", "مئة وعشرين",
/// "ثلاثة آلاف") or English ("twelve", "twenty-one", "one thousand two hundred"), as statements
/// write the length of a span: up to the thousands.
enum NumberWords {
    /// Arabic units and tens; 11-19 are a unit followed by عشر/عشرة.
    static let arabic: [String: Int] = normalizedTable([
        "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1,
        "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
        "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
        "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
        "عشر": 10, "عشرة": 10,
        "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
        "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
        "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    ])

    /// Hundreds as one word: "مئة", "مئتين", and the compounds "ثلاثمائة" ... "تسعمئة".
    private static let arabicHundreds: [String: Int] = {
        var table: [String: Int] = ["مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200,
                                    "مائتان": 200, "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200]
        for (unit, value) in [("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                              ("ثماني", 8), ("تسع", 9)] {
            table[unit + "مئة"] = value * 100
            table[unit + "مائة"] = value * 100
        }
        return normalizedTable(table)
    }()
    private static let arabicHundredWords: Set<String> = DatePhrases.words(["مئة", "مائة"])
    private static let arabicThousands: [String: Int] = normalizedTable([
        "ألف": 1000, "ألفا": 1000, "ألفين": 2000, "ألفان": 2000, "ألفي": 2000,
    ])
    /// "آلاف" counts 3 to 10 thousands; "ألف" counts 11 and more.
    private static let arabicThousandsPlural: Set<String> = DatePhrases.words(["آلاف"])
    private static let arabicThousandSingular: Set<String> = DatePhrases.words(["ألف", "ألفا"])

    static let english: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "م"]

    /// The number starting at `index` and the index after it.
    static func parse(_ tokens: [Token], at index: Int) -> (value: Int, next: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard let value = token.digits else { return nil }
            var next = index + 1
            if next < tokens.count, tokens[next].start == token.end, ordinalSuffixes.contains(tokens[next].text) {
                next += 1
            }
            return (value, next)
        }
        if token.isLatin {
            return parseEnglish(tokens, at: index)
        }
        return parseArabic(tokens, at: index)
    }

    /// The value of one Arabic number word below a hundred, with or without the article
    /// ("الاثني", "الـ").
    static func arabicValue(_ word: String) -> Int? {
        if let value = arabic[word] { return value }
        for prefix in ["ال", "لل", "بال", "وال"] where word.hasPrefix(prefix) {
            if let value = arabic[String(word.unicodeScalars.dropFirst(prefix.unicodeScalars.count))] {
                return value
            }
        }
        return nil
    }

    /// Thousands, then hundreds, then units and tens, each joined to the one before by و:
    /// "ألف وخمسمائة وعشرين" is 1520.
    private static func parseArabic(_ tokens: [Token], at index: Int) -> (value: Int, next: Int)? {
        guard var (value, next, scale) = arabicTerm(tokens, at: index, word: tokens[index].text) else { return nil }
        while scale > 1, next < tokens.count, let rest = withoutConjunction(tokens[next].text),
              let (more, after, smaller) = arabicTerm(tokens, at: next, word: rest), smaller < scale {
            value += more
            next = after
            scale = smaller
        }
        return (value, next)
    }

    /// One term of an Arabic number and its scale: below a hundred (1), hundreds (100) or
    /// thousands (1000). `word` is the first token's text, without its conjunction when it joins.
    private static func arabicTerm(_ tokens: [Token], at index: Int, word: String) -> (Int, Int, Int)? {
        var value: Int
        var next = index + 1
        var scale: Int
        if let hundreds = arabicHundreds[word] {
            (value, scale) = (hundreds, 100)
        } else if let thousands = arabicThousands[word] {
            return (thousands, next, 1000)
        } else if let unit = arabicValue(word) {
            (value, scale) = (unit, 1)
            if unit < 10, next < tokens.count, arabicValue(tokens[next].text) == 10 {
                value = unit + 10
                next += 1
            } else if unit < 10, next < tokens.count, let tensWord = withoutConjunction(tokens[next].text),
                      let tens = arabicValue(tensWord), tens >= 20 {
                value = unit + tens
                next += 1
            } else if unit < 10, next < tokens.count, arabicHundredWords.contains(tokens[next].text) {
                (value, scale) = (unit * 100, 100)  // "ثلاث مائة"
                next += 1
            }
        } else {
            return nil
        }
        if next < tokens.count {
            let after = tokens[next].text
            if (3...10).contains(value) && arabicThousandsPlural.contains(after)
                || value >= 11 && arabicThousandSingular.contains(after) {
                (value, scale) = (value * 1000, 1000)
                next += 1
            }
        }
        return (value, next, scale)
    }

    private static func withoutConjunction(_ word: String) -> String? {
        guard word.hasPrefix("و"), word.unicodeScalars.count > 2 else { return nil }
        return String(word.unicodeScalars.dropFirst())
    }

    /// "twenty-one", "one hundred and twenty", "a thousand", "two thousand five hundred".
    private static func parseEnglish(_ tokens: [Token], at index: Int) -> (value: Int, next: Int)? {
        guard let (value, next) = englishBelowThousand(tokens, at: index) else { return nil }
        return englishScaled(tokens, first: value, at: next, by: ("thousand", 1000), rest: englishBelowThousand)
    }

    private static func englishBelowThousand(_ tokens: [Token], at index: Int) -> (value: Int, next: Int)? {
        guard index < tokens.count else { return nil }
        let scale: Set<String> = ["hundred", "thousand"]
        if ["a", "an"].contains(tokens[index].text), index + 1 < tokens.count, scale.contains(tokens[index + 1].text) {
            return englishHundreds(tokens, first: 1, at: index + 1)
        }
        guard let (value, next) = englishBelowHundred(tokens, at: index) else { return nil }
        return value < 10 ? englishHundreds(tokens, first: value, at: next) : (value, next)
    }

    private static func englishHundreds(_ tokens: [Token], first: Int, at index: Int) -> (value: Int, next: Int) {
        englishScaled(tokens, first: first, at: index, by: ("hundred", 100), rest: englishBelowHundred)
    }

    /// `first` times the scale when its word follows ("five hundred", "two thousand"), then an
    /// optional "and" and the smaller rest; `first` alone otherwise.
    private static func englishScaled(_ tokens: [Token], first: Int, at index: Int, by scale: (word: String, value: Int),
                                      rest: ([Token], Int) -> (value: Int, next: Int)?) -> (value: Int, next: Int) {
        guard index < tokens.count, tokens[index].text == scale.word else { return (first, index) }
        var k = index + 1
        if k < tokens.count, tokens[k].text == "and" { k += 1 }
        guard let (more, after) = rest(tokens, k) else { return (first * scale.value, index + 1) }
        return (first * scale.value + more, after)
    }

    private static func englishBelowHundred(_ tokens: [Token], at index: Int) -> (value: Int, next: Int)? {
        guard index < tokens.count, var value = english[tokens[index].text] else { return nil }
        var next = index + 1
        if value >= 20 {
            var k = next
            if k < tokens.count, tokens[k].text == "-" { k += 1 }
            if k < tokens.count, let unit = english[tokens[k].text], unit < 10 {
                value += unit
                next = k + 1
            }
        }
        return (value, next)
    }

    static func normalizedTable(_ table: [String: Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (key, value) in table { result[ArabicNormalizer.normalize(key)] = value }
        return result
    }
}
