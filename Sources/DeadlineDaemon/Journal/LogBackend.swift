import Glibc

/// Where log lines go: the journal, or plain lines on standard error.
///
/// The choice is made once at start-up because sending to the journal gives no
/// signal when nobody listens: with no journal socket, `sd_journal_sendv` drops
/// the entry and reports success, and the lines would vanish.
public enum LogBackend: Sendable, Equatable {
    case journal
    case stderr

    /// The datagram socket journald listens on for native entries.
    public static let journalSocketPath = "/run/systemd/journal/socket"

    /// Chooses the journal when systemd connected standard error to journald
    /// (it sets `JOURNAL_STREAM`) or when journald's socket exists; otherwise
    /// standard error.
    public static func detect(
        environment: [String: String],
        socketExists: (String) -> Bool
    ) -> LogBackend {
        if environment["JOURNAL_STREAM"] != nil || socketExists(journalSocketPath) {
            return .journal
        }
        return .stderr
    }

    /// ``detect(environment:socketExists:)`` for this process: its own
    /// environment and the file system.
    public static func detect() -> LogBackend {
        var environment: [String: String] = [:]
        if let stream = getenv("JOURNAL_STREAM") {
            environment["JOURNAL_STREAM"] = String(cString: stream)
        }
        return detect(environment: environment, socketExists: isSocket)
    }

    private static func isSocket(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFSOCK
    }
}
