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

    /// The line in the wording's language (`AlertVocabulary.statusLine`).
    public func text(_ wording: Wording) -> String {
        wording.alertVocabulary.statusLine(self)
    }
}
