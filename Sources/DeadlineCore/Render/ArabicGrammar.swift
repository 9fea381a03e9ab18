/// The parts of Arabic grammar that texts for people need: how a counted noun agrees with its
/// number and case, which verb form agrees with it, and how text of the other direction is kept
/// in order inside a right-to-left line.
enum ArabicGrammar {
    /// A unit of time as Arabic counts it: singular, dual (nominative and genitive), plural,
    /// accusative singular (the form after 11-99), and gender (which "one" and a verb agree with).
    struct Noun: Sendable {
        let singular: String
        let dual: String
        let dualGenitive: String
        let plural: String
        let accusative: String
        let feminine: Bool

        static let day = Noun(singular: "يوم", dual: "يومان", dualGenitive: "يومين", plural: "أيام", accusative: "يوماً", feminine: false)
        static let week = Noun(singular: "أسبوع", dual: "أسبوعان", dualGenitive: "أسبوعين", plural: "أسابيع", accusative: "أسبوعاً", feminine: false)
        static let month = Noun(singular: "شهر", dual: "شهران", dualGenitive: "شهرين", plural: "أشهر", accusative: "شهراً", feminine: false)
        static let year = Noun(singular: "سنة", dual: "سنتان", dualGenitive: "سنتين", plural: "سنوات", accusative: "سنةً", feminine: true)
        static let hour = Noun(singular: "ساعة", dual: "ساعتان", dualGenitive: "ساعتين", plural: "ساعات", accusative: "ساعةً", feminine: true)
        static let minute = Noun(singular: "دقيقة", dual: "دقيقتان", dualGenitive: "دقيقتين", plural: "دقائق", accusative: "دقيقةً", feminine: true)
        static let commitment = Noun(singular: "التزام", dual: "التزامان", dualGenitive: "التزامين", plural: "التزامات", accusative: "التزاماً", feminine: false)
        static let statement = Noun(singular: "بيان", dual: "بيانان", dualGenitive: "بيانين", plural: "بيانات", accusative: "بياناً", feminine: false)
        static let alert = Noun(singular: "تنبيه", dual: "تنبيهان", dualGenitive: "تنبيهين", plural: "تنبيهات", accusative: "تنبيهاً", feminine: false)
        static let second = Noun(singular: "ثانية", dual: "ثانيتان", dualGenitive: "ثانيتين", plural: "ثوانٍ", accusative: "ثانيةً", feminine: true)
    }

    /// Nominative where the count is a subject (بقي يومان), genitive after a preposition or
    /// كل (خلال شهرين، كل يومين).
    enum Case { case nominative, genitive }

    /// `count` of `noun` as the number requires: يوم واحد، يومان، ٣ أيام، ١١ يوماً، ١٠٠ يوم،
    /// ١٠٣ أيام، ساعة واحدة. One and two are words; other numbers are figures in `wording`'s digits.
    static func count(_ count: Int, _ noun: Noun, _ grammaticalCase: Case = .nominative, digits wording: Wording) -> String {
        switch count {
        case 1: return noun.singular + (noun.feminine ? " واحدة" : " واحد")
        case 2: return grammaticalCase == .nominative ? noun.dual : noun.dualGenitive
        default:
            let figure = wording.digits(in: String(count))
            switch count % 100 {
            case 3...10: return "\(figure) \(noun.plural)"
            case 11...99: return "\(figure) \(noun.accusative)"
            default: return "\(figure) \(noun.singular)"
            }
        }
    }

    /// "Every `count` `noun`": كل يوم، كل يومين، كل ٣ أيام، كل ٩٠ يوماً.
    static func every(_ count: Int, _ noun: Noun, digits wording: Wording) -> String {
        "كل " + (count == 1 ? noun.singular : self.count(count, noun, .genitive, digits: wording))
    }

    /// A span of the config in words, in the units it was written in (`written`: "12 months",
    /// "1 year", "3 weeks", "90d", "1d12h"): ١٢ شهراً، سنة واحدة، ٣ أسابيع، يوم واحد و١٢ ساعة.
    static func span(_ span: Span, as written: String, _ grammaticalCase: Case = .nominative, digits wording: Wording) -> String {
        let counted = parts(of: span, as: written).map { count($0.count, $0.noun, grammaticalCase, digits: wording) }
        return counted.isEmpty ? wording.digits(in: "0") : counted.joined(separator: " و")
    }

    /// "Every `span`": كل ٩٠ يوماً، كل يومين، كل شهر، كل يوم و١٢ ساعة.
    static func every(_ span: Span, as written: String, digits wording: Wording) -> String {
        let parts = parts(of: span, as: written)
        if parts.count == 1 { return every(parts[0].count, parts[0].noun, digits: wording) }
        return "كل " + self.span(span, as: written, .genitive, digits: wording)
    }

    /// The span's non-zero parts, largest unit first: years and weeks only when written so.
    private static func parts(of span: Span, as written: String) -> [(count: Int, noun: Noun)] {
        let years = written.contains("year") && span.months % 12 == 0
        let weeks = written.contains("w") && span.days % 7 == 0
        let all: [(count: Int, noun: Noun)] = [
            (years ? span.months / 12 : span.months, years ? .year : .month),
            (weeks ? span.days / 7 : span.days, weeks ? .week : .day),
            (Int(span.seconds / 3600), .hour), (Int(span.seconds % 3600 / 60), .minute), (Int(span.seconds % 60), .second),
        ]
        return all.filter { $0.count > 0 }
    }

    /// A verb before `count` `noun` as its subject, in the form that agrees with it: the
    /// feminine for a feminine noun and for 3-10 (a plural of things takes the feminine),
    /// else the masculine: بقيت ساعتان، بقيت ٣ أيام، بقي يومان، بقي ١١ يوماً.
    static func verb(masculine: String, feminine: String, agreeingWith count: Int, _ noun: Noun) -> String {
        noun.feminine || (3...10).contains(count % 100) && count >= 3 ? feminine : masculine
    }

    /// Left-to-right text (an id, a Gregorian date, a Latin name) inside Arabic: wrapped in a
    /// first-strong isolate, so a terminal, journalctl or a calendar shows it in its own order
    /// without reordering the Arabic around it.
    static func isolate(_ text: String) -> String {
        "\u{2068}" + text + "\u{2069}"
    }
}
