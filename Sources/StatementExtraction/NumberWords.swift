/// Reads counts written in digits or in words, Arabic ("الاثني عشر", "خمسة وعشرين") or English
/// ("twelve", "twenty-one"), as statements write the length of a span.
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
        "مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200, "مائتان": 200,
    ])

    static let english: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100,
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
        if let value = english[token.text] {
            return parseEnglish(tokens, at: index, first: value)
        }
        guard let unit = arabicValue(token.text) else { return nil }
        var next = index + 1
        var value = unit
        if unit < 10, next < tokens.count, let ten = arabicValue(tokens[next].text), ten == 10 {
            value = unit + 10
            next += 1
        } else if unit < 10, next < tokens.count, tokens[next].text.hasPrefix("و"),
                  let tens = arabicValue(String(tokens[next].text.unicodeScalars.dropFirst())),
                  tens >= 20, tens < 100 {
            value = unit + tens
            next += 1
        }
        return (value, next)
    }

    /// The value of one Arabic number word, with or without the article ("الاثني", "الـ").
    static func arabicValue(_ word: String) -> Int? {
        if let value = arabic[word] { return value }
        for prefix in ["ال", "لل", "بال", "وال"] where word.hasPrefix(prefix) {
            if let value = arabic[String(word.unicodeScalars.dropFirst(prefix.unicodeScalars.count))] {
                return value
            }
        }
        return nil
    }

    /// "twenty-one", "twenty one", "one hundred and twenty".
    private static func parseEnglish(_ tokens: [Token], at index: Int, first: Int,
                                     allowHundred: Bool = true) -> (value: Int, next: Int) {
        var value = first
        var next = index + 1
        if value >= 20, value < 100 {
            var k = next
            if k < tokens.count, tokens[k].text == "-" { k += 1 }
            if k < tokens.count, let unit = english[tokens[k].text], unit < 10 {
                value += unit
                next = k + 1
            }
        }
        if allowHundred, value < 10, next < tokens.count, tokens[next].text == "hundred" {
            value *= 100
            next += 1
            var k = next
            if k < tokens.count, tokens[k].text == "and" { k += 1 }
            if k < tokens.count, let rest = english[tokens[k].text], rest < 100 {
                let after = parseEnglish(tokens, at: k, first: rest, allowHundred: false)
                value += after.value
                next = after.next
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
