/// A bound found in a sentence, with the tokens it spans so titles can leave it out.
struct BoundMatch: Equatable {
    let bound: Bound
    let tokens: Range<Int>
}

/// The words that turn a date or span into a limit ("في موعد أقصاه", "حتى", "no later than"),
/// and the reading of what follows them.
enum BoundPhrases {
    /// What a trigger accepts after it.
    private enum Accepts { case date, span, both }

    private static let triggers = PhraseTable<(Bound.Kind, Accepts)>([
        ("خلال", (.within, .both)), ("غضون", (.within, .span)), ("في مدة", (.within, .span)),
        ("بعد", (.within, .span)),
        ("أقصاه", (.noLaterThan, .both)), ("أقصاها", (.noLaterThan, .both)),
        ("لا يتجاوز", (.noLaterThan, .both)), ("لا تتجاوز", (.noLaterThan, .both)),
        ("ألا يتجاوز", (.noLaterThan, .both)), ("ألا تتجاوز", (.noLaterThan, .both)),
        ("أن لا يتجاوز", (.noLaterThan, .both)), ("أن لا تتجاوز", (.noLaterThan, .both)),
        ("لا يتعدى", (.noLaterThan, .both)), ("لا تتعدى", (.noLaterThan, .both)),
        ("ألا يتعدى", (.noLaterThan, .both)), ("ألا تتعدى", (.noLaterThan, .both)),
        ("بحلول", (.deadline, .date)), ("قبل", (.before, .date)),
        ("حتى", (.until, .date)), ("لغاية", (.until, .date)), ("إلى غاية", (.until, .date)),
        ("اعتباراً من", (.from, .date)), ("ابتداءً من", (.from, .date)), ("بدءاً من", (.from, .date)),
        ("within", (.within, .both)), ("in the next", (.within, .span)), ("over the next", (.within, .span)),
        ("in the coming", (.within, .span)), ("over the coming", (.within, .span)),
        ("during the next", (.within, .span)),
        ("no later than", (.noLaterThan, .both)), ("not later than", (.noLaterThan, .both)),
        ("not to exceed", (.noLaterThan, .both)), ("not exceeding", (.noLaterThan, .both)),
        ("by", (.deadline, .date)), ("before", (.before, .date)), ("prior to", (.before, .date)),
        ("until", (.until, .date)), ("till", (.until, .date)), ("through", (.until, .date)),
        ("starting from", (.from, .date)), ("starting", (.from, .date)), ("as of", (.from, .date)),
        ("as from", (.from, .date)), ("effective", (.from, .date)), ("from", (.from, .date)),
    ], policy: .conjunction)

    /// Words between a trigger and its date that add nothing: "في موعد أقصاه تاريخ ...".
    private static let fillers: Set<String> = DatePhrases.words(["تاريخ", "موعد", "يوم", "date", "the", "ال"])

    /// Every bound in the sentence, left to right; a trigger not followed by a date or span is
    /// ignored ("خلال الفترة الانتقالية", "قبل أن").
    static func find(in tokens: [Token]) -> [BoundMatch] {
        var found: [BoundMatch] = []
        var i = 0
        while i < tokens.count {
            guard let ((kind, accepts), afterTrigger) = triggers.match(tokens, at: i),
                  let (bound, next) = read(tokens, at: afterTrigger, kind: kind, accepts: accepts) else {
                i += 1
                continue
            }
            found.append(BoundMatch(bound: bound, tokens: i..<next))
            i = next
        }
        return found
    }

    /// "خلال عام 2025" (during 2025) and "قبل نهاية 2025" (before the end of 2025) both mean
    /// by the end of that period: they become deadlines.
    private static func read(_ tokens: [Token], at index: Int, kind: Bound.Kind, accepts: Accepts) -> (Bound, Int)? {
        if accepts != .span {
            var j = index
            while j < tokens.count, fillers.contains(tokens[j].text), j - index < 3 { j += 1 }
            if let date = DatePhrases.parse(tokens, at: j) {
                let readsAsDeadline = kind == .within || (kind == .before && date.atEnd)
                let dateKind: Bound.Kind = readsAsDeadline ? .deadline : kind
                return (Bound(kind: dateKind, value: date.value), date.next)
            }
        }
        if accepts != .date, let span = SpanPhrases.parse(tokens, at: index) {
            return (Bound(kind: .within, value: .span(count: span.count, unit: span.unit)), span.next)
        }
        return nil
    }
}
