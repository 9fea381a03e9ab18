import CivilCalendar

/// The Arabic words and phrases alert texts and tables are built from: statuses, bounds, spans,
/// times, with their grammar. The sentences about alerts are `ArabicAlertVocabulary`'s.
enum ArabicWording {
    typealias Grammar = ArabicGrammar

    static func isolate(_ text: String) -> String { Grammar.isolate(text) }

    /// A date or time from the config or the clock, in Arabic text: isolated, in the wording's digits.
    static func date(_ text: String, _ wording: Wording) -> String { isolate(wording.digits(in: text)) }

    /// The status of a commitment, as a word: مفتوح، مُنجَز ...
    static func status(_ status: CommitmentStatus) -> String {
        switch status {
        case .open: "مفتوح"
        case .met: "مُنجَز"
        case .missed: "فائت"
        case .extended: "ممدَّد"
        case .withdrawn: "مسحوب"
        case .superseded: "مُستبدَل"
        }
    }

    /// "… and the commitment is still open" (only open and extended commitments are alerted).
    static func stillActive(_ status: CommitmentStatus) -> String {
        "، والالتزام لا يزال " + (status == .extended ? "ممدَّداً" : "مفتوحاً")
    }

    /// The phrase of a bound: في موعد أقصاه ⁨2025-09⁩، خلال ١٢ شهراً من ⁨2024-09-27⁩ (the date
    /// as `Bound.label` reads it, in the wording's calendar).
    static func reason(_ bound: Bound, issued: CivilDate?, _ wording: Wording) -> String {
        switch bound.kind {
        case .within:
            guard case .success(let span) = SpanSyntax.parseWords(bound.written) else { return "خلال " + isolate(bound.written) }
            let from = issued.map { " من " + date(wording.show($0), wording) } ?? ""
            return "خلال " + Grammar.span(span, as: bound.written, .genitive, digits: wording) + from
        case .deadline, .noLaterThan, .until, .before: return phrase(bound.kind) + " " + date(bound.label, wording)
        }
    }

    /// The words before a bound's date: في موعد أقصاه، حتى ...
    static func phrase(_ kind: BoundKind) -> String {
        switch kind {
        case .deadline: "الموعد"
        case .within: "خلال"
        case .noLaterThan: "في موعد أقصاه"
        case .until: "حتى"
        case .before: "قبل"
        }
    }

    static func noun(_ unit: HumanDuration.Unit) -> Grammar.Noun {
        switch unit {
        case .day: .day
        case .hour: .hour
        case .minute: .minute
        case .second: .second
        }
    }

    /// A written span (`lead_times`, `review_every`): "30d" -> ٣٠ يوماً.
    static func span(_ written: WrittenSpan, _ grammaticalCase: Grammar.Case = .nominative, _ wording: Wording) -> String {
        Grammar.span(written.span, as: written.text, grammaticalCase, digits: wording)
    }
}

extension ArabicWording {
    /// A time from now in tables and `STATUS=`, rounded down like `HumanDuration.compact`:
    /// after a preposition (بعد ١٢ يوماً، منذ يومين).
    static func compact(seconds: Double, _ wording: Wording) -> String {
        let (count, unit) = HumanDuration.compactAmount(seconds: seconds)
        return Grammar.count(count, noun(unit), .genitive, digits: wording)
    }

    /// Time left, rounded down: بقي يومان، بقيت ٥ أيام، بقي ٥٧ يوماً.
    static func left(seconds: Double, _ wording: Wording) -> String {
        let (count, unit) = HumanDuration.compactAmount(seconds: seconds)
        return Grammar.verb(masculine: "بقي", feminine: "بقيت", agreeingWith: count, noun(unit)) + " "
            + Grammar.count(count, noun(unit), digits: wording)
    }

    /// "Time left" of the summary tables: بعد ٥٧ يوماً، متأخر منذ ٣ أيام.
    static func relative(_ seconds: Double, _ wording: Wording) -> String {
        seconds > 0 ? "بعد " + compact(seconds: seconds, wording)
            : seconds == 0 ? "الآن" : "منذ " + compact(seconds: seconds, wording)
    }
}
