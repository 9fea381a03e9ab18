import CivilCalendar

/// The timeline as a terminal table and as JSON.
///
/// The table is built to be read in five seconds: one summary line per commitment (deadline,
/// the bound that binds, time left), then the events in time order with a "now" rule
/// between past and future, and what would fire now marked with an arrow.
public enum TimelineText {
    /// The headings in the view's wording; each commitment's row and each event in its
    /// statement's language.
    public static func table(_ timeline: Timeline) -> String {
        let config = timeline.config
        let zone = config.daemon.zone
        let now = timeline.now
        let wordings = StatementWordings(config)
        let words = wordings.heading.view
        let wording = words.wording
        let nowShown = wording.show(now, in: zone)
        var out = config.statements.count == 1 ? "\(words.statement) \(words.id(config.statements[0].id))" : words.statementsHeading(config)
        out += " - \(words.now) \(words.ltr(nowShown)) \(words.id(zone.identifier)) (\(words.ltr(wording.showUTC(now))) UTC)\n\n"

        var summary: [[String]] = [[words.commitment, words.status, "\(words.deadline) (\(zone.identifier))", words.bindingBound, words.left]]
        for (index, commitment) in config.commitments.enumerated() {
            let row = wordings.of(commitment)
            let status = row.view.status(commitment.status, snooze: timeline.events.tracks[index].snooze(at: now))
            guard let deadline = commitment.deadline else {
                let review = commitment.reviewEvery.map(row.view.ongoing(reviewEvery:)) ?? row.view.ongoingNoReminders
                summary.append([row.view.id(config.label(of: commitment)), status, row.view.noDate, review, "-"])
                continue
            }
            let issued = config.statement(of: commitment).issued
            let others = deadline.bounds.indices.filter { $0 != deadline.bindingIndex }.map { index in
                otherBound(deadline.bounds[index], issued: issued, zone: zone, row)
            }
            let binding = row.alerts.reason(deadline.binding, issued: issued)
                + (others.isEmpty ? "" : row.view.alsoSeparator + others.joined(separator: row.view.clauseSeparator))
            // Only an open commitment is overdue; one met, missed or replaced has just seen its
            // deadline pass, as `status` says.
            let left = deadline.instant.interval(since: now)
            summary.append([
                row.view.id(config.label(of: commitment)), status, row.view.ltr(commitment.deadlineLabel ?? ""),
                binding, left > 0 || commitment.status.isActive ? row.view.timeLeft(left) : row.view.passedAgo(left),
            ])
        }
        out += columns(summary) + "\n"

        var rows: [[String]] = [["\(words.when) (\(zone.identifier))", "UTC", words.commitment, words.event, words.fromNow, timeline.hasLedger ? words.sent : ""]]
        var nowRow: Int?
        for event in timeline.events {
            if nowRow == nil, !event.isPast { nowRow = rows.count }
            let row = wordings.of(event.commitment)
            let sent: String
            if let wasSent = event.sent {
                sent = wasSent ? row.view.sentWord : (event.isPast ? (event.firesNow ? row.view.dueWord : row.view.skippedWord) : "")
            } else {
                sent = ""
            }
            rows.append([
                row.view.ltr(row.wording.show(event.alert.fireAt, in: zone)), row.view.ltr(row.wording.showUTC(event.alert.fireAt) + "Z"),
                row.view.id(config.label(of: event.commitment)),
                row.alerts.event(event.alert, of: event.commitment, issued: config.statement(of: event.commitment).issued)
                    + (event.firesNow ? row.view.firesNow : ""),
                row.view.fromNow(event.alert.fireAt.interval(since: now)), sent,
            ])
        }
        let table = columnLines(rows)
        var lines = table
        lines.insert(words.nowRule(nowShown), at: nowRow ?? lines.count)
        out += lines.joined(separator: "\n") + "\n"
        let firing = timeline.events.filter(\.firesNow)
        out += "\n" + (firing.isEmpty
            ? words.nothingFires(nowShown) + "\n"
            : words.wouldFire(nowShown, firing.map { "\(words.id(config.label(of: $0.commitment))) \(wordings.heading.alerts.name($0.alert.kind))" }.joined(separator: words.listSeparator)) + "\n")
        return out
    }

    /// A bound other than the binding one, for the summary's BINDING BOUND column: its reason,
    /// and the last day it allows when the reason does not already show that day
    /// ("no later than 2025-09 = 2025-09-30", "within 3 months of 2025-12-01 = 2026-03-01").
    private static func otherBound(_ bound: Bound, issued: CivilDate?, zone: Zone, _ row: StatementWordings.Words) -> String {
        let reason = row.alerts.reason(bound, issued: issued)
        let day = bound.lastDay.map(row.wording.show) ?? row.wording.showExact(bound.instant, in: zone)
        return bound.kind != .within && bound.label == day ? reason : reason + " = " + row.view.ltr(day)
    }

    public static func json(_ timeline: Timeline) -> String {
        var writer = ByteWriter()
        writeJSON(timeline, to: &writer)
        return writer.text
    }

    /// The JSON of `json(_:)`, written piece by piece (for standard output, a buffered writer).
    public static func writeJSON(_ timeline: Timeline, to out: inout ByteWriter) {
        let zone = timeline.config.daemon.zone
        let now = timeline.now
        out.write("{\"statements\":[")
        for (index, statement) in timeline.config.statements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.write(quoted: statement.id)
        }
        out.write("],\"now\":\"")
        out.write(iso: now, in: zone)
        out.write("\",\"zone\":")
        out.write(quoted: zone.identifier)
        out.write(",\"commitments\":[")
        let commitments = timeline.config.commitments
        for index in commitments.indices {
            let commitment = commitments[index]
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.write("{\"statement\":" as StaticString)
            out.write(quoted: timeline.config.statement(of: commitment).id)
            out.write(",\"id\":" as StaticString)
            out.write(quoted: commitment.id)
            out.write(",\"title\":" as StaticString)
            out.write(quoted: commitment.title)
            out.write(",\"status\":" as StaticString)
            out.write(quoted: commitment.status.rawValue)
            if let snooze = commitment.snooze {
                out.write(",\"snooze_until\":\"" as StaticString)
                out.write(iso: snooze.until, in: zone)
                out.write("\",\"snoozed\":" as StaticString)
                out.write(timeline.events.tracks[index].snooze(at: now) != nil ? "true" as StaticString : "false")
            }
            if let deadline = commitment.deadline {
                out.write(",\"deadline\":\"" as StaticString)
                out.write(iso: deadline.instant, in: zone)
                out.write("\",\"deadline_utc\":\"" as StaticString)
                out.write(isoCivil: deadline.instant.seconds)
                out.write("Z\",\"deadline_label\":" as StaticString)
                out.write(quoted: commitment.deadlineLabel ?? "")
                out.write(",\"binding\":" as StaticString)
                out.write(quoted: deadline.binding.kind.key)
                out.write(",\"binding_explanation\":" as StaticString)
                out.write(quoted: deadline.binding.explanation)
                out.write(",\"remaining_seconds\":" as StaticString)
                out.write(decimal: deadline.instant.seconds - now.seconds)
                out.write(",\"bounds\":[" as StaticString)
                for (position, bound) in deadline.bounds.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    out.write("{\"kind\":" as StaticString)
                    out.write(quoted: bound.kind.key)
                    out.write(",\"at\":\"" as StaticString)
                    out.write(iso: bound.instant, in: zone)
                    out.write("\",\"explanation\":" as StaticString)
                    out.write(quoted: bound.explanation)
                    out.append(UInt8(ascii: "}"))
                }
                out.write("]}" as StaticString)
            } else {
                out.write(",\"deadline\":null}" as StaticString)
            }
            out.flushIfFull()
        }
        out.write("],\"events\":[\n")
        let events = timeline.events
        for index in 0..<events.count {
            writeEvent(events, index, zone: zone, now: now, to: &out)
            out.flushIfFull()
        }
        out.write("\n]}\n")
        out.flush()
    }

    /// One event of the JSON (with the ",\n" before it unless it is the first).
    private static func writeEvent(_ events: Timeline.Events, _ index: Int, zone: Zone, now: Instant, to out: inout ByteWriter) {
        let alert = events.alert(at: index)
        if index > 0 { out.write(",\n" as StaticString) }
        out.write("{\"at\":\"" as StaticString)
        out.write(iso: alert.fireAt, in: zone)
        out.write("\",\"at_utc\":\"" as StaticString)
        out.write(isoCivil: alert.fireAt.seconds)
        out.write("Z\",\"statement\":" as StaticString)
        out.write(quoted: events.statementID(at: index))
        out.write(",\"commitment\":" as StaticString)
        out.write(quoted: alert.commitmentID)
        if let milestone = alert.milestoneID {
            out.write(",\"milestone\":" as StaticString)
            out.write(quoted: milestone)
        }
        out.write(",\"kind\":" as StaticString)
        out.write(quoted: alert.kind.rawValue)
        if let lead = alert.lead {
            out.write(",\"lead\":" as StaticString)
            out.write(quoted: lead.text)
        }
        if alert.occurrence > 0 {
            out.write(",\"occurrence\":" as StaticString)
            out.write(decimal: Int64(alert.occurrence))
        }
        if let until = alert.snoozedUntil {
            out.write(",\"snoozed_until\":\"" as StaticString)
            out.write(iso: until, in: zone)
            out.append(UInt8(ascii: "\""))
        }
        out.write(",\"alert_id\":\"" as StaticString)
        out.write(hex: alert.id)
        out.write("\",\"target\":\"" as StaticString)
        out.write(iso: alert.target, in: zone)
        out.write("\",\"seconds_from_now\":" as StaticString)
        out.write(decimal: alert.fireAt.seconds - now.seconds)
        out.write(",\"past\":" as StaticString)
        out.write(alert.fireAt <= events.now ? "true" as StaticString : "false")
        out.write(",\"fires_now\":" as StaticString)
        out.write(events.dueNow.contains(alert.id) ? "true" as StaticString : "false")
        out.write(",\"sent\":" as StaticString)
        if let sent = events.ledger?.contains(alert.id) { out.write(sent ? "true" as StaticString : "false") } else { out.write("null" as StaticString) }
        out.append(UInt8(ascii: "}"))
    }

    /// A moment on the Gregorian calendar, to the minute: `2025-08-01 09:30 +03:00` (the picture's
    /// marks; the tables show moments through `Wording.show(_:in:)`).
    static func shortLocal(_ instant: Instant, _ zone: Zone) -> String { Wording.english.show(instant, in: zone) }

    static func columns(_ rows: [[String]]) -> String { columnLines(rows).joined(separator: "\n") + "\n" }

    /// Left-aligned columns two spaces apart, widths measured in characters (Unicode isolates,
    /// which take no room on screen, not counted).
    static func columnLines(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(cell)) } }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line += index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - width(cell) + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    private static func width(_ cell: String) -> Int {
        cell.count - cell.unicodeScalars.count { (0x2066...0x2069).contains($0.value) }
    }
}
