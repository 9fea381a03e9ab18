import CivilCalendar

/// Alerts in English (dates in the wording's calendar).
public struct EnglishAlertVocabulary: AlertVocabulary {
    let wording: Wording

    public init(wording: Wording = .english) {
        self.wording = wording
    }

    public func message(_ alert: AlertPresentation) -> String {
        sentence(alert) + (alert.alert.supersedes.map { "; it replaces \($0)" } ?? "")
    }

    /// The message of the alert by its kind.
    private func sentence(_ alert: AlertPresentation) -> String {
        let id = alert.commitment.id
        let milestone = alert.alert.milestoneID.map { " milestone \($0)" } ?? ""
        let target = alert.targetLabel
        let reason = alert.commitment.deadline.map { self.reason($0.binding, issued: alert.statement.issued) } ?? ""
        let status = alert.commitment.status.rawValue
        switch alert.alert.kind {
        case .approaching:
            if alert.hasPassed {
                return "\(id):\(milestone) \(target) has already passed (\(alert.alert.lead?.text ?? "") warning sent late)"
            }
            let left = HumanDuration.describe(seconds: alert.secondsLeft)
            let suffix = alert.alert.milestoneID == nil ? " (\(reason))" : ""
            return "\(id):\(milestone) \(left) left until \(target)\(suffix)"
        case .due:
            if alert.alert.milestoneID != nil { return "\(id):\(milestone) reached: \(target)" }
            return "\(id): deadline passed: \(target) (\(reason)); status is still \(status)"
        case .overdue:
            let late = HumanDuration.describe(seconds: alert.secondsOverdue)
            return "\(id): overdue by \(late): deadline was \(target) (\(reason)); status is still \(status)\(snoozed(alert))"
        case .review:
            let since = alert.statement.issued.map { " since " + wording.show($0) } ?? ""
            let every = alert.commitment.reviewEvery?.text ?? ""
            return "\(id): review this ongoing commitment (no deadline; reminder \(alert.alert.occurrence) every \(every)\(since))\(snoozed(alert))"
        case .changed:
            return "\(id): deadline moved from \(alert.previousLabel ?? "?") to \(target) (\(reason))"
        case .resolved:
            let commitment = alert.commitment
            var text = "\(id): \(status)"
            if let label = commitment.resolution?.label { text += " on \(label)" }
            if commitment.status == .met, let onTime = commitment.resolvedOnTime { text += onTime ? ", on time" : ", late" }
            if let deadline = commitment.deadlineLabel { text += " (deadline \(deadline))" }
            if let evidence = alert.shortEvidence { text += "; evidence: \(evidence)" }
            return text
        }
    }

    /// "; reminders were snoozed until 2026-03-01", for the reminder sent when a snooze ends.
    private func snoozed(_ alert: AlertPresentation) -> String {
        alert.alert.snoozeLabel(of: alert.commitment).map { "; reminders were snoozed until \($0)" } ?? ""
    }

    public func event(_ alert: Alert, of commitment: Commitment, issued: CivilDate?) -> String {
        let milestone = alert.milestoneID.map { "milestone \($0)" }
        switch alert.kind {
        case .approaching:
            return "\(alert.lead?.text ?? "") before \(milestone ?? "deadline")"
        case .due:
            if let milestone { return milestone }
            return "deadline (\(commitment.deadline.map { reason($0.binding, issued: issued) } ?? ""))"
        case .overdue:
            return "overdue reminder #\(alert.occurrence)" + (alert.snoozeLabel(of: commitment).map { " (snoozed until \($0))" } ?? "")
        case .review:
            let snoozed = alert.snoozeLabel(of: commitment).map { ", snoozed until \($0)" } ?? ""
            return "review #\(alert.occurrence) (every \(commitment.reviewEvery?.text ?? "")\(snoozed))"
        case .changed:
            return "deadline moved"
        case .resolved:
            return commitment.status.rawValue
        }
    }

    /// The explanation the config gave the bound when its date reads as written (the one string
    /// the config's commitments share); else the phrase with the date in the wording's calendar.
    public func reason(_ bound: Bound, issued: CivilDate?) -> String {
        guard bound.kind == .within else {
            return bound.label == bound.written ? bound.explanation : "\(bound.kind.phrase) \(bound.label)"
        }
        guard wording.calendar != .gregorian, let issued else { return bound.explanation }
        return BoundKind.withinExplanation(bound.written, of: wording.show(issued))
    }

    public func statusLine(_ line: StatusLine) -> String {
        var text = (line.statements == 1 ? "" : "\(line.statements) statements, ") + "\(line.commitments) commitments, \(line.open) open"
        if let next = line.next {
            text += "; next: \(next.id) \(self.next(next.alert)) in \(HumanDuration.compact(seconds: next.seconds))"
        } else {
            text += "; nothing scheduled"
        }
        if let problem = line.reloadProblem { text += "; reload failed, running previous config: \(problem)" }
        if let problem = line.alertLogProblem { text += "; alert log not writable: \(problem)" }
        if let problem = line.metricsProblem { text += "; metrics file not writable: \(problem)" }
        return text
    }

    /// The next alert, briefly: "30d warning", "milestone m1 due".
    private func next(_ alert: Alert) -> String {
        let milestone = alert.milestoneID.map { "milestone \($0) " } ?? ""
        switch alert.kind {
        case .approaching: return "\(milestone)\(alert.lead?.text ?? "") warning"
        case .due: return alert.milestoneID == nil ? "deadline" : "\(milestone)due"
        case .overdue: return "overdue reminder"
        case .review: return "review"
        case .changed: return "deadline moved"
        case .resolved: return "resolution"
        }
    }

    public func sent(kind: AlertKind, lead: String?) -> String {
        name(kind) + (lead.map { " " + $0 } ?? "")
    }

    public func name(_ kind: AlertKind) -> String {
        switch kind {
        case .approaching: "approaching"
        case .due: "due"
        case .overdue: "overdue"
        case .review: "review"
        case .changed: "changed"
        case .resolved: "resolved"
        }
    }

    public func calendarDeadline(title: String) -> String {
        "Deadline: \(title)"
    }

    public func calendarDeadlineDescription(_ commitment: Commitment, deadline: Deadline, issued: CivilDate?) -> String {
        let others = deadline.bounds.enumerated().filter { $0.offset != deadline.bindingIndex }.map(\.element)
        var description = "\(commitment.title)\nDeadline: \(reason(deadline.binding, issued: issued))"
        if !others.isEmpty { description += " (also " + others.map { reason($0, issued: issued) }.joined(separator: "; ") + ")" }
        return description + "\nStatus: \(commitment.status.rawValue)"
    }

    public func calendarMilestone(_ milestone: String, of title: String) -> String {
        "Milestone: \(milestone) (\(title))"
    }

    public func calendarMilestoneDescription(_ milestone: String, of commitment: String) -> String {
        "Milestone \(milestone) of \(commitment)"
    }

    public func calendarAlarm(lead: WrittenSpan?, summary: String) -> String {
        "\(lead?.text ?? "") before: \(summary)"
    }

    public func snoozeNotice(_ notice: SnoozeNotice) -> String {
        let subject = notice.commitments.map { "\(notice.subject) (\($0) commitment\($0 == 1 ? "" : "s"))" } ?? notice.subject
        let kinds = notice.kinds.count > 1 ? "overdue and review" : name(notice.kinds[0])
        return "\(subject): \(kinds) reminders snoozed until \(notice.until)"
    }
}
