import CivilCalendar

/// A bound found in a sentence, with the tokens it spans so titles can leave it out.
struct BoundMatch: Equatable {
    /// Nil for a span counted from an event the statement does not date ("خلال ستين يوماً من
    /// انتهاء الحفر", "within six months of the election"): it ends an obligation of its own, but
    /// no day can be computed for it, and a day counted from the statement would be wrong.
    let bound: Bound?
    let tokens: Range<Int>
}

/// The words that turn a date or span into a limit ("في موعد أقصاه", "حتى", "no later than"),
/// and the reading of what follows them.
enum BoundPhrases {
    /// What a trigger accepts after it: "في"/"in" limit only a quarter or half of a year ("في
    /// الربع الثالث", "in the second half of 2027"); before a month or a year they as often
    /// date a report ("in May", "في عام 2019").
    private enum Accepts { case date, span, both, period }

    private static let triggers = PhraseTable<(Bound.Kind, Accepts)>([
        ("خلال", (.within, .both)), ("غضون", (.within, .span)), ("في غضون", (.within, .span)), ("في مدة", (.within, .span)),
        ("بعد", (.within, .span)),
        ("أقصاه", (.noLaterThan, .both)), ("أقصاها", (.noLaterThan, .both)),
        ("غايته", (.noLaterThan, .date)), ("غايتها", (.noLaterThan, .date)),
        ("لا يتجاوز", (.noLaterThan, .both)), ("لا تتجاوز", (.noLaterThan, .both)),
        ("ألا يتجاوز", (.noLaterThan, .both)), ("ألا تتجاوز", (.noLaterThan, .both)),
        ("أن لا يتجاوز", (.noLaterThan, .both)), ("أن لا تتجاوز", (.noLaterThan, .both)),
        ("لا يتعدى", (.noLaterThan, .both)), ("لا تتعدى", (.noLaterThan, .both)),
        ("ألا يتعدى", (.noLaterThan, .both)), ("ألا تتعدى", (.noLaterThan, .both)),
        ("بحلول", (.deadline, .date)), ("في أفق", (.deadline, .date)), ("قبل", (.before, .date)),
        ("في", (.deadline, .period)), ("in", (.deadline, .period)),
        ("حتى", (.until, .date)), ("لغاية", (.until, .date)), ("إلى غاية", (.until, .date)),
        ("اعتباراً من", (.from, .date)), ("ابتداءً من", (.from, .date)), ("بدءاً من", (.from, .date)),
        ("within", (.within, .both)), ("in the next", (.within, .span)), ("over the next", (.within, .span)),
        ("in the coming", (.within, .span)), ("over the coming", (.within, .span)),
        ("during", (.within, .both)), ("in the course of", (.within, .both)),
        ("no later than", (.noLaterThan, .both)), ("not later than", (.noLaterThan, .both)),
        ("not to exceed", (.noLaterThan, .both)), ("not exceeding", (.noLaterThan, .both)),
        ("by", (.deadline, .date)), ("before", (.before, .date)), ("prior to", (.before, .date)),
        ("until", (.until, .date)), ("till", (.until, .date)), ("through", (.until, .date)),
        ("starting from", (.from, .date)), ("starting", (.from, .date)), ("as of", (.from, .date)),
        ("as from", (.from, .date)), ("effective", (.from, .date)), ("from", (.from, .date)),
    ], policy: .conjunction)

    /// Words between a trigger and its date that add nothing: "في موعد أقصاه تاريخ ...", "قبل
    /// حلول شهر شوال", "على ألا يتجاوز ذلك آذار".
    private static let fillers: Set<String> = DatePhrases.words(["تاريخ", "موعد", "يوم", "حلول", "ذلك", "date", "the", "ال"])

    /// Every bound in the sentence, left to right; a trigger not followed by a date or span is
    /// ignored ("خلال الفترة الانتقالية", "قبل أن"), and so is one followed by a date the text puts
    /// in the past ("حتى آذار الماضي"). "في"/"in" limit a period only after a pledge ("ستفتتح ...
    /// في الربع الثالث"), not in a report ("ارتفعت الصادرات في الربع الأول، وستفتتح ...").
    /// `issued` places dates written without a year.
    static func find(in tokens: [Token], issued: CivilDate?) -> [BoundMatch] {
        var found: [BoundMatch] = []
        let firstPledge = CommitmentCues.firstPledge(in: tokens) ?? tokens.count
        var i = 0
        while i < tokens.count {
            var trigger = triggers.match(tokens, at: i)
            if let ((_, accepts), _) = trigger, accepts == .period, firstPledge > i { trigger = nil }
            guard let ((kind, accepts), afterTrigger) = trigger ?? edgeWithBa(tokens, at: i),
                  let (reading, next) = read(tokens, at: afterTrigger, kind: kind, accepts: accepts, issued: issued) else {
                i += 1
                continue
            }
            switch reading {
            case .bound(let bound): found.append(BoundMatch(bound: bound, tokens: i..<next))
            case .fromEvent: found.append(BoundMatch(bound: nil, tokens: i..<next))
            case .past: break
            }
            i = next
        }
        return found
    }

    /// "بنهاية العام", "بمطلع 2027", "مع نهاية الشهر المقبل": ب or مع on a period edge reads "by",
    /// and the edge is part of the date.
    private static func edgeWithBa(_ tokens: [Token], at i: Int) -> ((Bound.Kind, Accepts), Int)? {
        let word = tokens[i].text
        if word == "مع", i + 1 < tokens.count, edgesTakingBa.contains(tokens[i + 1].text) { return ((.deadline, .date), i + 1) }
        guard word.hasPrefix("ب"), edgesTakingBa.contains(String(word.unicodeScalars.dropFirst())) else { return nil }
        return ((.deadline, .date), i)
    }
    private static let edgesTakingBa: Set<String> = DatePhrases.words([
        "نهاية", "أواخر", "ختام", "متم", "موفى", "مطلع", "بداية", "أوائل", "مستهل", "منتصف", "أواسط",
    ])

    /// What a trigger and the words after it say.
    private enum Reading {
        case bound(Bound)
        /// A date the text puts in the past.
        case past
        /// A span counted from an event the text does not date.
        case fromEvent
    }

    /// "خلال عام 2025" (during 2025) and "قبل نهاية 2025" (before the end of 2025) both mean
    /// by the end of that period: they become deadlines.
    private static func read(_ tokens: [Token], at index: Int, kind: Bound.Kind, accepts: Accepts,
                             issued: CivilDate?) -> (Reading, Int)? {
        if accepts != .span {
            var j = index
            while j < tokens.count, fillers.contains(tokens[j].text), j - index < 3 { j += 1 }
            let looksAtStart = kind == .before || kind == .from
            if let date = DatePhrases.parse(tokens, at: j, .init(issued: issued, atStart: looksAtStart)),
               accepts != .period || date.isPeriod {
                guard !date.givesNoBound else { return (.past, date.next) }
                let readsAsDeadline = kind == .within || (kind == .before && date.atEnd)
                let dateKind: Bound.Kind = readsAsDeadline ? .deadline : kind
                let atStart = dateKind == .before || dateKind == .from
                return (.bound(Bound(kind: dateKind, value: atStart ? date.start ?? date.value : date.value)), date.next)
            }
        }
        if accepts == .span || accepts == .both, let span = SpanPhrases.parse(tokens, at: index) {
            guard !span.fromEvent else { return (.fromEvent, span.next) }
            return (.bound(Bound(kind: .within, value: .span(count: span.count, unit: span.unit))), span.next)
        }
        return nil
    }
}
