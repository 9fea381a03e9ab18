import TOML
import CivilCalendar

extension ConfigLoader {
    static func readCommitment(
        _ table: TOMLTable, position: TOMLPosition, daemon: DaemonSettings, statement: Statement, log: DiagnosticLog,
        cache: LoadCache
    ) -> Commitment? {
        var reader = TableReader<CommitmentKey>(table: table, name: .commitment(id: nil), log: log)
        reader.nameSource = .commitment(id: reader.rawString(.id))
        reader.rejectUnknownKeys()
        let errorsBefore = log.diagnostics.count

        let id = reader.required(reader.string(.id), .id, example: "\"iraq-mission-end\"")
        if let (text, position) = id { checkIdentifier(text, what: "commitment id", at: position, log: log) }
        let title = reader.string(.title)?.value
        let parties = cache.parties(reader)
        let quote = reader.string(.quote)?.value

        var status = CommitmentStatus.open
        if let (text, position) = reader.string(.status) {
            if let found = CommitmentStatus(rawValue: text), CommitmentStatus.written.contains(found) {
                status = found
            } else if text == CommitmentStatus.superseded.rawValue {
                log.error("`status` cannot be \"superseded\": the commitment of a later statement that replaces this one says so, with `supersedes = \"\(statement.id)/\(reader.rawString(.id) ?? "...")\"`", at: position)
            } else {
                let names = CommitmentStatus.written.map(\.rawValue)
                let hint = Suggestion.hint(for: text, among: names)
                log.error("`status` must be one of \(names.joined(separator: ", ")), not \(quoted(text))\(hint)", at: position)
            }
        }

        let leadTimes = cache.leadTimes(reader) ?? daemon.leadTimes
        let overdueEvery = !reader.has(.overdueEvery)
            ? daemon.overdueEvery : readRepeat(reader, key: .overdueEvery, default: nil)
        let reviewEvery = !reader.has(.reviewEvery)
            ? daemon.reviewEvery : readRepeat(reader, key: .reviewEvery, default: nil)

        let bounds = readBounds(reader, zone: daemon.zone, statement: statement, cache: cache)
        let deadline = Deadline(bounds: bounds)

        var milestones: [Milestone] = []
        var milestonePositions: [String: TOMLPosition] = [:]
        for (milestoneTable, milestonePosition) in reader.tables(.milestone) {
            guard let milestone = readMilestone(
                milestoneTable, position: milestonePosition, owner: reader.nameSource, leadTimes: leadTimes, zone: daemon.zone,
                wording: cache.wording, log: log)
            else { continue }
            let idPosition = milestoneTable.valuePosition("id") ?? milestonePosition
            if let first = milestonePositions[milestone.id] {
                log.error("milestone id `\(milestone.id)` is used twice in \(reader.name) (first at \(first.line):\(first.column))", at: idPosition)
                continue
            }
            milestonePositions[milestone.id] = idPosition
            milestones.append(milestone)
        }

        let resolution = readResolution(reader, status: status, zone: daemon.zone, wording: cache.wording)
        let snooze = readSnooze(reader, key: .snoozeUntil, zone: daemon.zone, wording: cache.wording) ?? statement.snooze
        let supersedes = readSupersedes(reader)

        guard log.diagnostics.count == errorsBefore, let id else { return nil }
        return Commitment(
            id: id.value, title: title ?? id.value, parties: parties, status: status, quote: quote,
            deadline: deadline, deadlineLabel: deadline.map { cache.label(of: $0.binding) },
            leadTimes: leadTimes, overdueEvery: overdueEvery, reviewEvery: reviewEvery,
            milestones: milestones.sorted { $0.at < $1.at }, position: position, resolution: resolution, snooze: snooze,
            supersedes: supersedes)
    }

    static let boundKinds = BoundKind.allCases

    /// Every bound key present, resolved to the instant it passes.
    static func readBounds(
        _ reader: TableReader<CommitmentKey>, zone: Zone, statement: Statement, cache: LoadCache
    ) -> [Bound] {
        var bounds: [Bound] = []
        for kind in boundKinds {
            guard let (value, valuePosition) = reader.valueAndPosition(CommitmentKey(kind)) else { continue }
            if kind == .within {
                guard case .string(let text) = value else {
                    reader.log.error("`within` must be a string such as \"12 months\", not \(value.kindDescription)", at: valuePosition)
                    continue
                }
                switch SpanSyntax.parseWords(text) {
                case .success(let span):
                    guard let issued = statement.issued else {
                        reader.log.error("`within` counts from the statement's issue date, but [statement] has no `issued`; add e.g. `issued = 2024-09-27`", at: valuePosition)
                        continue
                    }
                    let lastDay = issued.adding(months: span.months).adding(days: span.days)
                    bounds.append(Bound(
                        kind: .within, instant: zone.startOfDay(lastDay.adding(days: 1)),
                        explanation: cache.within(text, issued: issued), written: text, lastDay: lastDay, label: text))
                case .failure(let error):
                    reader.log.error("`within` \(quoted(text)) \(error.reason)", at: valuePosition)
                }
                continue
            }
            let cacheKey = LoadCache.BoundKey(kind: kind, value: value)
            // A bound seen before is reused; a commitment with one bound (the usual case) even
            // shares the array: one allocation per distinct deadline, not per commitment.
            if let cacheKey, let known = cache.bounds[cacheKey] {
                if bounds.isEmpty { bounds = known } else { bounds.append(known[0]) }
                continue
            }
            switch DateSyntax.parse(value) {
            case .success(let spec):
                let instant = kind == .before ? spec.start(in: zone) : spec.end(in: zone)
                let lastDay = spec.isDateOnly ? zone.civil(at: instant.adding(seconds: -1)).date : nil
                let explanation = cache.explanation(kind, spec.text)
                let bound = Bound(
                    kind: kind, instant: instant, explanation: explanation, written: spec.text, lastDay: lastDay,
                    label: cache.label(of: spec, kind: kind, instant: instant))
                bounds.append(bound)
                if let cacheKey { cache.bounds[cacheKey] = bounds.count == 1 ? bounds : [bound] }
            case .failure(let error):
                reader.log.error("`\(kind.key)` \(error.reason)", at: valuePosition)
            }
        }
        return bounds
    }

    static func readMilestone(
        _ table: TOMLTable, position: TOMLPosition, owner: TableName, leadTimes: [WrittenSpan], zone: Zone,
        wording: Wording, log: DiagnosticLog
    ) -> Milestone? {
        let reader = TableReader<MilestoneKey>(table: table, name: .milestone(owner: owner), log: log)
        reader.rejectUnknownKeys()
        let errorsBefore = log.diagnostics.count
        let id = reader.required(reader.string(.id), .id, example: "\"first-phase\"")
        if let (text, position) = id { checkIdentifier(text, what: "milestone id", at: position, log: log) }
        let title = reader.string(.title)?.value
        let ownLeadTimes = readLeadTimes(reader, key: .leadTimes)
        var at: (instant: Instant, lastDay: CivilDate?, label: String)?
        if let entry = reader.required(reader.entry(.at), .at, example: "2025-03-31") {
            switch DateSyntax.parse(entry.value) {
            case .success(let spec):
                at = endAndLabel(of: spec, zone: zone, wording: wording)
            case .failure(let error):
                log.error("`at` \(error.reason)", at: entry.valuePosition)
            }
        }
        guard log.diagnostics.count == errorsBefore, let id, let at else { return nil }
        return Milestone(
            id: id.value, title: title, at: at.instant, label: at.label, lastDay: at.lastDay, leadTimes: ownLeadTimes ?? leadTimes)
    }

}

/// Strings that many commitments of one config share (deadlines on the same day, at the same
/// hour), made once per load and then shared: faster than formatting them again, and one copy
/// in memory instead of one per commitment.
final class LoadCache {
    let zone: Zone
    /// How the config's dates are shown (the statement's language over the daemon's).
    let wording: Wording
    private var exactLabels: [Int64: String] = [:]
    private var explanations: [BoundKind: [String: String]] = [:]

    /// A bound written as a date, resolved: it depends only on the kind, the value and the zone.
    struct BoundKey: Hashable {
        /// The value as the config wrote it.
        enum Written: Hashable {
            case offsetDateTime(TOMLOffsetDateTime)
            case localDateTime(TOMLLocalDateTime)
            case localDate(TOMLLocalDate)
            case year(Int64)
            case text(String)
        }

        let kind: BoundKind
        let written: Written

        init?(kind: BoundKind, value: TOMLValue) {
            self.kind = kind
            switch value {
            case .offsetDateTime(let moment): written = .offsetDateTime(moment)
            case .localDateTime(let local): written = .localDateTime(local)
            case .localDate(let date): written = .localDate(date)
            case .integer(let year): written = .year(year)
            case .string(let text): written = .text(text)
            default: return nil
            }
        }
    }
    /// Each holds one bound.
    var bounds: [BoundKey: [Bound]] = [:]

    private var leadTimeLists: Set<[WrittenSpan]> = []
    /// Each list of lead times read so far, by its words as written.
    private var leadTimesByWords: [[String]: [WrittenSpan]] = [:]
    private var recentLeadTimes = RecentLists<[WrittenSpan]>()
    private var partyLists: Set<[String]> = []
    private var recentParties = RecentLists<[String]>()

    init(zone: Zone, wording: Wording) {
        self.zone = zone
        self.wording = wording
    }

    /// The list equal to `leadTimes` seen first (the `[daemon]` one, or a commitment's).
    func intern(_ leadTimes: [WrittenSpan]) -> [WrittenSpan] {
        leadTimeLists.insert(leadTimes).memberAfterInsert
    }

    /// A commitment's `lead_times` (nil when it has none, or wrong ones, reported). Lists written
    /// the same way share one array (most configs repeat a few lists, as they do parties), and
    /// a list written again is looked up by its words rather than read again.
    func leadTimes(_ reader: TableReader<CommitmentKey>) -> [WrittenSpan]? {
        guard let (value, _) = reader.valueAndPosition(.leadTimes) else { return nil }
        if let known = recentLeadTimes.find(value) { return known }
        guard let words = reader.stringValues(.leadTimes) else { return nil }
        if let known = leadTimesByWords[words] {
            recentLeadTimes.remember(words, known)
            return known
        }
        guard let leadTimes = ConfigLoader.readLeadTimes(reader, key: .leadTimes).map(intern) else { return nil }
        leadTimesByWords[words] = leadTimes
        recentLeadTimes.remember(words, leadTimes)
        return leadTimes
    }

    /// A commitment's `parties` (empty when it has none, or wrong ones, reported). Lists equal
    /// to one seen before share its array: its names too are then kept once.
    func parties(_ reader: TableReader<CommitmentKey>) -> [String] {
        guard let (value, _) = reader.valueAndPosition(.parties) else { return [] }
        if let known = recentParties.find(value) { return known }
        guard let parties = reader.stringValues(.parties) else { return [] }
        let shared = partyLists.insert(parties).memberAfterInsert
        recentParties.remember(shared, shared)
        return shared
    }

    /// How a deadline reads in messages: its last day, or its exact local time, in the calendar
    /// the wording shows.
    func label(of bound: Bound) -> String {
        if let lastDay = bound.lastDay { return wording.show(lastDay) }
        if let known = exactLabels[bound.instant.seconds] { return known }
        let text = wording.showExact(bound.instant, in: zone)
        exactLabels[bound.instant.seconds] = text
        return text
    }

    /// How a bound's date reads in messages. On the Gregorian calendar, a Gregorian date as
    /// written ("2025-09": the statement's own precision) and a Hijri one as the Gregorian day
    /// it stands for, with the Hijri as written after it ("2026-03-19 (1447-09 AH)"); on the
    /// others, that day as `Wording.show` gives it. The day is the last one the bound allows,
    /// or for `before` the first one it excludes (the day its text names).
    func label(of spec: DateSpec, kind: BoundKind, instant: Instant) -> String {
        if wording.calendar == .gregorian, !spec.isHijri { return spec.text }
        guard spec.isDateOnly else { return wording.showExact(instant, in: zone) }
        let day = zone.civil(at: kind == .before ? instant : instant.adding(seconds: -1)).date
        return wording.calendar == .gregorian ? "\(wording.show(day)) (\(spec.text))" : wording.show(day)
    }

    /// "within 12 months of 2024-09-27" (the issue date is the same for the whole config).
    func within(_ text: String, issued: CivilDate) -> String {
        if let known = explanations[.within]?[text] { return known }
        let explanation = BoundKind.withinExplanation(text, of: issued.description)
        explanations[.within, default: [:]][text] = explanation
        return explanation
    }

    /// "deadline 2031-01-08T12:00:00Z": the phrase of `kind` and the date as written.
    func explanation(_ kind: BoundKind, _ text: String) -> String {
        if let known = explanations[kind]?[text] { return known }
        let explanation = "\(kind.phrase) \(text)"
        explanations[kind, default: [:]][text] = explanation
        return explanation
    }
}

/// The last few lists of strings looked up, with what each stands for, found by comparing
/// the array as parsed: a large config repeats a few lists (lead times, parties) thousands of
/// times, and comparing a few short strings spares collecting them into a new array and
/// hashing it. The oldest entry makes way for a new one.
struct RecentLists<Value> {
    private var entries: [(words: [String], value: Value)] = []
    private var oldest = 0
    private static var capacity: Int { 8 }

    /// What `value` stands for, when it is an array of exactly the strings of an entry.
    func find(_ value: TOMLValue) -> Value? {
        guard case .array(let elements) = value else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            candidates: for entry in entries where entry.words.count == elements.count {
                for (element, word) in zip(elements, entry.words) {
                    // Lengths first: most lists that differ differ in a name's length, which is
                    // stored, while comparing unequal strings is a call into the library.
                    guard case .string(let text) = element, text.utf8.count == word.utf8.count, text == word else { continue candidates }
                }
                return entry.value
            }
            return nil
        }
    }

    mutating func remember(_ words: [String], _ value: Value) {
        if entries.count < Self.capacity {
            entries.append((words, value))
        } else {
            entries[oldest] = (words, value)
            oldest = (oldest + 1) % Self.capacity
        }
    }
}
