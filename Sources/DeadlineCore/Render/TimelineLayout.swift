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
    /// Baselines of the two label lanes.
    static let laneBaselines = [28.0, 43.0]
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
        axis = TimeAxis(start: start, end: end, zone: zone, width: Self.stripWidth, characterWidth: Self.characterWidth)
        let (left, right) = (start, end)
        let x: (Instant) -> Double = { Self.position($0, from: left, to: right) }
        nowX = now >= start && now <= end ? x(now) : nil

        // One group per statement, in the config's order (its commitments are grouped by statement).
        var groups: [Group] = config.statements.map { Group(statement: $0, rows: []) }
        for (index, commitment) in config.commitments.enumerated() {
            let statement = config.statement(of: commitment)
            groups[commitment.statementIndex].rows.append(Self.row(
                commitment, track: timeline.events.tracks[index], events: bucket[index] ?? [], statement: statement, zone: zone,
                wording: config.statementWording(statement), now: now, x: x))
        }
        self.groups = groups
    }

    /// What the picture's heading names: the one statement, or the ids of several.
    static func headingStatement(_ config: Config) -> Statement {
        let statements = config.statements
        return statements.count == 1
            ? statements[0] : Statement(id: statements.map(\.id).joined(separator: ", "), title: nil, issued: nil, source: nil)
    }

    /// The x of an instant in strip coordinates.
    public func x(_ instant: Instant) -> Double { Self.position(instant, from: start, to: end) }

    static func position(_ instant: Instant, from start: Instant, to end: Instant) -> Double {
        Double(instant.seconds - start.seconds) * stripWidth / Double(end.seconds - start.seconds)
    }

    public static func labelWidth(_ text: String) -> Double { Double(text.count) * characterWidth }

    private static func row(
        _ commitment: Commitment, track: CommitmentTrack, events: [Timeline.Event], statement: Statement, zone: Zone, wording: Wording,
        now: Instant, x: (Instant) -> Double
    ) -> Row {
        var marks: [Mark] = []
        var wanted: [(x: Double, text: String)] = []
        var summary: [String] = []
        var span: ClosedRange<Double>?
        var overdue: ClosedRange<Double>?
        var statusWords = commitment.status.rawValue
        let day: (Instant) -> String = { zone.civil(at: $0).date.description }

        if let deadline = commitment.deadline {
            let begin = statement.issued.map { x(zone.startOfDay($0)) } ?? 0
            let deadlineX = x(deadline.instant)
            span = min(begin, deadlineX)...deadlineX
            if commitment.status.isActive, now > deadline.instant {
                overdue = deadlineX...x(now)
                statusWords += ", overdue"
            }
            let binding = deadline.binding
            let bindingText = "\(binding.kind.phrase) \(binding.lastDay?.description ?? zone.isoString(binding.instant))"
            marks.append(Mark(x: deadlineX, shape: .binding, text: "deadline: \(binding.explanation) (\(zone.isoString(binding.instant)))"))
            wanted.append((deadlineX, bindingText))
            summary.append("deadline \(commitment.deadlineLabel ?? day(binding.instant)) (\(binding.explanation))")
            for (position, bound) in deadline.bounds.enumerated() where position != deadline.bindingIndex {
                let text = "\(bound.kind.phrase) \(bound.lastDay?.description ?? zone.isoString(bound.instant))"
                marks.append(Mark(x: x(bound.instant), shape: .bound, text: "also: \(bound.explanation) (\(zone.isoString(bound.instant)))"))
                wanted.append((x(bound.instant), text))
                summary.append("also \(bound.explanation)")
            }
        } else {
            let words = ViewWords.of(wording)
            let text = commitment.reviewEvery.map(words.ongoing(reviewEvery:)) ?? words.ongoingNoReminders
            wanted.append((0, text))
            summary.append(text)
        }
        for milestone in commitment.milestones {
            let text = "\(milestone.id) \(milestone.label)"
            marks.append(Mark(x: x(milestone.at), shape: .milestone, text: "milestone \(milestone.id)\(milestone.title.map { ": \($0)" } ?? "") (\(milestone.label))"))
            wanted.append((x(milestone.at), text))
            summary.append("milestone \(text)")
        }
        // Last, so that they give way to the bounds and milestones: the status already says
        // "overdue" and "snoozed".
        if let overdue, let deadline = commitment.deadline {
            let text = "overdue " + HumanDuration.compact(seconds: now.interval(since: deadline.instant))
            wanted.append(((overdue.lowerBound + overdue.upperBound) / 2, text))
        }
        var snoozed: (span: ClosedRange<Double>, text: String)?
        if let held = track.snoozedSpan, let snooze = commitment.snooze {
            let text = "snoozed until \(snooze.label)"
            snoozed = (x(held.lowerBound)...x(held.upperBound), text)
            wanted.append((x(held.upperBound), text))
            summary.append("reminders \(text)")
            if track.snooze(at: now) != nil { statusWords += ", " + text }
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
            let state = wasSent ? "sent" : (event.isPast ? "not sent" : "pending")
            marks.append(Mark(x: x(alert.fireAt), shape: shape, text: "\(TimelineText.shortLocal(alert.fireAt, zone)), \(state): \(message)"))
        }
        // Alerts first, so the deadline and milestone marks are drawn over the warnings next to them.
        let alertMarks = marks.filter { ![.binding, .bound, .milestone].contains($0.shape) }
        marks = alertMarks + marks.filter { [.binding, .bound, .milestone].contains($0.shape) }
        if sent + pending > 0 { summary.append("\(sent) alerts sent, \(pending) not sent") }
        return Row(
            commitment: commitment, statusWords: statusWords, span: span, ongoing: commitment.deadline == nil,
            overdue: overdue, snoozed: snoozed, marks: marks, labels: place(wanted), summary: summary.joined(separator: "; "))
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
