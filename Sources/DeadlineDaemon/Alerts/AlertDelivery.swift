import DeadlineCore
import Glibc

/// Sends an alert to people: as its own journal entry when journald is there, otherwise
/// (or when journald refuses it) as a line on standard error.
///
/// The journal entry carries every DEADLINE_* field, so `journalctl -u deadlined
/// DEADLINE_COMMITMENT=...` and `-o json` see the alert as data, not only as text.
public struct AlertDelivery: Sendable {
    public enum Outcome: Sendable, Equatable {
        case journal
        /// Written to stderr; `journalError` says why the journal was not used, if it was tried.
        case stderr(journalError: SystemError?)
    }

    public let backend: LogBackend
    public let identifier: String
    private let journal = JournalWriter()
    private let stderrOutput: LineWriter

    public init(backend: LogBackend, identifier: String = "deadlined", stderrDescriptor: Int32 = STDERR_FILENO) {
        self.backend = backend
        self.identifier = identifier
        self.stderrOutput = LineWriter(descriptor: stderrDescriptor)
    }

    public func deliver(_ presentation: AlertPresentation, file: String = #fileID, line: Int = #line, function: String = #function) -> Outcome {
        var journalError: SystemError?
        if backend == .journal {
            var fields = presentation.journalFields
            fields.append(("SYSLOG_IDENTIFIER", identifier))
            fields.append(("CODE_FILE", file))
            fields.append(("CODE_LINE", String(line)))
            fields.append(("CODE_FUNC", function))
            switch journal.send(fields) {
            case .success: return .journal
            case .failure(let error): journalError = error
            }
        }
        stderrOutput.write(Self.stderrLine(presentation) + "\n")
        return .stderr(journalError: journalError)
    }

    /// `ALERT crit: iraq-mission-end: deadline passed ... [kind=due id=...]`
    static func stderrLine(_ presentation: AlertPresentation) -> String {
        var line = "ALERT \(priorityNames[presentation.priority]): \(presentation.message)"
        line += " [kind=\(presentation.alert.kind.rawValue) id=\(presentation.alert.id)"
        if let late = presentation.lateSeconds { line += " late=\(Int(late))s" }
        return line + "]"
    }

    /// syslog priority names, by number.
    static let priorityNames = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]
}
