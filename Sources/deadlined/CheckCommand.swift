import ArgumentParser
import DeadlineCore

/// `deadlined check`: validate a config without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and every statement file; print every error as file:line:column.",
        discussion: """
            Reads the main file and each *.toml of its statements.d/ folder, and reports the errors of all of them \
            (the first \(ConfigError.printedDiagnostics), then a count of the rest). \
            Exits 0 when the config is valid, 78 (EX_CONFIG) when it is not.
            """
    )

    @OptionGroup var location: ConfigLocation

    func run() throws {
        let config = try location.loadOrExit()
        print(CheckSummary.text(config: config, path: location.path))
    }
}
