import ArgumentParser
import DeadlineCore

/// `deadlined timeline`: the plan in time order, and what would fire at a given moment.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show every alert of every commitment in time order.",
        discussion: """
            Each row gives the local time and UTC, the commitment, the event, and how far it is from now. \
            Where the alert log exists (see --state-dir) a SENT column says whether each alert went out. \
            --at shows the plan as it stands at another moment, and what would fire then.
            """
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var state: StateLocation

    @OptionGroup var moment: MomentOption

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let config = try location.loadOrExit()
        let now = try moment.now(in: config.daemon.zone)
        let ledger = AlertLogContents.readLedger(path: state.alertLogPath(for: config))
        let timeline = Timeline(schedule: Schedule(config: config), ledger: ledger, now: now)
        if json {
            var out = ByteWriter(descriptor: 1)
            TimelineText.writeJSON(timeline, to: &out)
        } else {
            print(TimelineText.table(timeline), terminator: "")
        }
    }
}
