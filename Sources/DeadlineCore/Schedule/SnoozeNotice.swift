/// One journal line about a snooze in force: "iraq-mission-end: overdue reminders snoozed until
/// 2026-03-01". The daemon logs these at start, and on reload those that are new or changed.
///
/// A commitment's own snooze is told for the commitment; a statement's, once for the statement
/// with the number of its commitments it holds (a commitment whose own snooze is the same date
/// counts there too).
public struct SnoozeNotice: Hashable, Sendable {
    /// The commitment (as messages name it) or the statement id.
    public var subject: String
    /// Nil for a commitment's own snooze; for a statement's, how many commitments it holds.
    public var commitments: Int?
    /// Which reminders it holds: `overdue`, `review`, or both.
    public var kinds: [AlertKind]
    /// The snooze's date as the config reads.
    public var until: String
    /// The words of the statement it belongs to.
    public var wording: Wording

    /// The line, in the statement's language.
    public var text: String { wording.alertVocabulary.snoozeNotice(self) }
}

extension Schedule {
    /// The snoozes that hold reminders at `now`: of open commitments with repeats, before the
    /// snooze ends. In config order.
    public func snoozeNotices(now: Instant) -> [SnoozeNotice] {
        var notices: [SnoozeNotice] = []
        var byStatement: [Int: Int] = [:]
        // By position: a loop over the tracks themselves would copy each one, at every start.
        for position in tracks.indices {
            guard let snooze = tracks[position].snooze(at: now), let kind = tracks[position].series?.kind else { continue }
            let commitment = tracks[position].commitment
            let statement = config.statement(of: commitment)
            let wording = config.statementWording(statement)
            guard snooze == statement.snooze else {
                notices.append(SnoozeNotice(
                    subject: config.label(of: commitment), commitments: nil, kinds: [kind], until: snooze.label, wording: wording))
                continue
            }
            if let index = byStatement[commitment.statementIndex] {
                notices[index].commitments! += 1
                if !notices[index].kinds.contains(kind) { notices[index].kinds = [.overdue, .review] }
            } else {
                byStatement[commitment.statementIndex] = notices.count
                notices.append(SnoozeNotice(subject: statement.id, commitments: 1, kinds: [kind], until: snooze.label, wording: wording))
            }
        }
        return notices
    }
}
