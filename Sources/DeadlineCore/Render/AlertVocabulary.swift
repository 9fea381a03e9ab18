import CivilCalendar

/// Every phrase a person reads about an alert, in one language: the journal's MESSAGE (also the
/// alert log's `message` and the notify command's text), the timeline's EVENT column and the
/// status table's NEXT and LAST columns, the STATUS= line, and the calendar's texts.
///
/// The one place alerts are worded. A new alert kind is a new case in each language's switches
/// (the compiler lists them); a new language is one new conforming type and its case in
/// `Wording.alertVocabulary`. Machine fields (journal field names and values meant for
/// programs, JSON keys, `kind` values) are not words and never change with the language. The
/// words of the tables around the alerts (column titles, "now") are `ViewWords`.
public protocol AlertVocabulary: Sendable {
    /// The whole sentence of an alert being sent:
    /// "iraq-mission-end: 30 days left until 2025-09-27 (within 12 months of 2024-09-27)"; on
    /// the first alert of a commitment that replaces another, it says so ("; it replaces
    /// us-iraq-2024-09-27/iraq-mission-end").
    func message(_ alert: AlertPresentation) -> String

    /// What an alert of the plan is: "30d before deadline", "deadline (within 12 months of
    /// 2024-09-27)", "overdue reminder #2", "review #3 (every 90d)". `issued` is the statement's
    /// date of issue, which a span counts from.
    func event(_ alert: Alert, of commitment: Commitment, issued: CivilDate?) -> String

    /// Why a deadline is what it is: "within 12 months of 2024-09-27", "no later than 2025-09";
    /// the issue date a `within` counts from is shown in the wording's calendar.
    func reason(_ bound: Bound, issued: CivilDate?) -> String

    /// The one-line STATUS= text: "4 commitments, 2 open; next: syria-mission-end overdue
    /// reminder in 12d".
    func statusLine(_ line: StatusLine) -> String

    /// An alert the alert log says was sent (status's LAST column): "approaching 30d", "review".
    func sent(kind: AlertKind, lead: String?) -> String

    /// The name of a kind of alert, for lists of what would fire: "approaching".
    func name(_ kind: AlertKind) -> String

    /// A calendar event's summary for a deadline: "Deadline: End the mission".
    func calendarDeadline(title: String) -> String

    /// A deadline's calendar event text: the title, the binding bound (and the others), the
    /// status; the quote follows it.
    func calendarDeadlineDescription(_ commitment: Commitment, deadline: Deadline, issued: CivilDate?) -> String

    /// A calendar event's summary for a milestone: "Milestone: Handover (End the mission)".
    func calendarMilestone(_ milestone: String, of title: String) -> String

    /// A milestone's calendar event text: "Milestone handover of iraq-mission-end".
    func calendarMilestoneDescription(_ milestone: String, of commitment: String) -> String

    /// A calendar alarm's text: "30d before: Deadline: End the mission".
    func calendarAlarm(lead: WrittenSpan?, summary: String) -> String

    /// The journal line about a snooze in force: "iraq-mission-end: overdue reminders snoozed
    /// until 2026-03-01", "us-iraq-2024-09-27 (3 commitments): overdue and review reminders ...".
    func snoozeNotice(_ notice: SnoozeNotice) -> String
}

extension Alert {
    /// For the reminder sent when a snooze ends: the snooze's date as the config reads.
    func snoozeLabel(of commitment: Commitment) -> String? {
        snoozedUntil == nil ? nil : commitment.snooze?.label
    }
}

extension Wording {
    /// The words alerts are told in, in this wording's language (and digits).
    public var alertVocabulary: any AlertVocabulary {
        switch language {
        case .en: EnglishAlertVocabulary(wording: self)
        case .ar: ArabicAlertVocabulary(wording: self)
        }
    }
}
