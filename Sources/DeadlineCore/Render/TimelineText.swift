/// The timeline as a terminal table and as JSON.
///
/// The table is built to be read in five seconds: one summary line per commitment (deadline,
/// the bound that binds, time left), then the events in time order with a "now" rule
/// between past and future, and what would fire now marked with an arrow.
public enum TimelineText {
    public static func table(_ timeline: Timeline) -> String {
        let zone = timeline.config.daemon.zone
        let now = timeline.now
        var out = "Statement \(timeline.config.statement.id)"
        out += " - now \(shortLocal(now, zone)) \(zone.identifier) (\(shortUTC(now)) UTC)\n\n"

        var summary: [[String]] = [["COMMITMENT", "STATUS", "DEADLINE (\(zone.identifier))", "BINDING BOUND", "LEFT"]]
        for commitment in timeline.config.commitments {
            guard let deadline = commitment.deadline else {
                let review = commitment.reviewEvery.map { "ongoing: review every \($0.text)" } ?? "ongoing: no reminders"
                summary.append([commitment.id, commitment.status.rawValue, "no date", review, "-"])
                continue
            }
            let others = deadline.bounds.indices.filter { $0 != deadline.bindingIndex }.map { index in
                let bound = deadline.bounds[index]
                return "\(bound.explanation) = \(bound.lastDay?.description ?? zone.isoString(bound.instant))"
            }
            let binding = deadline.binding.explanation + (others.isEmpty ? "" : "; also " + others.joined(separator: "; "))
            summary.append([
                commitment.id, commitment.status.rawValue, commitment.deadlineLabel ?? "",
                binding, relative(deadline.instant, now: now, pastWord: "overdue by ", futureWord: " left"),
            ])
        }
        out += columns(summary) + "\n"

        var rows: [[String]] = [["WHEN (\(zone.identifier))", "UTC", "COMMITMENT", "EVENT", "FROM NOW", timeline.hasLedger ? "SENT" : ""]]
        var nowRow: Int?
        for event in timeline.events {
            if nowRow == nil, !event.isPast { nowRow = rows.count }
            let sent: String
            if let wasSent = event.sent {
                sent = wasSent ? "sent" : (event.isPast ? (event.firesNow ? "due" : "skipped") : "")
            } else {
                sent = ""
            }
            rows.append([
                shortLocal(event.alert.fireAt, zone), shortUTC(event.alert.fireAt) + "Z", event.commitment.id,
                Timeline.describe(event.alert, of: event.commitment) + (event.firesNow ? "  <- fires now" : ""),
                relative(event.alert.fireAt, now: now, pastWord: "", futureWord: ""), sent,
            ])
        }
        let table = columnLines(rows)
        var lines = table
        let rule = "---- now: \(shortLocal(now, zone)) ----"
        lines.insert(rule, at: nowRow ?? lines.count)
        out += lines.joined(separator: "\n") + "\n"
        let firing = timeline.events.filter(\.firesNow)
        out += "\n" + (firing.isEmpty
            ? "Nothing would fire at \(shortLocal(now, zone)).\n"
            : "Would fire at \(shortLocal(now, zone)): " + firing.map { "\($0.commitment.id) \($0.alert.kind.rawValue)" }.joined(separator: ", ") + "\n")
        return out
    }

    public static func json(_ timeline: Timeline) -> String {
        let zone = timeline.config.daemon.zone
        let now = timeline.now
        var commitments: [String] = []
        for commitment in timeline.config.commitments {
            var object = JSONObjectWriter()
            object.add("id", commitment.id)
            object.add("title", commitment.title)
            object.add("status", commitment.status.rawValue)
            if let deadline = commitment.deadline {
                object.add("deadline", zone.isoString(deadline.instant))
                object.add("deadline_utc", deadline.instant.description)
                object.add("deadline_label", commitment.deadlineLabel ?? "")
                object.add("binding", deadline.binding.kind.key)
                object.add("binding_explanation", deadline.binding.explanation)
                object.add("remaining_seconds", deadline.instant.seconds - now.seconds)
                let bounds = deadline.bounds.map { bound in
                    var entry = JSONObjectWriter()
                    entry.add("kind", bound.kind.key)
                    entry.add("at", zone.isoString(bound.instant))
                    entry.add("explanation", bound.explanation)
                    return entry.text
                }
                object.addRaw("bounds", "[" + bounds.joined(separator: ",") + "]")
            } else {
                object.addRaw("deadline", "null")
            }
            commitments.append(object.text)
        }
        var events: [String] = []
        events.reserveCapacity(timeline.events.count)
        for event in timeline.events {
            var object = JSONObjectWriter()
            object.add("at", zone.isoString(event.alert.fireAt))
            object.add("at_utc", event.alert.fireAt.description)
            object.add("commitment", event.commitment.id)
            if let milestone = event.alert.milestoneID { object.add("milestone", milestone) }
            object.add("kind", event.alert.kind.rawValue)
            if let lead = event.alert.lead { object.add("lead", lead.text) }
            if event.alert.occurrence > 0 { object.add("occurrence", event.alert.occurrence) }
            object.add("alert_id", event.alert.id)
            object.add("target", zone.isoString(event.alert.target))
            object.add("seconds_from_now", event.alert.fireAt.seconds - now.seconds)
            object.add("past", event.isPast)
            object.add("fires_now", event.firesNow)
            if let sent = event.sent { object.add("sent", sent) } else { object.addRaw("sent", "null") }
            events.append(object.text)
        }
        var root = JSONObjectWriter()
        root.add("statement", timeline.config.statement.id)
        root.add("now", zone.isoString(now))
        root.add("zone", zone.identifier)
        root.addRaw("commitments", "[" + commitments.joined(separator: ",") + "]")
        root.addRaw("events", "[\n" + events.joined(separator: ",\n") + "\n]")
        return root.text + "\n"
    }

    /// "in 27d" / "3d ago", or with words for the summary ("57d left", "overdue by 3d").
    static func relative(_ instant: Instant, now: Instant, pastWord: String, futureWord: String) -> String {
        let seconds = instant.interval(since: now)
        let amount = HumanDuration.compact(seconds: seconds)
        if pastWord.isEmpty && futureWord.isEmpty { return seconds > 0 ? "in \(amount)" : (seconds == 0 ? "now" : "\(amount) ago") }
        return seconds > 0 ? amount + futureWord : pastWord + amount
    }

    static func shortLocal(_ instant: Instant, _ zone: Zone) -> String {
        let offset = zone.offset(atEpochSeconds: instant.seconds)
        return CivilDateTime(utcSeconds: instant.seconds + Int64(offset)).shortString + " " + Zone.offsetString(offset)
    }

    static func shortUTC(_ instant: Instant) -> String { CivilDateTime(utcSeconds: instant.seconds).shortString }

    static func columns(_ rows: [[String]]) -> String { columnLines(rows).joined(separator: "\n") + "\n" }

    /// Left-aligned columns two spaces apart, widths measured in characters.
    static func columnLines(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line += index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
