import CivilCalendar

/// Alerts in English.
public struct EnglishAlertVocabulary: AlertVocabulary {
    public init() {}

    public func message(_ alert: AlertPresentation) -> String {
        sentence(alert) + (alert.alert.supersedes.map { "; it replaces \($0)" } ?? "")
    }

    /// The message of the alert by its kind.
    private func sentence(_ alert: AlertPresentation) -> String {
        let id = alert.commitment.id
        let milestone = alert.alert.milestoneID.map { " milestone \($0)" } ?? ""
        let target = alert.targetLabel
        let reason = alert.reason
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
            return "\(id): overdue by \(late): deadline was \(target) (\(reason)); status is still \(status)"
        case .review:
            let since = alert.statement.issued.map { " since \($0)" } ?? ""
            let every = alert.commitment.reviewEvery?.text ?? ""
            return "\(id): review this ongoing commitment (no deadline; reminder \(alert.alert.occurrence) every \(every)\(since))"
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

    public func event(_ alert: Alert, of commitment: Commitment, issued: CivilDate?) -> String {
        let milestone = alert.milestoneID.map { "milestone \($0)" }
        switch alert.kind {
        case .approaching:
            return "\(alert.lead?.text ?? "") before \(milestone ?? "deadline")"
        case .due:
            if let milestone { return milestone }
            return "deadline (\(commitment.deadline?.binding.explanation ?? ""))"
        case .overdue:
            return "overdue reminder #\(alert.occurrence)"
        case .review:
            return "review #\(alert.occurrence) (every \(commitment.reviewEvery?.text ?? ""))"
        case .changed:
            return "deadline moved"
        case .resolved:
            return commitment.status.rawValue
        }
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
        var description = "\(commitment.title)\nDeadline: \(deadline.binding.explanation)"
        if !others.isEmpty { description += " (also " + others.map(\.explanation).joined(separator: "; ") + ")" }
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
}
