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
            --svg draws the plan as a picture: one row per commitment, the binding deadline and the other \
            bounds as labelled diamonds, milestones as triangles, lead-time warnings as circles (filled once \
            the alert log says they were sent, hollow while not), overdue and review reminders as squares, \
            the overdue span shaded, the span a snooze_until holds dashed and labelled "snoozed until", \
            and a red line at now (--at moves it). --html puts the same picture in a \
            self-contained page with a legend and each commitment's quote on hover or keyboard focus; it \
            needs no script or network and prints on A4 landscape.
            """
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var selection: Selection
    @OptionGroup var state: StateLocation

    @OptionGroup var moment: MomentOption

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print the timeline as an SVG picture.")
    var svg = false

    @Flag(help: "Print the timeline as a self-contained HTML page (the SVG picture, a legend, the quotes).")
    var html = false

    func validate() throws {
        if [json, svg, html].filter({ $0 }).count > 1 { throw ValidationError("choose one of --json, --svg and --html") }
    }

    func run() throws {
        let config = try selection.apply(to: location.loadOrExit())
        let now = try moment.now(in: config.daemon.zone)
        let ledger = AlertLogContents.readLedger(path: state.alertLogPath(for: config))
        let timeline = Timeline(schedule: Schedule(config: config), ledger: ledger, now: now)
        var out = ByteWriter(descriptor: 1)
        if json {
            TimelineText.writeJSON(timeline, to: &out)
        } else if svg {
            TimelineSVG.write(timeline, to: &out)
        } else if html {
            TimelinePage.write(timeline, to: &out)
        } else {
            print(TimelineText.table(timeline), terminator: "")
        }
    }
}
