import ArgumentParser
import DeadlineCore

/// `deadlined check`: validate a config without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config; print every error as file:line:column.",
        discussion: "Exits 0 when the config is valid, \(ConfigError.exitStatus) (EX_CONFIG) when it is not."
    )

    @OptionGroup var location: ConfigLocation

    func run() throws {
        let config = try location.loadOrExit()
        print(CheckSummary.text(config: config, path: location.path))
    }
}
