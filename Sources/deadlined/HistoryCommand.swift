import ArgumentParser
import DeadlineCore
import DeadlineDaemon

/// `deadlined history`: the audit trail, from the alert log.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every alert sent, every deadline moved and every commitment resolved, in the order sent.",
        discussion: """
            Reads the alert log only (the config just says where it is, and the zone, language and calendar \
            of the table), \
            so it works whether the daemon runs or not, and keeps the past of statements since removed.
            """
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var state: StateLocation
    @OptionGroup var selection: Selection

    @Flag(help: "Print a JSON array of alert log records instead of a table.")
    var json = false

    func run() throws {
        let config = try location.loadOrExit()
        let logPath = state.alertLogPath(for: config)
        guard let records = AlertLogContents.readRecords(path: logPath) else {
            throw ValidationError("no alert log at \(logPath): no alert sent yet, or another --state-dir")
        }
        let chosen = AlertHistory.select(records, statementIDs: selection.statementIDs, commitmentID: selection.commitmentID)
        print(json ? AlertHistory.json(chosen) : AlertHistory.table(chosen, config: config), terminator: "")
    }
}
