import CivilCalendar

/// Where everything of the timeline picture goes: a time axis, and for each commitment a strip
/// with its marks and the labels that fit. Pure geometry from a `Timeline` (the same events,
/// sent flags and `now` as the text timeline); `TimelineSVG` and `TimelinePage` only write it out.
///
/// Labels are placed, not hoped for: each label's width is reckoned from its characters in the
/// monospace font the picture uses for them, and a label that would touch another in both
/// lanes of its row is left out of the strip (its text stays in the mark's tooltip).
public struct TimelineLayout: Sendable {
    /// Strip coordinates: x from 0 to `stripWidth`, y from 0 to `rowHeight` within a row.
    public static let stripWidth = 840.0
    public static let rowHeight = 50.0
    /// The line the marks sit on.
    static let barY = 12.0
    /// Baselines of the two label lanes: 17 apart, as Arabic text (whose fallback glyphs have a
    /// taller line box than Latin) needs to keep the lanes' boxes apart.
    static let laneBaselines = [27.0, 44.0]
    /// Mark labels: 11-unit monospace, whose advance is 0.6 em; reckoned a little wider.
    static let labelFontSize = 11.0
    static let characterWidth = 6.8
    /// Room kept free between two labels of a lane.
    static let labelGap = 8.0
    /// Room at each end of the time range, as a share of it, so no mark sits on the edge.
    static let padding = 0.04

    public enum MarkShape: String, Sendable {
        /// The bound that sets the deadline: a filled diamond.
        case binding
        /// Another bound of the same deadline: a hollow diamond.
        case bound
        /// A milestone: a triangle.
        case milestone
        /// A lead-time warning: a circle, filled once the alert log says it went out.
        case warningSent = "warning-sent"
        case warningPending = "warning-pending"
        /// An overdue or review reminder: a square, filled when sent.
        case reminderSent = "reminder-sent"
        case reminderPending = "reminder-pending"
    }

    public struct Mark: Sendable {
        public var x: Double
        public var shape: MarkShape
        /// What the mark is, in words (its tooltip).
        public var text: String
    }

    public struct Label: Sendable {
        /// Left edge (labels are written left-anchored, so the box starts here).
        public var x: Double
        public var width: Double
        public var lane: Int
        public var text: String
        public var baseline: Double { TimelineLayout.laneBaselines[lane] }
    }

    public struct Row: Sendable {
        public var commitment: Commitment
        /// "open", "met", ... and "overdue" for an open commitment past its deadline.
        public var statusWords: String
        /// The commitment's line: from the statement's issue date (or the left edge) to the deadline.
        public var span: ClosedRange<Double>?
        /// An ongoing commitment's line runs across the whole strip, dashed.
        public var ongoing: Bool
        /// The part of the line past the deadline, up to now, while the commitment is still open.
        public var overdue: ClosedRange<Double>?
        /// Where a snooze holds the reminders (`CommitmentTrack.snoozedSpan`), and until when in words.
        public var snoozed: (span: ClosedRange<Double>, text: String)?
        public var marks: [Mark]
        public var labels: [Label]
        /// The bounds, milestones and alerts of the row in words, for its description.
        public var summary: String
    }

    public struct Group: Sendable {
        public var statement: Statement
        public var rows: [Row]
    }

    public let zone: Zone
    public let now: Instant
    /// The picture's own words, in the config's language, calendar and digits.
    let words: ViewWords
    public let axis: TimeAxis
    public let groups: [Group]
    /// The now line, or nil when now is outside the range drawn.
    public let nowX: Double?
    let start: Instant
    let end: Instant

    public init(_ timeline: Timeline) {
        let config = timeline.config
        zone = config.daemon.zone
        now = timeline.now
        words = ViewWords.of(config.wording)
        var bucket: [Int: [Timeline.Event]] = [:]
        for event in timeline.events { bucket[event.commitmentIndex, default: []].append(event) }

        var low = now.seconds
        var high = now.seconds
        func include(_ instant: Instant) {
            low = min(low, instant.seconds)
            high = max(high, instant.seconds)
        }
        for statement in config.statements {
            if let issued = statement.issued { include(zone.startOfDay(issued)) }
        }
        for commitment in config.commitments {
            for bound in commitment.deadline?.bounds ?? [] { include(bound.instant) }
            for milestone in commitment.milestones { include(milestone.at) }
        }
        for event in timeline.events { include(event.alert.fireAt) }
        if high - low < 2 * 86_400 {
            low -= 86_400
            high += 86_400
        }
        let pad = Int64(Double(high - low) * Self.padding)
        start = Instant(seconds: low - pad)
        end = Instant(seconds: high + pad)
        axis = TimeAxis(start: start, end: end, zone: zone, width: Self.stripWidth, characterWidth: Self.characterWidth, wording: config.wording)
        let (left, right, words) = (start, end, words)
        let x: (Instant) -> Double = { Self.position($0, from: left, to: right) }
        nowX = now >= start && now <= end ? x(now) : nil

        // One group per statement, in the config's order (its commitments are grouped by statement).
        var groups: [Group] = config.statements.map { Group(statement: $0, rows: []) }
        let replacements = config.replacements
        for (index, commitment) in config.commitments.enumerated() {
            let statement = config.statement(of: commitment)
            let track = timeline.events.tracks[index]
            groups[commitment.statementIndex].rows.append(Self.row(
                commitment, track: track, events: bucket[index] ?? [], statement: statement, zone: zone,
                wording: config.statementWording(statement), words: words, replacedBy: replacements[track.ref], now: now, x: x))
        }
        self.groups = groups
    }

    /// The x of an instant in strip coordinates.
    public func x(_ instant: Instant) -> Double { Self.position(instant, from: start, to: end) }

    static func position(_ instant: Instant, from start: Instant, to end: Instant) -> Double {
        Double(instant.seconds - start.seconds) * stripWidth / Double(end.seconds - start.seconds)
    }

    /// The width of a label; the bidirectional isolate marks take no room.
    public static func labelWidth(_ text: String) -> Double {
        Double(text.count { !isolateMarks.contains($0) }) * characterWidth
    }

    static let isolateMarks: Set<Character> = ["\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    private static func row(
        _ commitment: Commitment, track: CommitmentTrack, events: [Timeline.Event], statement: Statement, zone: Zone, wording: Wording,
        words: ViewWords, replacedBy: CommitmentRef?, now: Instant, x: (Instant) -> Double
    ) -> Row {
        var marks: [Mark] = []
        var wanted: [(x: Double, text: String)] = []
        var summary: [String] = []
        var span: ClosedRange<Double>?
        var overdue: ClosedRange<Double>?
        var statusWords = words.status(commitment.status)
        if commitment.status == .superseded, let replacedBy { statusWords = words.supersededStatus(by: replacedBy) }

        if let deadline = commitment.deadline {
            let begin = statement.issued.map { x(zone.startOfDay($0)) } ?? 0
            let deadlineX = x(deadline.instant)
            span = min(begin, deadlineX)...deadlineX
            if commitment.status.isActive, now > deadline.instant {
                overdue = deadlineX...x(now)
                statusWords = words.overdueStatus(commitment.status)
            }
            let binding = deadline.binding
            let explanation = words.explanation(binding, issued: statement.issued)
            marks.append(Mark(x: deadlineX, shape: .binding, text: words.deadlineMark(explanation, at: binding.instant, zone)))
            wanted.append((deadlineX, words.line(words.boundLabel(binding, zone: zone))))
            let label = commitment.deadlineLabel ?? zone.civil(at: binding.instant).date.description
            summary.append(words.deadlineSummary(label, explanation))
            for (position, bound) in deadline.bounds.enumerated() where position != deadline.bindingIndex {
                let explanation = words.explanation(bound, issued: statement.issued)
                marks.append(Mark(x: x(bound.instant), shape: .bound, text: words.otherBoundMark(explanation, at: bound.instant, zone)))
                wanted.append((x(bound.instant), words.line(words.boundLabel(bound, zone: zone))))
                summary.append(words.otherBoundSummary(explanation))
            }
        } else {
            let text = commitment.reviewEvery.map(words.ongoing(reviewEvery:)) ?? words.ongoingNoReminders
            wanted.append((0, words.line(text)))
            summary.append(text)
        }
        for milestone in commitment.milestones {
            let text = words.milestoneLabel(milestone)
            marks.append(Mark(x: x(milestone.at), shape: .milestone, text: words.milestoneMark(milestone)))
            wanted.append((x(milestone.at), words.line(text)))
            summary.append("\(words.milestone) \(text)")
        }
        // Last, so that they give way to the bounds and milestones: the status already says
        // "overdue" and "snoozed".
        if let overdue, let deadline = commitment.deadline {
            let text = words.overdueFor(now.interval(since: deadline.instant))
            wanted.append(((overdue.lowerBound + overdue.upperBound) / 2, words.line(text)))
        }
        var snoozed: (span: ClosedRange<Double>, text: String)?
        if let held = track.snoozedSpan, let snooze = commitment.snooze {
            let text = words.snoozedLabel(snooze)
            snoozed = (x(held.lowerBound)...x(held.upperBound), text)
            wanted.append((x(held.upperBound), words.line(text)))
            summary.append(words.snoozedSummary(snooze))
            if track.snooze(at: now) != nil { statusWords += words.snoozedStatus(snooze) }
        }
        var sent = 0
        var pending = 0
        for event in events {
            let alert = event.alert
            // A due alert sits on its deadline or milestone mark; that mark stands for it.
            if alert.kind == .due { continue }
            let wasSent = event.sent == true
            if wasSent { sent += 1 } else { pending += 1 }
            let shape: MarkShape = alert.kind == .approaching
                ? (wasSent ? .warningSent : .warningPending)
                : (wasSent ? .reminderSent : .reminderPending)
            let message = AlertPresentation(
                alert: alert, commitment: commitment, statement: statement, zone: zone, now: alert.fireAt, wording: wording).message
            let text = words.alertMark(at: alert.fireAt, zone, sent: wasSent, past: event.isPast, message: message)
            marks.append(Mark(x: x(alert.fireAt), shape: shape, text: text))
        }
        // Alerts first, so the deadline and milestone marks are drawn over the warnings next to them.
        let alertMarks = marks.filter { ![.binding, .bound, .milestone].contains($0.shape) }
        marks = alertMarks + marks.filter { [.binding, .bound, .milestone].contains($0.shape) }
        if sent + pending > 0 { summary.append(words.alertCounts(sent: sent, notSent: pending)) }
        return Row(
            commitment: commitment, statusWords: statusWords, span: span, ongoing: commitment.deadline == nil,
            overdue: overdue, snoozed: snoozed, marks: marks, labels: place(wanted), summary: summary.joined(separator: words.clauseSeparator))
    }

    /// Each label centred on its mark where the strip allows, in the first lane where it keeps
    /// `labelGap` from every label already there; a label that fits in no lane is left out.
    static func place(_ wanted: [(x: Double, text: String)]) -> [Label] {
        var placed: [Label] = []
        for (center, text) in wanted {
            let width = labelWidth(text)
            guard width <= stripWidth else { continue }
            let left = min(max(center - width / 2, 0), stripWidth - width)
            for lane in laneBaselines.indices {
                let clear = placed.allSatisfy { other in
                    other.lane != lane || left + width + labelGap <= other.x || other.x + other.width + labelGap <= left
                }
                if clear {
                    placed.append(Label(x: left, width: width, lane: lane, text: text))
                    break
                }
            }
        }
        return placed
    }
}
