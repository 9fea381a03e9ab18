/// The words of the `timeline`, `status` and `history` tables, in each language. The alerts in
/// them are worded by `AlertVocabulary`; these are the tables around them. Dates and times in
/// them are shown by `Wording.show`.
struct ViewWords: Sendable {
    var wording: Wording
    var statement: String
    var now: String
    var commitment: String
    var status: String
    var deadline: String
    var bindingBound: String
    var left: String
    var state: String
    var ongoingWord: String
    var when: String
    var event: String
    var fromNow: String
    var sent: String
    var lastAlertSent: String
    var nextAlert: String
    var noDate: String
    var ongoingNoReminders: String
    var alsoSeparator: String
    var firesNow: String
    var sentWord: String
    var dueWord: String
    var skippedWord: String
    var alertLog: String
    var statementColumn: String
    var kind: String
    var message: String
    var noAlertsRecorded: String

    static func of(_ wording: Wording) -> ViewWords {
        wording.language == .ar ? arabic(wording) : english(wording)
    }

    static func english(_ wording: Wording) -> ViewWords {
        ViewWords(
            wording: wording, statement: "Statement", now: "now", commitment: "COMMITMENT", status: "STATUS",
            deadline: "DEADLINE", bindingBound: "BINDING BOUND", left: "LEFT", state: "STATE", ongoingWord: "ongoing", when: "WHEN", event: "EVENT",
            fromNow: "FROM NOW", sent: "SENT", lastAlertSent: "LAST ALERT SENT", nextAlert: "NEXT ALERT",
            noDate: "no date", ongoingNoReminders: "ongoing: no reminders", alsoSeparator: "; also ",
            firesNow: "  <- fires now", sentWord: "sent", dueWord: "due", skippedWord: "skipped", alertLog: "Alert log",
            statementColumn: "STATEMENT", kind: "KIND", message: "MESSAGE", noAlertsRecorded: "No alerts recorded.")
    }

    static func arabic(_ wording: Wording) -> ViewWords {
        ViewWords(
            wording: wording, statement: "البيان", now: "الآن", commitment: "الالتزام", status: "الحالة",
            deadline: "الموعد النهائي", bindingBound: "القيد الحاكم", left: "المتبقي", state: "الوضع", ongoingWord: "مستمر", when: "الوقت", event: "الحدث",
            fromNow: "من الآن", sent: "أُرسل", lastAlertSent: "آخر تنبيه مُرسل", nextAlert: "التنبيه التالي",
            noDate: "بلا تاريخ", ongoingNoReminders: "مستمر: بلا تذكيرات", alsoSeparator: "؛ وأيضاً ",
            firesNow: "  ← يُطلق الآن", sentWord: "أُرسل", dueWord: "مستحق", skippedWord: "فُوِّت", alertLog: "سجل التنبيهات",
            statementColumn: "البيان", kind: "النوع", message: "الرسالة", noAlertsRecorded: "لم يُسجَّل أي تنبيه.")
    }

    var isArabic: Bool { wording.language == .ar }

    /// A date or a time: isolated inside Arabic, in the wording's digits; as is in English.
    func ltr(_ text: String) -> String { isArabic ? ArabicGrammar.isolate(wording.digits(in: text)) : text }
    /// An id, a zone, a file path: isolated inside Arabic, its digits kept (it is typed back
    /// into commands); as is in English.
    func id(_ text: String) -> String { isArabic ? ArabicGrammar.isolate(text) : text }

    var listSeparator: String { isArabic ? "، " : ", " }
    /// Between the clauses of one cell (the other bounds of a deadline).
    var clauseSeparator: String { isArabic ? "؛ " : "; " }

    /// "Statements a, b" (up to five), else "1000 statements": the heading of a view of several.
    func statementsHeading(_ config: Config) -> String {
        let count = config.statements.count
        if count <= 5 {
            let ids = config.statements.map { id($0.id) }.joined(separator: listSeparator)
            return (isArabic ? "البيانات " : "Statements ") + ids
        }
        return isArabic ? ArabicGrammar.count(count, .statement, digits: wording) : "\(count) statements"
    }

    func status(_ status: CommitmentStatus) -> String { isArabic ? ArabicWording.status(status) : status.rawValue }

    /// "open, snoozed until 2026-03-01": the status, and the snooze holding its reminders.
    func status(_ status: CommitmentStatus, snooze: Snooze?) -> String {
        guard let snooze else { return self.status(status) }
        return isArabic ? self.status(status) + "، تذكيراته مؤجَّلة حتى " + ltr(snooze.label)
            : "\(status.rawValue), snoozed until \(snooze.label)"
    }

    func ongoing(reviewEvery: WrittenSpan) -> String {
        isArabic ? "مستمر: مراجعة " + ArabicGrammar.every(reviewEvery.span, as: reviewEvery.text, digits: wording)
            : "ongoing: review every \(reviewEvery.text)"
    }

    /// "57d left" / "overdue by 3d".
    func timeLeft(_ seconds: Double) -> String {
        if isArabic {
            return seconds > 0 ? ArabicWording.left(seconds: seconds, wording) : "متأخر منذ " + ArabicWording.compact(seconds: seconds, wording)
        }
        let amount = HumanDuration.compact(seconds: seconds)
        return seconds > 0 ? amount + " left" : "overdue by " + amount
    }

    /// "in 27d" / "3d ago" / "now".
    func fromNow(_ seconds: Double) -> String {
        if isArabic { return ArabicWording.relative(seconds, wording) }
        let amount = HumanDuration.compact(seconds: seconds)
        return seconds > 0 ? "in \(amount)" : (seconds == 0 ? "now" : "\(amount) ago")
    }

    /// "passed 3d ago" (status table).
    func passedAgo(_ seconds: Double) -> String {
        isArabic ? "انقضى منذ " + ArabicWording.compact(seconds: seconds, wording)
            : "passed \(HumanDuration.compact(seconds: seconds)) ago"
    }

    func nowRule(_ time: String) -> String { isArabic ? "---- الآن: \(ltr(time)) ----" : "---- now: \(time) ----" }

    func nothingFires(_ time: String) -> String {
        isArabic ? "لا شيء يُطلق في \(ltr(time))." : "Nothing would fire at \(time)."
    }

    func wouldFire(_ time: String, _ list: String) -> String {
        isArabic ? "يُطلق في \(ltr(time)): \(list)" : "Would fire at \(time): \(list)"
    }

    /// "none (superseded by us-2025/end)": the next alert of a commitment another one replaced.
    func noneReplaced(by replacement: CommitmentRef) -> String {
        isArabic ? "لا شيء (حلّ محلّه \(id(replacement.description)))" : "none (superseded by \(replacement))"
    }

    func noneActive(_ status: CommitmentStatus) -> String {
        isArabic ? "لا شيء (\(self.status(status)))" : "none (\(status.rawValue))"
    }

    func alertLogLine(_ path: String, count: Int?) -> String {
        guard let count else {
            return isArabic ? "سجل التنبيهات: \(id(path)) (غير موجود: لم يُرسل أي تنبيه بعد، أو مجلد حالة آخر)"
                : "Alert log: \(path) (not found: no alert sent yet, or another --state-dir)"
        }
        return isArabic ? "سجل التنبيهات: \(id(path)) (\(ArabicGrammar.count(count, .alert, digits: wording)))"
            : "Alert log: \(path) (\(count) alerts)"
    }
}
