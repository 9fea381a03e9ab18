import ArgumentParser
import DeadlineCore

/// `deadlined status`: where each commitment stands, from the config and the alert log.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each commitment's status (snoozed or not), deadline, time left, last alert sent and next alert.",
        discussion: "Reads the config and the alert log only, so it works whether the daemon runs or not. --at shows where things stand at another moment."
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var selection: Selection
    @OptionGroup var state: StateLocation
    @OptionGroup var moment: MomentOption

    func run() throws {
        let config = try selection.apply(to: location.loadOrExit())
        let now = try moment.now(in: config.daemon.zone)
        let logPath = state.alertLogPath(for: config)
        let ledger = AlertLogContents.readLedger(path: logPath)
        print(StatusReport.text(config: config, ledger: ledger, alertLogPath: logPath, now: now), terminator: "")
    }
}
