import TOML

extension ConfigLoader {
    static func readCommitment(
        _ table: TOMLTable, position: TOMLPosition, daemon: DaemonSettings, statement: Statement, log: DiagnosticLog
    ) -> Commitment? {
        let idText = table["id"].flatMap { value -> String? in
            if case .string(let text) = value { return text } else { return nil }
        }
        let name = idText.map { "commitment `\(shortened($0))`" } ?? "[[commitment]]"
        let reader = TableReader(table: table, name: name, log: log)
        reader.rejectUnknownKeys(allowed: commitmentKeys)
        let errorsBefore = log.diagnostics.count

        let id = reader.required(reader.string("id"), "id", example: "\"iraq-mission-end\"")
        if let (text, position) = id { checkIdentifier(text, what: "commitment id", at: position, log: log) }
        let title = reader.string("title")?.value
        let parties = reader.strings("parties")?.map(\.value) ?? []
        let quote = reader.string("quote")?.value

        var status = CommitmentStatus.open
        if let (text, position) = reader.string("status") {
            if let found = CommitmentStatus(rawValue: text) {
                status = found
            } else {
                let names = CommitmentStatus.allCases.map(\.rawValue)
                let hint = Suggestion.hint(for: text, among: names)
                log.error("`status` must be one of \(names.joined(separator: ", ")), not \(quoted(text))\(hint)", at: position)
            }
        }

        let leadTimes = readLeadTimes(reader, key: "lead_times") ?? daemon.leadTimes
        let overdueEvery = reader.entry("overdue_every") == nil
            ? daemon.overdueEvery : readRepeat(reader, key: "overdue_every", default: nil)
        let reviewEvery = reader.entry("review_every") == nil
            ? daemon.reviewEvery : readRepeat(reader, key: "review_every", default: nil)

        let bounds = readBounds(reader, zone: daemon.zone, statement: statement)
        let deadline = Deadline(bounds: bounds)

        var milestones: [Milestone] = []
        var milestonePositions: [String: TOMLPosition] = [:]
        for (milestoneTable, milestonePosition) in reader.tables("milestone") {
            guard let milestone = readMilestone(
                milestoneTable, position: milestonePosition, owner: name, leadTimes: leadTimes, zone: daemon.zone, log: log)
            else { continue }
            let idPosition = milestoneTable.entry("id")?.valuePosition ?? milestonePosition
            if let first = milestonePositions[milestone.id] {
                log.error("milestone id `\(milestone.id)` is used twice in \(name) (first at \(first.line):\(first.column))", at: idPosition)
                continue
            }
            milestonePositions[milestone.id] = idPosition
            milestones.append(milestone)
        }

        guard log.diagnostics.count == errorsBefore, let id else { return nil }
        return Commitment(
            id: id.value, title: title ?? id.value, parties: parties, status: status, quote: quote,
            deadline: deadline, deadlineLabel: deadline.map { label(of: $0.binding, zone: daemon.zone) },
            leadTimes: leadTimes, overdueEvery: overdueEvery, reviewEvery: reviewEvery,
            milestones: milestones.sorted { $0.at < $1.at }, position: position)
    }

    /// Every bound key present, resolved to the instant it passes.
    static func readBounds(_ reader: TableReader, zone: Zone, statement: Statement) -> [Bound] {
        var bounds: [Bound] = []
        for kind in BoundKind.allCases {
            guard let entry = reader.entry(kind.key) else { continue }
            if kind == .within {
                guard case .string(let text) = entry.value else {
                    reader.log.error("`within` must be a string such as \"12 months\", not \(entry.value.kindDescription)", at: entry.valuePosition)
                    continue
                }
                switch SpanSyntax.parseWords(text) {
                case .success(let span):
                    guard let issued = statement.issued else {
                        reader.log.error("`within` counts from the statement's issue date, but [statement] has no `issued`; add e.g. `issued = 2024-09-27`", at: entry.valuePosition)
                        continue
                    }
                    let lastDay = issued.adding(months: span.months).adding(days: span.days)
                    bounds.append(Bound(
                        kind: .within, instant: zone.startOfDay(lastDay.adding(days: 1)),
                        explanation: "within \(text) of \(issued)", lastDay: lastDay))
                case .failure(let error):
                    reader.log.error("`within` \(quoted(text)) \(error.reason)", at: entry.valuePosition)
                }
                continue
            }
            switch DateSyntax.parse(entry.value) {
            case .success(let spec):
                let instant = kind == .before ? spec.start(in: zone) : spec.end(in: zone)
                let lastDay = spec.isDateOnly ? zone.civil(at: instant.adding(seconds: -1)).date : nil
                bounds.append(Bound(kind: kind, instant: instant, explanation: "\(kind.phrase) \(spec.text)", lastDay: lastDay))
            case .failure(let error):
                reader.log.error("`\(kind.key)` \(error.reason)", at: entry.valuePosition)
            }
        }
        return bounds
    }

    static func readMilestone(
        _ table: TOMLTable, position: TOMLPosition, owner: String, leadTimes: [WrittenSpan], zone: Zone, log: DiagnosticLog
    ) -> Milestone? {
        let reader = TableReader(table: table, name: "a milestone of \(owner)", log: log)
        reader.rejectUnknownKeys(allowed: milestoneKeys)
        let errorsBefore = log.diagnostics.count
        let id = reader.required(reader.string("id"), "id", example: "\"first-phase\"")
        if let (text, position) = id { checkIdentifier(text, what: "milestone id", at: position, log: log) }
        let title = reader.string("title")?.value
        let ownLeadTimes = readLeadTimes(reader, key: "lead_times")
        var at: (Instant, String)?
        if let entry = reader.required(reader.entry("at"), "at", example: "2025-03-31") {
            switch DateSyntax.parse(entry.value) {
            case .success(let spec):
                let instant = spec.end(in: zone)
                let label = spec.isDateOnly ? zone.civil(at: instant.adding(seconds: -1)).date.description : zone.isoString(instant)
                at = (instant, label)
            case .failure(let error):
                log.error("`at` \(error.reason)", at: entry.valuePosition)
            }
        }
        guard log.diagnostics.count == errorsBefore, let id, let at else { return nil }
        return Milestone(id: id.value, title: title, at: at.0, label: at.1, leadTimes: ownLeadTimes ?? leadTimes)
    }

    /// How a deadline reads in messages: its last day, or its exact local time.
    static func label(of bound: Bound, zone: Zone) -> String {
        bound.lastDay?.description ?? zone.isoString(bound.instant)
    }
}
