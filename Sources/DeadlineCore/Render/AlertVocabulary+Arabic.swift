import CivilCalendar

/// Alerts in Arabic, with number and verb agreement; ids, dates and the system's own (English)
/// reasons isolated, digits as the wording asks.
public struct ArabicAlertVocabulary: AlertVocabulary {
    typealias Grammar = ArabicGrammar
    let wording: Wording

    public init(wording: Wording) {
        self.wording = wording
    }

    private func isolate(_ text: String) -> String { Grammar.isolate(text) }
    private func date(_ text: String) -> String { ArabicWording.date(text, wording) }
    private func span(_ written: WrittenSpan, _ grammaticalCase: Grammar.Case = .nominative) -> String {
        ArabicWording.span(written, grammaticalCase, wording)
    }
    private func number(_ value: Int) -> String { wording.digits(in: String(value)) }

    public func message(_ p: AlertPresentation) -> String {
        sentence(p) + (p.alert.supersedes.map { "؛ ويحلّ هذا الالتزام محلّ " + isolate($0.description) } ?? "")
    }

    /// The message of the alert by its kind.
    private func sentence(_ p: AlertPresentation) -> String {
        let alert = p.alert
        let id = isolate(p.commitment.id)
        let milestone = alert.milestoneID.map { " المرحلة " + isolate($0) + ":" } ?? ""
        let target = date(p.targetLabel)
        let reason = p.commitment.deadline.map { " (" + self.reason($0.binding, issued: p.statement.issued) + ")" } ?? ""
        switch alert.kind {
        case .approaching:
            if p.hasPassed {
                // "The warning ahead by a period of 7 days": the span after بمدة, in the genitive.
                let lead = alert.lead.map { " بمدة " + span($0, .genitive) } ?? ""
                return "\(id):\(milestone) \(target) قد مضى (أُرسل متأخراً التنبيه المسبق\(lead))"
            }
            let (count, unit) = HumanDuration.amount(seconds: p.secondsLeft)
            let noun = ArabicWording.noun(unit)
            let left = Grammar.verb(masculine: "بقي", feminine: "بقيت", agreeingWith: count, noun)
            let suffix = alert.milestoneID == nil ? reason : ""
            return "\(id):\(milestone) \(left) \(Grammar.count(count, noun, digits: wording)) على \(target)\(suffix)"
        case .due:
            if alert.milestoneID != nil { return "\(id): بُلغت\(milestone) \(target)" }
            return "\(id): انقضى الموعد النهائي \(target)\(reason)\(ArabicWording.stillActive(p.commitment.status))"
        case .overdue:
            let (count, unit) = HumanDuration.amount(seconds: p.secondsOverdue)
            let noun = ArabicWording.noun(unit)
            let passed = Grammar.verb(masculine: "مضى", feminine: "مضت", agreeingWith: count, noun)
            return "\(id): \(passed) \(Grammar.count(count, noun, digits: wording)) على الموعد النهائي \(target)\(reason)"
                + ArabicWording.stillActive(p.commitment.status) + snoozed(p)
        case .review:
            let every = p.commitment.reviewEvery.map { " " + Grammar.every($0.span, as: $0.text, digits: wording) } ?? ""
            let since = p.statement.issued.map { " منذ " + date(wording.show($0)) } ?? ""
            return "\(id): راجِع هذا الالتزام المستمر (بلا موعد نهائي؛ التذكير رقم \(number(alert.occurrence))\(every)\(since))" + snoozed(p)
        case .changed:
            let from = p.previousLabel.map(date) ?? "?"
            return "\(id): تغيّر الموعد النهائي من \(from) إلى \(target)\(reason)"
        case .resolved:
            let commitment = p.commitment
            var text = "\(id): \(ArabicWording.status(commitment.status))"
            if let label = commitment.resolution?.label { text += " في " + date(label) }
            if commitment.status == .met, let onTime = commitment.resolvedOnTime { text += onTime ? "، في الموعد" : "، متأخراً" }
            if let deadline = commitment.deadlineLabel { text += " (الموعد النهائي " + date(deadline) + ")" }
            if let evidence = p.shortEvidence { text += "؛ الدليل: " + isolate(evidence) }
            return text
        }
    }

    /// "؛ وكانت التذكيرات مؤجَّلة حتى ⁨2026-03-01⁩", for the reminder sent when a snooze ends.
    private func snoozed(_ p: AlertPresentation) -> String {
        p.alert.snoozeLabel(of: p.commitment).map { "؛ وكانت التذكيرات مؤجَّلة حتى " + date($0) } ?? ""
    }

    /// قبل ٣٠ يوماً من الموعد النهائي، تذكير بالتأخر رقم ٣ ...
    public func event(_ alert: Alert, of commitment: Commitment, issued: CivilDate?) -> String {
        let milestone = alert.milestoneID.map { "المرحلة " + isolate($0) }
        switch alert.kind {
        case .approaching:
            let lead = alert.lead.map { span($0, .genitive) } ?? ""
            return "قبل \(lead) من \(milestone ?? "الموعد النهائي")"
        case .due:
            if let milestone { return milestone }
            return "الموعد النهائي"
                + (commitment.deadline.map { " (" + reason($0.binding, issued: issued) + ")" } ?? "")
        case .overdue:
            return "تذكير بالتأخر رقم " + number(alert.occurrence)
                + (alert.snoozeLabel(of: commitment).map { " (بعد التأجيل حتى " + date($0) + ")" } ?? "")
        case .review:
            var details = commitment.reviewEvery.map { [Grammar.every($0.span, as: $0.text, digits: wording)] } ?? []
            if let label = alert.snoozeLabel(of: commitment) { details.append("بعد التأجيل حتى " + date(label)) }
            return "مراجعة رقم " + number(alert.occurrence) + (details.isEmpty ? "" : " (" + details.joined(separator: "، ") + ")")
        case .changed:
            return "تغيّر الموعد النهائي"
        case .resolved:
            return ArabicWording.status(commitment.status)
        }
    }

    public func reason(_ bound: Bound, issued: CivilDate?) -> String {
        ArabicWording.reason(bound, issued: issued, wording)
    }

    /// ٤ التزامات، المفتوح منها: ٢؛ التالي: ⁨id⁩ تذكير بالتأخر بعد ١٢ يوماً.
    public func statusLine(_ line: StatusLine) -> String {
        var text = line.statements == 1 ? "" : Grammar.count(line.statements, .statement, digits: wording) + "، "
        text += Grammar.count(line.commitments, .commitment, digits: wording) + "، المفتوح منها: " + number(line.open)
        if let next = line.next {
            text += "؛ التالي: \(isolate(next.id)) \(self.next(next.alert)) بعد \(ArabicWording.compact(seconds: next.seconds, wording))"
        } else {
            text += "؛ لا شيء مجدول"
        }
        // The system's own reasons stay in English, isolated.
        if let problem = line.reloadProblem { text += "؛ فشلت إعادة التحميل، يعمل بالإعداد السابق: " + isolate(problem) }
        if let problem = line.alertLogProblem { text += "؛ لا يمكن الكتابة في سجل التنبيهات: " + isolate(problem) }
        if let problem = line.metricsProblem { text += "؛ لا يمكن الكتابة في ملف المقاييس: " + isolate(problem) }
        return text
    }

    /// What fires next: تنبيه قبل ٣٠ يوماً، الموعد النهائي، تذكير بالتأخر، مراجعة.
    private func next(_ alert: Alert) -> String {
        let milestone = alert.milestoneID.map { " للمرحلة " + isolate($0) } ?? ""
        switch alert.kind {
        case .approaching: return "تنبيه قبل " + (alert.lead.map { span($0, .genitive) } ?? "") + milestone
        case .due: return alert.milestoneID.map { "بلوغ المرحلة " + isolate($0) } ?? "الموعد النهائي"
        case .overdue: return "تذكير بالتأخر"
        case .review: return "مراجعة"
        case .changed: return "تغيّر الموعد النهائي"
        case .resolved: return "حسم الالتزام"
        }
    }

    /// تنبيه قبل ٣٠ يوماً، مراجعة ... (the alert log's lead, "30d", read back as a span).
    public func sent(kind: AlertKind, lead: String?) -> String {
        guard kind == .approaching, let lead else { return name(kind) }
        guard case .success(let span) = SpanSyntax.parseCompact(lead, allowSeconds: true) else { return name(kind) + " " + isolate(lead) }
        return "تنبيه قبل " + Grammar.span(span, as: lead, .genitive, digits: wording)
    }

    public func name(_ kind: AlertKind) -> String {
        switch kind {
        case .approaching: "اقتراب"
        case .due: "استحقاق"
        case .overdue: "تأخر"
        case .review: "مراجعة"
        case .changed: "تغيّر الموعد"
        case .resolved: "حسم"
        }
    }

    public func calendarDeadline(title: String) -> String {
        "الموعد النهائي: " + isolate(title)
    }

    public func calendarDeadlineDescription(_ commitment: Commitment, deadline: Deadline, issued: CivilDate?) -> String {
        let others = deadline.bounds.enumerated().filter { $0.offset != deadline.bindingIndex }.map(\.element)
        var description = "\(commitment.title)\nالموعد النهائي: \(reason(deadline.binding, issued: issued))"
        if !others.isEmpty {
            description += " (وأيضاً " + others.map { reason($0, issued: issued) }.joined(separator: "؛ ") + ")"
        }
        return description + "\nالحالة: \(ArabicWording.status(commitment.status))"
    }

    public func calendarMilestone(_ milestone: String, of title: String) -> String {
        "مرحلة: \(isolate(milestone)) (\(isolate(title)))"
    }

    public func calendarMilestoneDescription(_ milestone: String, of commitment: String) -> String {
        "المرحلة \(isolate(milestone)) من \(isolate(commitment))"
    }

    public func calendarAlarm(lead: WrittenSpan?, summary: String) -> String {
        "قبل \(lead.map { span($0, .genitive) } ?? ""): \(summary)"
    }

    /// ⁨iraq-mission-end⁩: أُجِّلت تذكيرات التأخر حتى ⁨2026-03-01⁩
    public func snoozeNotice(_ notice: SnoozeNotice) -> String {
        let subject = isolate(notice.subject) + (notice.commitments.map { " (" + Grammar.count($0, .commitment, digits: wording) + ")" } ?? "")
        let kinds = notice.kinds.count > 1 ? "التأخر والمراجعة" : (notice.kinds[0] == .review ? "المراجعة" : "التأخر")
        return "\(subject): أُجِّلت تذكيرات \(kinds) حتى \(date(notice.until))"
    }
}
