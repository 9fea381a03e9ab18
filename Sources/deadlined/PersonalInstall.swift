import Glibc

/// A personal install: a user who keeps a config in `$XDG_CONFIG_HOME/deadlined/deadlined.toml`
/// (`~/.config/deadlined/`) runs deadlined for themselves, with the alert log in
/// `$XDG_STATE_HOME/deadlined` (`~/.local/state/deadlined/`). The user unit
/// (`systemctl --user`) relies on it; without such a config the system paths apply.
enum PersonalInstall {
    /// The personal config, when there is one.
    static var configPath: String? {
        guard let directory = baseDirectory("XDG_CONFIG_HOME", fallback: ".config") else { return nil }
        let path = directory + "/deadlined/deadlined.toml"
        return access(path, F_OK) == 0 ? path : nil
    }

    /// Where a personal install keeps its alert log.
    static var stateDirectory: String? {
        baseDirectory("XDG_STATE_HOME", fallback: ".local/state").map { $0 + "/deadlined" }
    }

    /// `$variable`, or `$HOME/fallback`; a relative value is ignored, as the XDG base directory
    /// specification says.
    private static func baseDirectory(_ variable: String, fallback: String) -> String? {
        if let value = environmentVariable(variable), value.hasPrefix("/") { return value }
        guard let home = environmentVariable("HOME"), home.hasPrefix("/") else { return nil }
        return (home == "/" ? "" : home) + "/" + fallback
    }
}
