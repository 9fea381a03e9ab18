import CivilCalendar

/// Every Arabic text a person reads about commitments and alerts.
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
        }
    }

    static func kindName(_ kind: AlertKind) -> String {
        switch kind {
        case .approaching: "اقتراب"
        case .due: "استحقاق"
        case .overdue: "تأخر"
        case .review: "مراجعة"
        }
    }

    /// "… and the commitment is still open" (only open and extended commitments are alerted).
    static func stillActive(_ status: CommitmentStatus) -> String {
        "، والالتزام لا يزال " + (status == .extended ? "ممدَّداً" : "مفتوحاً")
    }

    /// The phrase of a bound: في موعد أقصاه ⁨2025-09⁩، خلال ١٢ شهراً من ⁨2024-09-27⁩.
    static func reason(_ bound: Bound, issued: CivilDate?, _ wording: Wording) -> String {
        switch bound.kind {
        case .within:
            guard case .success(let span) = SpanSyntax.parseWords(bound.written) else { return "خلال " + isolate(bound.written) }
            let from = issued.map { " من " + date($0.description, wording) } ?? ""
            return "خلال " + Grammar.span(span, as: bound.written, .genitive, digits: wording) + from
        case .deadline: return "الموعد " + date(bound.written, wording)
        case .noLaterThan: return "في موعد أقصاه " + date(bound.written, wording)
        case .until: return "حتى " + date(bound.written, wording)
        case .before: return "قبل " + date(bound.written, wording)
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

    /// The journal MESSAGE of an alert.
    static func message(_ p: AlertPresentation) -> String {
        let wording = p.wording
        let alert = p.alert
        let id = isolate(p.commitment.id)
        let milestone = alert.milestoneID.map { " المرحلة " + isolate($0) + ":" } ?? ""
        let target = date(p.targetLabel, wording)
        let reason = p.commitment.deadline.map { " (" + self.reason($0.binding, issued: p.statement.issued, wording) + ")" } ?? ""
        switch alert.kind {
        case .approaching:
            if alert.target <= p.now {
                let lead = alert.lead.map { " " + span($0, .genitive, wording) } ?? ""
                return "\(id):\(milestone) \(target) قد مضى (أُرسل التنبيه المسبق\(lead) متأخراً)"
            }
            let reference = p.lateSeconds == nil ? alert.fireAt : p.now
            let (count, unit) = HumanDuration.amount(seconds: alert.target.interval(since: reference))
            let left = Grammar.verb(masculine: "بقي", feminine: "بقيت", agreeingWith: count, noun(unit))
            let suffix = alert.milestoneID == nil ? reason : ""
            return "\(id):\(milestone) \(left) \(Grammar.count(count, noun(unit), digits: wording)) على \(target)\(suffix)"
        case .due:
            if alert.milestoneID != nil { return "\(id): بُلغت\(milestone) \(target)" }
            return "\(id): انقضى الموعد النهائي \(target)\(reason)\(stillActive(p.commitment.status))"
        case .overdue:
            let (count, unit) = HumanDuration.amount(seconds: p.now.interval(since: alert.target))
            let passed = Grammar.verb(masculine: "مضى", feminine: "مضت", agreeingWith: count, noun(unit))
            return "\(id): \(passed) \(Grammar.count(count, noun(unit), digits: wording)) على الموعد النهائي \(target)\(reason)\(stillActive(p.commitment.status))"
        case .review:
            let every = p.commitment.reviewEvery.map { " " + Grammar.every($0.span, as: $0.text, digits: wording) } ?? ""
            let since = p.statement.issued.map { " منذ " + date($0.description, wording) } ?? ""
            return "\(id): راجِع هذا الالتزام المستمر (بلا موعد نهائي؛ التذكير رقم \(wording.digits(in: String(alert.occurrence)))\(every)\(since))"
        }
    }
}

extension ArabicWording {
    /// An event of the timeline: قبل ٣٠ يوماً من الموعد النهائي، تذكير بالتأخر رقم ٣.
    static func describe(_ alert: Alert, of commitment: Commitment, issued: CivilDate?, _ wording: Wording) -> String {
        let milestone = alert.milestoneID.map { "المرحلة " + isolate($0) }
        switch alert.kind {
        case .approaching:
            let lead = alert.lead.map { span($0, .genitive, wording) } ?? ""
            return "قبل \(lead) من \(milestone ?? "الموعد النهائي")"
        case .due:
            if let milestone { return milestone }
            return "الموعد النهائي" + (commitment.deadline.map { " (" + reason($0.binding, issued: issued, wording) + ")" } ?? "")
        case .overdue:
            return "تذكير بالتأخر رقم " + wording.digits(in: String(alert.occurrence))
        case .review:
            let every = commitment.reviewEvery.map { " (" + Grammar.every($0.span, as: $0.text, digits: wording) + ")" } ?? ""
            return "مراجعة رقم " + wording.digits(in: String(alert.occurrence)) + every
        }
    }

    /// What fires next, in `STATUS=`: تنبيه قبل ٣٠ يوماً، الموعد النهائي، تذكير بالتأخر، مراجعة.
    static func kindText(_ alert: Alert, _ wording: Wording) -> String {
        let milestone = alert.milestoneID.map { " للمرحلة " + isolate($0) } ?? ""
        switch alert.kind {
        case .approaching: return "تنبيه قبل " + (alert.lead.map { span($0, .genitive, wording) } ?? "") + milestone
        case .due: return alert.milestoneID.map { "بلوغ المرحلة " + isolate($0) } ?? "الموعد النهائي"
        case .overdue: return "تذكير بالتأخر"
        case .review: return "مراجعة"
        }
    }

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

    /// `STATUS=`: ٤ التزامات، المفتوح منها: ٢؛ التالي: ⁨id⁩ تذكير بالتأخر بعد ١٢ يوماً.
    static func statusLine(commitments: Int, open: Int, next: (id: String, alert: Alert, seconds: Double)?, _ wording: Wording) -> String {
        var text = Grammar.count(commitments, .commitment, digits: wording) + "، المفتوح منها: " + wording.digits(in: String(open))
        if let next {
            text += "؛ التالي: \(isolate(next.id)) \(kindText(next.alert, wording)) بعد \(compact(seconds: next.seconds, wording))"
        } else {
            text += "؛ لا شيء مجدول"
        }
        return text
    }

    /// The problems `STATUS=` reports, each with the system's own (English) reason isolated.
    static func reloadFailed(_ problem: String) -> String { "؛ فشلت إعادة التحميل، يعمل بالإعداد السابق: " + isolate(problem) }
    static func alertLogNotWritable(_ problem: String) -> String { "؛ لا يمكن الكتابة في سجل التنبيهات: " + isolate(problem) }
    static func metricsNotWritable(_ problem: String) -> String { "؛ لا يمكن الكتابة في ملف المقاييس: " + isolate(problem) }
}
