/// The one line `systemctl status` shows for the daemon (`STATUS=`), in the config's language:
/// "4 commitments, 2 open; next: syria-mission-end overdue reminder in 12d".
public struct StatusLine: Sendable {
    public var commitments: Int
    public var open: Int
    /// The commitment whose alert fires first, the alert, and the seconds until it fires.
    public var next: (id: String, alert: Alert, seconds: Double)?
    public var reloadProblem: String?
    public var alertLogProblem: String?
    public var metricsProblem: String?

    public init(commitments: Int, open: Int, next: (id: String, alert: Alert, seconds: Double)?) {
        self.commitments = commitments
        self.open = open
        self.next = next
    }

    public func text(_ wording: Wording) -> String {
        if wording.language == .ar {
            var text = ArabicWording.statusLine(commitments: commitments, open: open, next: next, wording)
            if let reloadProblem { text += ArabicWording.reloadFailed(reloadProblem) }
            if let alertLogProblem { text += ArabicWording.alertLogNotWritable(alertLogProblem) }
            if let metricsProblem { text += ArabicWording.metricsNotWritable(metricsProblem) }
            return text
        }
        var text = "\(commitments) commitments, \(open) open"
        if let next {
            text += "; next: \(next.id) \(Self.kindText(next.alert)) in \(HumanDuration.compact(seconds: next.seconds))"
        } else {
            text += "; nothing scheduled"
        }
        if let reloadProblem { text += "; reload failed, running previous config: \(reloadProblem)" }
        if let alertLogProblem { text += "; alert log not writable: \(alertLogProblem)" }
        if let metricsProblem { text += "; metrics file not writable: \(metricsProblem)" }
        return text
    }

    static func kindText(_ alert: Alert) -> String {
        let milestone = alert.milestoneID.map { "milestone \($0) " } ?? ""
        switch alert.kind {
        case .approaching: return "\(milestone)\(alert.lead?.text ?? "") warning"
        case .due: return alert.milestoneID == nil ? "deadline" : "\(milestone)due"
        case .overdue: return "overdue reminder"
        case .review: return "review"
        }
    }
}
