import ArgumentParser
import DeadlineCore
import DeadlineDaemon

/// `deadlined status`: where each commitment stands, from the config and the alert log.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each commitment's deadline, time left, last alert sent and next alert.",
        discussion: "Reads the config and the alert log only, so it works whether the daemon runs or not."
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var selection: Selection
    @OptionGroup var state: StateLocation

    func run() throws {
        let config = try selection.apply(to: location.loadOrExit())
        let now = SystemClock.now()
        let logPath = state.alertLogPath(for: config)
        let ledger = AlertLogFile.readLedgerIfPresent(path: logPath)
        print(StatusReport.text(config: config, ledger: ledger, alertLogPath: logPath, now: now), terminator: "")
    }
}
