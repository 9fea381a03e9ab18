import ArgumentParser
import DeadlineCore

/// `deadlined export --ics`: the plan for calendar programs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the plan as an iCalendar (.ics) file: one event per deadline and milestone, one alarm per lead time.",
        discussion: """
            Events are all-day when the deadline is a date; alarms fire at the same instants as the daemon's \
            warnings. Event UIDs stay the same across edits, so importing again updates the calendar. \
            --at sets the moment written as each event's DTSTAMP (the clock's now by default).
            """
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var moment: MomentOption

    @Flag(help: "iCalendar (RFC 5545) output, the only format so far.")
    var ics = false

    func validate() throws {
        guard ics else { throw ValidationError("choose a format: --ics") }
    }

    func run() throws {
        let config = try location.loadOrExit()
        print(CalendarExport.ics(config: config, now: try moment.now(in: config.daemon.zone)), terminator: "")
    }
}
