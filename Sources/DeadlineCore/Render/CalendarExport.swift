import CivilCalendar
import TextWriting

/// The plan as an RFC 5545 iCalendar file, for the calendar programs people already use.
///
/// One VEVENT per deadline and per milestone, all-day when the date is a day, month or year,
/// with one VALARM per lead time. Alarms use absolute UTC triggers equal to the schedule's own
/// `approaching` instants, so a calendar warns exactly when the daemon does. UIDs are built from
/// the statement, commitment and milestone ids only: importing again after an edit updates the
/// event instead of adding a second one. Ongoing commitments have no date and no event.
public enum CalendarExport {
    public static func ics(config: Config, now: Instant) -> String {
        let zone = config.daemon.zone
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//deadlined//deadlined//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(calendarName(config)),
        ]
        let stamp = utc(now)
        let schedule = Schedule(config: config)
        let wordings = StatementWordings(config)
        for track in schedule.tracks {
            let commitment = track.commitment
            // Each event in its statement's language.
            let words = wordings.of(commitment).alerts
            let statementID = track.statementID
            guard commitment.status.isActive || commitment.deadline != nil else { continue }
            if let deadline = commitment.deadline {
                let approaching = track.finite.filter { $0.kind == .approaching && $0.milestoneID == nil }
                var description = words.calendarDeadlineDescription(commitment, deadline: deadline, issued: config.statement(of: commitment).issued)
                if let quote = commitment.quote { description += "\n\n" + quote }
                lines += event(
                    uid: "\(statementID).\(commitment.id)@deadlined", stamp: stamp,
                    summary: words.calendarDeadline(title: commitment.title), description: description,
                    lastDay: deadline.binding.lastDay, instant: deadline.instant, alarms: approaching,
                    commitmentID: commitment.id, zone: zone, words: words)
            }
            for milestone in commitment.milestones {
                let approaching = track.finite.filter { $0.kind == .approaching && $0.milestoneID == milestone.id }
                lines += event(
                    uid: "\(statementID).\(commitment.id).\(milestone.id)@deadlined", stamp: stamp,
                    summary: words.calendarMilestone(milestone.title ?? milestone.id, of: commitment.title),
                    description: words.calendarMilestoneDescription(milestone.id, of: commitment.id), lastDay: milestone.lastDay,
                    instant: milestone.at, alarms: approaching, commitmentID: commitment.id, zone: zone, words: words)
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The statement's title when there is one statement; else "deadlined".
    private static func calendarName(_ config: Config) -> String {
        config.statements.count == 1 ? config.statements[0].title ?? config.statements[0].id : "deadlined"
    }

    private static func event(
        uid: String, stamp: String, summary: String, description: String, lastDay: CivilDate?, instant: Instant,
        alarms: [Alert], commitmentID: String, zone: Zone, words: any AlertVocabulary
    ) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + escape(uid), "DTSTAMP:" + stamp]
        if let lastDay {
            lines.append("DTSTART;VALUE=DATE:" + compact(lastDay))
            lines.append("DTEND;VALUE=DATE:" + compact(lastDay.adding(days: 1)))
        } else {
            lines.append("DTSTART:" + utc(instant))
            lines.append("DTEND:" + utc(instant))
        }
        lines += ["SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT",
                  "X-DEADLINED-COMMITMENT:" + escape(commitmentID), "X-DEADLINED-AT:" + zone.isoString(instant)]
        for alarm in alarms {
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:" + escape(words.calendarAlarm(lead: alarm.lead, summary: summary)),
                "TRIGGER;VALUE=DATE-TIME:" + utc(alarm.fireAt),
                "X-DEADLINED-ALERT-ID:" + alarm.id.hex,
                "END:VALARM",
            ]
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// `20250927T210000Z`
    static func utc(_ instant: Instant) -> String {
        let civil = CivilDateTime(utcSeconds: instant.seconds)
        return compact(civil.date) + "T" + Digits.padded(civil.hour, 2) + Digits.padded(civil.minute, 2)
            + Digits.padded(civil.second, 2) + "Z"
    }

    static func compact(_ date: CivilDate) -> String {
        Digits.padded(date.year, 4) + Digits.padded(date.month, 2) + Digits.padded(date.day, 2)
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
    /// never splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result
    }
}
