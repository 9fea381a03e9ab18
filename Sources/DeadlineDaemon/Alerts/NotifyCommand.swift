import DeadlineCore
import Dispatch
import Glibc
import Logging
import Synchronization

/// Runs the configured `notify_command` for each alert: an argv, never a shell.
///
/// `{commitment}`, `{message}`, `{kind}`, `{at}`, `{alert_id}`, `{statement}`, `{lead}`,
/// `{priority}` and `{urgency}` in the arguments are replaced by the alert's values, and every
/// DEADLINE_* journal field is in the command's environment, with the desktop session's
/// variables (so that `notify-send` finds the session bus under `systemctl --user`). Commands run one at a time on their own queue, so a slow or hanging
/// command never delays an alert; each is killed after `notify_timeout`, its output is capped
/// and logged, and a failure is logged and nothing more. On shutdown (``stop()``) the command
/// running is killed and those waiting are not run: with no notification server answering,
/// a queue of commands each waiting out its timeout would outlast systemd's stop timeout.
public final class NotifyCommandRunner: @unchecked Sendable {
    /// Output kept from a command; the rest is read and dropped so the command never blocks on a full pipe.
    static let outputCap = 4096

    private let queue = DispatchQueue(label: "deadlined.notify-command")
    private let logger: Logger
    /// Set by ``stop()``, read by the command queue.
    private let stopping = Atomic<Bool>(false)

    public init(logger: Logger) {
        self.logger = logger
    }

    /// The argv with placeholders filled in.
    public static func arguments(_ template: [String], presentation: AlertPresentation) -> [String] {
        let alert = presentation.alert
        let values: [String: String] = [
            "{commitment}": alert.commitmentID,
            "{message}": presentation.message,
            "{kind}": alert.kind.rawValue,
            "{at}": presentation.zone.isoString(alert.target),
            "{alert_id}": alert.id.hex,
            "{statement}": presentation.statement.id,
            "{lead}": alert.lead?.text ?? "",
            "{priority}": String(presentation.priority),
            "{urgency}": presentation.urgency,
        ]
        return template.map { fill($0, values) }
    }

    /// `argument` with every placeholder of `values` replaced, in one pass from left to right, so
    /// that a value which itself contains a placeholder (a message quoting "{kind}") is kept as
    /// it is rather than expanded again. Placeholders are ASCII, so bytes will do.
    static func fill(_ argument: String, _ values: [String: String]) -> String {
        let bytes = Array(argument.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        // A '}' further away than the longest placeholder closes none of them.
        let longest = values.keys.map(\.utf8.count).max() ?? 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"),
               let close = bytes[index..<min(index + longest, bytes.count)].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(decoding: bytes[index...close], as: UTF8.self)] {
                result.append(contentsOf: value.utf8)
                index = close + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Starts the command for an alert in the background.
    public func run(template: [String], presentation: AlertPresentation, timeout: Span) {
        let argv = Self.arguments(template, presentation: presentation)
        let environment = Self.environment(presentation)
        let seconds = Double(timeout.seconds)
        let alertID = presentation.alert.id
        queue.async { [self] in
            var metadata: Logger.Metadata = ["DEADLINE_ALERT_ID": "\(alertID.hex)", "NOTIFY_COMMAND": "\(argv[0])"]
            guard !stopping.load(ordering: .relaxed) else {
                logger.warning("notify command \(argv[0]) not run: the daemon is stopping", metadata: metadata)
                return
            }
            let result = ChildProcess.run(
                argv: argv, environment: environment, timeout: seconds, outputCap: Self.outputCap,
                stop: { stopping.load(ordering: .relaxed) })
            if !result.output.isEmpty { metadata["NOTIFY_OUTPUT"] = "\(result.output)" }
            switch result.ending {
            case .exited(0):
                logger.debug("notify command succeeded", metadata: metadata)
            case .exited(let status):
                logger.error("notify command \(argv[0]) exited with status \(status)", metadata: metadata)
            case .signalled(let signal):
                logger.error("notify command \(argv[0]) was killed by signal \(signal)", metadata: metadata)
            case .timedOut:
                logger.error("notify command \(argv[0]) ran longer than \(Int(seconds))s and was killed", metadata: metadata)
            case .stopped:
                logger.warning("notify command \(argv[0]) was killed: the daemon is stopping", metadata: metadata)
            case .failedToStart(let error):
                logger.error("notify command \(argv[0]) could not start: \(error)", metadata: metadata)
            }
        }
    }

    /// For shutdown: kills the command running, skips those waiting, and returns once none runs.
    public func stop() {
        stopping.store(true, ordering: .relaxed)
        queue.sync {}
    }

    /// Passed on from the daemon's own environment when set: where the user's D-Bus session and
    /// display are. Nothing else of the daemon's environment reaches the command.
    static let sessionVariables = ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "HOME"]

    static func environment(_ presentation: AlertPresentation) -> [String] {
        var environment = ["PATH=/usr/local/bin:/usr/bin:/bin"]
        for (name, value) in presentation.journalFields where name.hasPrefix("DEADLINE_") || name == "MESSAGE" || name == "PRIORITY" {
            environment.append("\(name == "MESSAGE" || name == "PRIORITY" ? "DEADLINE_" + name : name)=\(value)")
        }
        for name in sessionVariables {
            if let value = getenv(name) { environment.append("\(name)=\(String(cString: value))") }
        }
        return environment
    }
}
