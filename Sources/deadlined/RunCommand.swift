import ArgumentParser
import DeadlineCore
import DeadlineDaemon

/// `deadlined run`: the long-running daemon.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground (as systemd's deadlined.service does).",
        discussion: """
            Loads the config, sends the alerts that fell due while it was not running (per catch_up), \
            arms a timer for each commitment whose next alert is within a day (the rest as they come \
            within reach) and tells systemd READY=1. Each alert goes to the journal \
            (or stderr when there is no journald), to the alert log in the state directory, and to \
            notify_command if set ({urgency} gives notify-send the urgency of the alert's priority).
            SIGHUP reloads the config (a broken one is reported and the old one kept); SIGTERM or \
            SIGINT stop it after the alert in flight. A broken config at start exits with status \(ConfigError.exitStatus).
            """
    )

    enum LogTarget: String, ExpressibleByArgument, CaseIterable {
        case auto, journal, stderr
    }

    @OptionGroup var location: ConfigLocation
    @OptionGroup var state: StateLocation

    @Option(help: "Where logs and alerts go: the journal, stderr, or auto (journal when JOURNAL_STREAM is set or journald's socket exists).")
    var log: LogTarget = .auto

    func run() throws {
        let backend: LogBackend = switch log {
        case .auto: LogBackend.detect()
        case .journal: .journal
        case .stderr: .stderr
        }
        Daemon.run(Daemon.Options(
            configPath: location.path, stateDirectory: state.path, backend: backend, version: deadlinedVersion,
            clock: SystemClock.now))
    }
}
