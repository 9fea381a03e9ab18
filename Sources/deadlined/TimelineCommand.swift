import ArgumentParser
import CivilCalendar
import DeadlineCore
import DeadlineDaemon
import TOML

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
            the overdue span shaded, and a red line at now (--at moves it). --html puts the same picture in a \
            self-contained page with a legend and each commitment's quote on hover or keyboard focus; it \
            needs no script or network and prints on A4 landscape.
            """
    )

    @OptionGroup var location: ConfigLocation
    @OptionGroup var state: StateLocation

    @Option(help: ArgumentHelp(
        "Pretend now is this moment: 2025-08-01 (start of that day in the config's zone), 2025-08-01T09:30:00, or with an offset.",
        valueName: "date"))
    var at: String?

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
        let config = try location.loadOrExit()
        let now = try at.map { try MomentArgument.parse($0, zone: config.daemon.zone) } ?? SystemClock.now()
        let ledger = AlertLogFile.readLedgerIfPresent(path: state.alertLogPath(for: config))
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

/// Reads `--at` values with the config's own date syntax.
enum MomentArgument {
    static func parse(_ text: String, zone: Zone) throws -> Instant {
        guard !text.contains("\n"), let table = try? TOMLDocument.parse("at = \(text)"), let value = table["at"] else {
            throw ValidationError("--at \(text): write a date such as 2025-08-01, or 2025-08-01T09:30:00[+03:00]")
        }
        switch value {
        case .localDate(let date):
            return zone.startOfDay(CivilDate(year: date.year, month: date.month, day: date.day))
        case .localDateTime(let local):
            return zone.instant(of: CivilDateTime(
                date: CivilDate(year: local.date.year, month: local.date.month, day: local.date.day),
                hour: local.time.hour, minute: local.time.minute, second: local.time.second))
        case .offsetDateTime(let moment):
            let civil = CivilDateTime(
                date: CivilDate(year: moment.date.year, month: moment.date.month, day: moment.date.day),
                hour: moment.time.hour, minute: moment.time.minute, second: moment.time.second)
            return Instant(seconds: civil.utcSeconds - Int64(moment.offsetMinutes) * 60)
        default:
            throw ValidationError("--at \(text): write a date such as 2025-08-01, or 2025-08-01T09:30:00[+03:00]")
        }
    }
}
