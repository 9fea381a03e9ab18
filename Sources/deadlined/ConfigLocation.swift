import ArgumentParser
import DeadlineCore
import Foundation

/// `--config`: where the config is, by the same rule for every command.
struct ConfigLocation: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The config file.",
            discussion: "Default: $CONFIGURATION_DIRECTORY/deadlined.toml under systemd, else /etc/deadlined/deadlined.toml.",
            valueName: "path"))
    var config: String?

    var path: String {
        if let config { return config }
        return Self.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    static func defaultPath(environment: [String: String]) -> String {
        if let directories = environment["CONFIGURATION_DIRECTORY"],
           let first = directories.split(separator: ":").first {
            return "\(first)/deadlined.toml"
        }
        return "/etc/deadlined/deadlined.toml"
    }
}

/// `--state-dir`: where the alert log lives.
struct StateLocation: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The state directory, which holds the alert log.",
            discussion: "Default: $STATE_DIRECTORY under systemd, else /var/lib/deadlined.",
            valueName: "dir"))
    var stateDir: String?

    var path: String {
        if let stateDir { return stateDir }
        if let directories = ProcessInfo.processInfo.environment["STATE_DIRECTORY"],
           let first = directories.split(separator: ":").first {
            return String(first)
        }
        return "/var/lib/deadlined"
    }

    /// The alert log of `config`: its `alert_log`, relative to the state directory unless absolute.
    func alertLogPath(for config: Config) -> String {
        config.daemon.alertLog.hasPrefix("/") ? config.daemon.alertLog : path + "/" + config.daemon.alertLog
    }
}

/// Exit status for a config that cannot be used (sysexits EX_CONFIG): systemd's
/// `RestartPreventExitStatus=78` keeps the unit from restarting in a loop on it.
let exitConfigError = ExitCode(78)

extension ConfigLocation {
    /// The loaded config, or the errors on stderr and exit 78.
    func loadOrExit() throws -> Config {
        do {
            return try ConfigFile.load(path: path)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw exitConfigError
        }
    }
}
