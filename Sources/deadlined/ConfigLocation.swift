import ArgumentParser
import DeadlineCore
import Glibc

/// `--config`: where the config is, by the same rule for every command.
struct ConfigLocation: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The config file.",
            discussion: "Default: $CONFIGURATION_DIRECTORY/deadlined.toml under systemd, else ~/.config/deadlined/deadlined.toml ($XDG_CONFIG_HOME/deadlined/) when it exists, else /etc/deadlined/deadlined.toml.",
            valueName: "path"))
    var config: String?

    var path: String {
        if let config { return config }
        return Self.defaultPath(configurationDirectory: environmentVariable("CONFIGURATION_DIRECTORY"))
    }

    /// `directories` is $CONFIGURATION_DIRECTORY, which systemd sets to a colon-separated list.
    static func defaultPath(configurationDirectory directories: String?) -> String {
        if let directories,
           let first = directories.split(separator: ":").first {
            return "\(first)/deadlined.toml"
        }
        return PersonalInstall.configPath ?? "/etc/deadlined/deadlined.toml"
    }
}

/// `--state-dir`: where the alert log lives.
struct StateLocation: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The state directory, which holds the alert log.",
            discussion: "Default: $STATE_DIRECTORY under systemd, else ~/.local/state/deadlined ($XDG_STATE_HOME/deadlined) with a config in ~/.config/deadlined/, else \(DaemonSettings.defaultStateDirectory).",
            valueName: "dir"))
    var stateDir: String?

    var path: String {
        if let stateDir { return stateDir }
        if let directories = environmentVariable("STATE_DIRECTORY"),
           let first = directories.split(separator: ":").first {
            return String(first)
        }
        if PersonalInstall.configPath != nil, let directory = PersonalInstall.stateDirectory { return directory }
        return DaemonSettings.defaultStateDirectory
    }

    /// The alert log of `config`: its `alert_log`, relative to the state directory unless absolute.
    func alertLogPath(for config: Config) -> String {
        DaemonSettings.path(config.daemon.alertLog, stateDirectory: path)
    }
}

extension ConfigLocation {
    /// The loaded config, or the errors on stderr and exit `ConfigError.exitStatus`.
    func loadOrExit() throws -> Config {
        do {
            return try ConfigFile.load(path: path)
        } catch {
            var standardError = ByteWriter(descriptor: 2)
            standardError.write(error.description + "\n")
            standardError.flush()
            throw ExitCode(ConfigError.exitStatus)
        }
    }
}

/// The value of an environment variable; nil when it is not set.
func environmentVariable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
